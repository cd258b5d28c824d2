package vn.tochuc.portal.about.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.about.AboutLeader;

/** A member of the leadership. */
public class LeaderForm {

	@NotBlank(message = "{about.leader.name.required}")
	@Size(max = 120, message = "{about.field.tooLong}")
	private String name;

	@NotBlank(message = "{about.leader.title.required}")
	@Size(max = 200, message = "{about.field.tooLong}")
	private String titleVi;

	@Size(max = 200, message = "{about.field.tooLong}")
	private String titleEn;

	private Long photoId;

	@Min(value = 0, message = "{link.position.invalid}")
	@Max(value = 9999, message = "{link.position.invalid}")
	private int position;

	private long version;

	static LeaderForm of(AboutLeader leader) {
		LeaderForm form = new LeaderForm();
		form.name = leader.getName();
		form.titleVi = leader.getTitleVi();
		form.titleEn = leader.getTitleEn();
		form.photoId = leader.getPhotoMediaId();
		form.position = leader.getPosition();
		form.version = leader.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
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

	public Long getPhotoId() {
		return photoId;
	}

	public void setPhotoId(Long photoId) {
		this.photoId = photoId;
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
