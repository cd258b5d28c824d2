package vn.tochuc.portal.staffing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One changed value of a unit or a figure: who, when, from what to what. Never updated. */
@Entity
@Table(name = "staffing_change")
public class StaffingChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "period_id")
	private Long periodId;

	@Column(nullable = false, length = 40)
	private String field;

	@Column(name = "old_value", length = 300)
	private String oldValue;

	@Column(name = "new_value", length = 300)
	private String newValue;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ChangeSource source;

	@Column(name = "changed_by", nullable = false, length = 60)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected StaffingChange() {
	}

	StaffingChange(Long unitId, Long periodId, String field, String oldValue, String newValue, ChangeSource source,
			String changedBy, Instant changedAt) {
		this.unitId = unitId;
		this.periodId = periodId;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.source = source;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
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

	public String getField() {
		return field;
	}

	public String getOldValue() {
		return oldValue;
	}

	public String getNewValue() {
		return newValue;
	}

	public ChangeSource getSource() {
		return source;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
