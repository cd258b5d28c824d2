package vn.tochuc.portal.staffing.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import vn.tochuc.portal.staffing.StaffingUnit;
import vn.tochuc.portal.staffing.UnitDraft;
import vn.tochuc.portal.staffing.UnitKind;
import vn.tochuc.portal.staffing.UnitStatus;

public class UnitForm {

	@NotBlank(message = "{staffing.unit.name.required}")
	@Size(max = 200, message = "{staffing.unit.name.tooLong}")
	private String name;

	@NotNull(message = "{staffing.unit.kind.required}")
	private UnitKind kind;

	private Long parentId;

	@Min(value = 0, message = "{category.position.range}")
	@Max(value = 999, message = "{category.position.range}")
	private int position;

	private boolean inPlan;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reorganisedOn;

	private UnitStatus status = UnitStatus.ACTIVE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	private Long mergedIntoId;

	private long version;

	static UnitForm of(StaffingUnit unit) {
		UnitForm form = new UnitForm();
		form.name = unit.getName();
		form.kind = unit.getKind();
		form.parentId = unit.getParentId();
		form.position = unit.getPosition();
		form.inPlan = unit.isInPlan();
		form.reorganisedOn = unit.getReorganisedOn();
		form.status = unit.getStatus();
		form.endedOn = unit.getEndedOn();
		form.mergedIntoId = unit.getMergedIntoId();
		form.version = unit.getVersion();
		return form;
	}

	UnitDraft toDraft() {
		return new UnitDraft(name, kind, parentId, position, inPlan, reorganisedOn,
				status == null ? UnitStatus.ACTIVE : status, endedOn, mergedIntoId);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UnitKind getKind() {
		return kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public int getPosition() {
		return position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public boolean isInPlan() {
		return inPlan;
	}

	public void setInPlan(boolean inPlan) {
		this.inPlan = inPlan;
	}

	public LocalDate getReorganisedOn() {
		return reorganisedOn;
	}

	public void setReorganisedOn(LocalDate reorganisedOn) {
		this.reorganisedOn = reorganisedOn;
	}

	public UnitStatus getStatus() {
		return status;
	}

	public void setStatus(UnitStatus status) {
		this.status = status;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public Long getMergedIntoId() {
		return mergedIntoId;
	}

	public void setMergedIntoId(Long mergedIntoId) {
		this.mergedIntoId = mergedIntoId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
