package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a held congress reports, with the people it elected; versioned on its own. */
@Entity
@Table(name = "congress_result")
public class CongressResult {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "congress_id", nullable = false, unique = true)
	private Long congressId;

	@Column(name = "delegates_summoned")
	private int delegatesSummoned;

	@Column(name = "delegates_attending")
	private int delegatesAttending;

	@Column(name = "executive_planned")
	private int executivePlanned;

	@Column(name = "executive_elected")
	private int executiveElected;

	@Column(name = "elected_in_one_round")
	private boolean electedInOneRound;

	@Column(name = "standing_size")
	private Integer standingSize;

	@Column(name = "inspection_size")
	private Integer inspectionSize;

	@Column(name = "upper_delegates")
	private Integer upperDelegates;

	@Column(name = "women_percent", precision = 4, scale = 1)
	private BigDecimal womenPercent;

	@Column(name = "young_percent", precision = 4, scale = 1)
	private BigDecimal youngPercent;

	@Column(name = "first_time_percent", precision = 4, scale = 1)
	private BigDecimal firstTimePercent;

	@ElementCollection
	@CollectionTable(name = "congress_person", joinColumns = @JoinColumn(name = "result_id"))
	@OrderColumn(name = "position")
	private List<ElectedPerson> people = new ArrayList<>();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Column(name = "updated_by", length = 60)
	private String updatedBy;

	@Version
	private long version;

	protected CongressResult() {
	}

	CongressResult(Long congressId) {
		this.congressId = congressId;
	}

	void apply(ResultValues values, String who, Instant when) {
		this.delegatesSummoned = values.delegatesSummoned();
		this.delegatesAttending = values.delegatesAttending();
		this.executivePlanned = values.executivePlanned();
		this.executiveElected = values.executiveElected();
		this.electedInOneRound = values.electedInOneRound();
		this.standingSize = values.standingSize();
		this.inspectionSize = values.inspectionSize();
		this.upperDelegates = values.upperDelegates();
		this.womenPercent = values.womenPercent();
		this.youngPercent = values.youngPercent();
		this.firstTimePercent = values.firstTimePercent();
		this.people.clear();
		this.people.addAll(values.people());
		this.updatedBy = who;
		this.updatedAt = when;
	}

	public ResultValues values() {
		return new ResultValues(delegatesSummoned, delegatesAttending, executivePlanned, executiveElected,
				electedInOneRound, standingSize, inspectionSize, upperDelegates, womenPercent, youngPercent,
				firstTimePercent, new ArrayList<>(people));
	}

	public ResultFigures figures() {
		return values().figures();
	}

	public Long getId() {
		return id;
	}

	public Long getCongressId() {
		return congressId;
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
