package vn.tochuc.portal.about.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.about.AboutPage;
import vn.tochuc.portal.about.AboutText;

/** A text page of "Giới thiệu" in both languages. */
public class PageForm {

	@NotBlank(message = "{about.page.title.required}")
	@Size(max = 200, message = "{about.field.tooLong}")
	private String titleVi;

	@Size(max = 200, message = "{about.field.tooLong}")
	private String titleEn;

	@NotBlank(message = "{about.page.body.required}")
	@Size(max = 200_000, message = "{about.field.tooLong}")
	private String bodyVi;

	@Size(max = 200_000, message = "{about.field.tooLong}")
	private String bodyEn;

	@Min(value = 0, message = "{link.position.invalid}")
	@Max(value = 9999, message = "{link.position.invalid}")
	private int position;

	private long version;

	static PageForm of(AboutPage page) {
		PageForm form = new PageForm();
		form.titleVi = page.getTitleVi();
		form.titleEn = page.getTitleEn();
		form.bodyVi = page.getBodyVi();
		form.bodyEn = page.getBodyEn();
		form.position = page.getPosition();
		form.version = page.getVersion();
		return form;
	}

	AboutText toText() {
		return new AboutText(titleVi, titleEn, bodyVi, bodyEn, position);
	}

	public String getTitleVi() {
		return titleVi;
	}

	public void setTitleVi(String titleVi) {
		this.titleVi = titleVi;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getBodyVi() {
		return bodyVi;
	}

	public void setBodyVi(String bodyVi) {
		this.bodyVi = bodyVi;
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
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
