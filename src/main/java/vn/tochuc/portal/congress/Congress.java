package vn.tochuc.portal.congress;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One committee's congress for one term: "Đại hội đại biểu Đảng bộ huyện Kỳ Sơn lần thứ XXIII,
 * nhiệm kỳ 2020 – 2025". The ordinal is stored as a number and shown in Roman numerals. Its
 * committee and term are always read with it (the repository fetches them in the same statement).
 */
@Entity
@Table(name = "congress")
public class Congress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 200)
	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "committee_id")
	private PartyCommittee committee;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "term_id")
	private CongressTerm term;

	private Integer ordinal;

	private boolean pilot;

	@Column(name = "planned_on")
	private LocalDate plannedOn;

	@Column(name = "started_on")
	private LocalDate startedOn;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(length = 300)
	private String place;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CongressStatus status = CongressStatus.PLANNED;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Column(name = "updated_by", length = 60)
	private String updatedBy;

	@Version
	private long version;

	protected Congress() {
	}

	Congress(String slug) {
		this.slug = slug;
	}

	void apply(CongressDetails details, PartyCommittee committee, CongressTerm term, String who, Instant now) {
		this.committee = committee;
		this.term = term;
		this.ordinal = details.ordinal();
		this.pilot = details.pilot();
		this.plannedOn = details.plannedOn();
		this.startedOn = details.startedOn();
		this.endedOn = details.endedOn();
		this.place = details.place();
		this.status = details.status();
		touch(who, now);
	}

	void touch(String who, Instant now) {
		this.updatedBy = who;
		this.updatedAt = now;
	}

	/** The details as the form and the rules see them. */
	public CongressDetails details() {
		return new CongressDetails(committee.getId(), term.getId(), ordinal, pilot, plannedOn, startedOn, endedOn, place,
				status);
	}

	/** "Đại hội đại biểu Đảng bộ huyện Kỳ Sơn lần thứ XXIII, nhiệm kỳ 2020 – 2025" (grassroots: "Đại hội …"). */
	public String getTitle() {
		return title(committee, term, ordinal);
	}

	static String title(PartyCommittee committee, CongressTerm term, Integer ordinal) {
		StringBuilder title = new StringBuilder(committee.getLevel() == CommitteeLevel.GRASSROOTS ? "Đại hội "
				: "Đại hội đại biểu ");
		title.append(committee.getName());
		if (ordinal != null) {
			title.append(" lần thứ ").append(RomanNumerals.of(ordinal));
		}
		return title.append(", nhiệm kỳ ").append(term.getYears()).toString();
	}

	/** "XXIII", or null when the ordinal is not known. */
	public String getOrdinalRoman() {
		return ordinal == null ? null : RomanNumerals.of(ordinal);
	}

	/** The day readers know it by: when it opened, else when it is planned. */
	public LocalDate getDate() {
		return startedOn != null ? startedOn : plannedOn;
	}

	/** Still marked planned although its (last or planned) day is over: the result is not recorded yet. */
	public boolean isAwaitingResult(LocalDate today) {
		LocalDate last = endedOn != null ? endedOn : getDate();
		return status == CongressStatus.PLANNED && last != null && last.isBefore(today);
	}

	public boolean isHeld() {
		return status == CongressStatus.HELD;
	}

	public String getPath() {
		return "/dai-hoi/" + slug;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public PartyCommittee getCommittee() {
		return committee;
	}

	public CongressTerm getTerm() {
		return term;
	}

	public Integer getOrdinal() {
		return ordinal;
	}

	public boolean isPilot() {
		return pilot;
	}

	public LocalDate getPlannedOn() {
		return plannedOn;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public String getPlace() {
		return place;
	}

	public CongressStatus getStatus() {
		return status;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public long getVersion() {
		return version;
	}

}
