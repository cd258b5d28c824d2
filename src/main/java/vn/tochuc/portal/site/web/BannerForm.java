package vn.tochuc.portal.site.web;

import jakarta.validation.constraints.Size;

import vn.tochuc.portal.site.SiteBanner;

/** The banner's settings; empty lines fall back to the configured names, no picture to the emblem. */
public class BannerForm {

	@Size(max = 200, message = "{banner.line.tooLong}")
	private String ownerLine;

	@Size(max = 200, message = "{banner.line.tooLong}")
	private String nameLine;

	@Size(max = 200, message = "{banner.line.tooLong}")
	private String tagline;

	private Long imageId;

	private long version;

	static BannerForm of(SiteBanner banner) {
		BannerForm form = new BannerForm();
		form.ownerLine = banner.getOwnerLine();
		form.nameLine = banner.getNameLine();
		form.tagline = banner.getTagline();
		form.imageId = banner.getImageId();
		form.version = banner.getVersion();
		return form;
	}

	public String getOwnerLine() {
		return ownerLine;
	}

	public void setOwnerLine(String ownerLine) {
		this.ownerLine = ownerLine;
	}

	public String getNameLine() {
		return nameLine;
	}

	public void setNameLine(String nameLine) {
		this.nameLine = nameLine;
	}

	public String getTagline() {
		return tagline;
	}

	public void setTagline(String tagline) {
		this.tagline = tagline;
	}

	public Long getImageId() {
		return imageId;
	}

	public void setImageId(Long imageId) {
		this.imageId = imageId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
