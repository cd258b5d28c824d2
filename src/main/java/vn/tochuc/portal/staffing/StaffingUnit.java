package vn.tochuc.portal.staffing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An đơn vị in the province's tree. Parents are kept as ids: the whole tree (a few hundred rows
 * at most) is read in one query and assembled in memory.
 */
@Entity
@Table(name = "staffing_unit")
public class StaffingUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 160)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private UnitKind kind;

	@Column(name = "parent_id")
	private Long parentId;

	private int position;

	@Column(name = "in_plan")
	private boolean inPlan;

	@Column(name = "reorganised_on")
	private LocalDate reorganisedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private UnitStatus status = UnitStatus.ACTIVE;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(name = "merged_into_id")
	private Long mergedIntoId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected StaffingUnit() {
	}

	StaffingUnit(String slug, String name, UnitKind kind, Long parentId, int position) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		this.position = position;
	}

	void describe(String name, UnitKind kind, Long parentId, int position, boolean inPlan, LocalDate reorganisedOn) {
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		this.position = position;
		this.inPlan = inPlan;
		this.reorganisedOn = reorganisedOn;
	}

	void end(UnitStatus status, LocalDate endedOn, Long mergedIntoId) {
		this.status = status;
		this.endedOn = status == UnitStatus.ACTIVE ? null : endedOn;
		this.mergedIntoId = status == UnitStatus.MERGED ? mergedIntoId : null;
	}

	/** Reorganised: its apparatus was rearranged, or it was merged or dissolved. */
	public boolean isReorganised() {
		return reorganisedOn != null || status != UnitStatus.ACTIVE;
	}

	public String getPath() {
		return "/tinh-gian-bien-che/" + slug;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public UnitKind getKind() {
		return kind;
	}

	public Long getParentId() {
		return parentId;
	}

	public int getPosition() {
		return position;
	}

	public boolean isInPlan() {
		return inPlan;
	}

	public LocalDate getReorganisedOn() {
		return reorganisedOn;
	}

	public UnitStatus getStatus() {
		return status;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public Long getMergedIntoId() {
		return mergedIntoId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

}
