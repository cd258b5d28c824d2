package vn.tochuc.portal.congress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One changed value of a congress or its results: who, when, from what to what. Never updated. */
@Entity
@Table(name = "congress_change")
public class CongressChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "congress_id", nullable = false)
	private Long congressId;

	@Column(nullable = false, length = 40)
	private String field;

	@Column(name = "old_value", length = 500)
	private String oldValue;

	@Column(name = "new_value", length = 500)
	private String newValue;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ChangeSource source;

	@Column(name = "changed_by", nullable = false, length = 60)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected CongressChange() {
	}

	CongressChange(Long congressId, String field, String oldValue, String newValue, ChangeSource source,
			String changedBy, Instant changedAt) {
		this.congressId = congressId;
		this.field = field;
		this.oldValue = cut(oldValue);
		this.newValue = cut(newValue);
		this.source = source;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	private static String cut(String value) {
		return value == null || value.length() <= 500 ? value : value.substring(0, 499) + "…";
	}

	public Long getId() {
		return id;
	}

	public Long getCongressId() {
		return congressId;
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
