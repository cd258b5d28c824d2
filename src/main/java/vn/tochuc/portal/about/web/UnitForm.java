package vn.tochuc.portal.about.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.about.AboutUnit;

/** A unit of the organisation chart. */
public class UnitForm {

	private Long parentId;

	@NotBlank(message = "{about.unit.name.required}")
	@Size(max = 200, message = "{about.field.tooLong}")
	private String nameVi;

	@Size(max = 200, message = "{about.field.tooLong}")
	private String nameEn;

	@Min(value = 0, message = "{link.position.invalid}")
	@Max(value = 9999, message = "{link.position.invalid}")
	private int position;

	private long version;

	static UnitForm of(AboutUnit unit) {
		UnitForm form = new UnitForm();
		form.parentId = unit.getParentId();
		form.nameVi = unit.getNameVi();
		form.nameEn = unit.getNameEn();
		form.position = unit.getPosition();
		form.version = unit.getVersion();
		return form;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getNameVi() {
		return nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
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
