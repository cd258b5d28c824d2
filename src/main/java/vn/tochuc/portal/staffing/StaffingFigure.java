package vn.tochuc.portal.staffing;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a leaf unit reports for a period: posts assigned at the start by category, posts cut per
 * year (only years with a cut are stored) and people actually employed. Nothing derived is kept.
 */
@Entity
@Table(name = "staffing_figure")
public class StaffingFigure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "period_id", nullable = false)
	private Long periodId;

	private int officials;

	@Column(name = "public_employees")
	private int publicEmployees;

	@Column(name = "other_posts")
	private int otherPosts;

	private int employed;

	@ElementCollection
	@CollectionTable(name = "staffing_cut", joinColumns = @JoinColumn(name = "figure_id"))
	@MapKeyColumn(name = "cut_year")
	@Column(name = "posts")
	private Map<Integer, Integer> cuts = new TreeMap<>();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Column(name = "updated_by", length = 60)
	private String updatedBy;

	@Version
	private long version;

	protected StaffingFigure() {
	}

	StaffingFigure(Long unitId, Long periodId) {
		this.unitId = unitId;
		this.periodId = periodId;
	}

	void apply(FigureValues values, String who, Instant when) {
		this.officials = values.officials();
		this.publicEmployees = values.publicEmployees();
		this.otherPosts = values.otherPosts();
		this.employed = values.employed();
		this.cuts.clear();
		this.cuts.putAll(values.cuts());
		this.updatedBy = who;
		this.updatedAt = when;
	}

	public FigureValues values() {
		return new FigureValues(officials, publicEmployees, otherPosts, employed, new TreeMap<>(cuts));
	}

	public Long getId() {
		return id;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getPeriodId() {
		return periodId;
	}

	public int getOfficials() {
		return officials;
	}

	public int getPublicEmployees() {
		return publicEmployees;
	}

	public int getOtherPosts() {
		return otherPosts;
	}

	public int getEmployed() {
		return employed;
	}

	public SortedMap<Integer, Integer> getCuts() {
		return new TreeMap<>(cuts);
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
