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
import jakarta.persistence.Version;

/**
 * A đảng bộ in the province's tree (the province, its districts and directly affiliated
 * committees, their grassroots organisations). Parents are kept as ids and the tree is built in
 * memory. Where the committee is the same body as a staffing unit, that unit's id is kept too.
 */
@Entity
@Table(name = "party_committee")
public class PartyCommittee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 160)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CommitteeLevel level;

	@Column(name = "parent_id")
	private Long parentId;

	/** A unit of the staffing records (same body), by id only. */
	@Column(name = "staffing_unit_id")
	private Long staffingUnitId;

	private int position;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected PartyCommittee() {
	}

	PartyCommittee(String slug) {
		this.slug = slug;
	}

	void describe(String name, CommitteeLevel level, Long parentId, Long staffingUnitId, int position) {
		this.name = name;
		this.level = level;
		this.parentId = parentId;
		this.staffingUnitId = staffingUnitId;
		this.position = position;
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

	public CommitteeLevel getLevel() {
		return level;
	}

	public Long getParentId() {
		return parentId;
	}

	public Long getStaffingUnitId() {
		return staffingUnitId;
	}

	public int getPosition() {
		return position;
	}

	public long getVersion() {
		return version;
	}

}
