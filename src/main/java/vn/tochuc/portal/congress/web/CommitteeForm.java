package vn.tochuc.portal.congress.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.congress.CommitteeDraft;
import vn.tochuc.portal.congress.CommitteeLevel;
import vn.tochuc.portal.congress.PartyCommittee;

/** The Party committee form as posted; never bound to the entity. */
public class CommitteeForm {

	@NotBlank(message = "{congress.committee.name.required}")
	@Size(max = 200, message = "{congress.committee.name.tooLong}")
	private String name;

	@NotNull(message = "{congress.committee.level.required}")
	private CommitteeLevel level;

	private Long parentId;

	private Long staffingUnitId;

	@Min(value = 0, message = "{category.position.range}")
	@Max(value = 999, message = "{category.position.range}")
	private int position;

	private long version;

	static CommitteeForm of(PartyCommittee committee) {
		CommitteeForm form = new CommitteeForm();
		form.name = committee.getName();
		form.level = committee.getLevel();
		form.parentId = committee.getParentId();
		form.staffingUnitId = committee.getStaffingUnitId();
		form.position = committee.getPosition();
		form.version = committee.getVersion();
		return form;
	}

	CommitteeDraft toDraft() {
		return new CommitteeDraft(name, level, parentId, staffingUnitId, position);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public CommitteeLevel getLevel() {
		return level;
	}

	public void setLevel(CommitteeLevel level) {
		this.level = level;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public Long getStaffingUnitId() {
		return staffingUnitId;
	}

	public void setStaffingUnitId(Long staffingUnitId) {
		this.staffingUnitId = staffingUnitId;
	}

	public int getPosition() {
		return position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
