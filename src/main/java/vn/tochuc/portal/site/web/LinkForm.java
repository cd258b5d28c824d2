package vn.tochuc.portal.site.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.site.WebsiteLink;

/** One entry of the website-links box, as the admin edits it. */
public class LinkForm {

	@NotBlank(message = "{link.title.required}")
	@Size(max = 200, message = "{link.title.tooLong}")
	private String title;

	@NotBlank(message = "{link.url.required}")
	@Size(max = 500, message = "{link.url.invalid}")
	@Pattern(regexp = "^\\s*https?://[^\\s/$.?#][^\\s]*\\s*$", message = "{link.url.invalid}")
	private String url;

	@Min(value = 0, message = "{link.position.invalid}")
	@Max(value = 9999, message = "{link.position.invalid}")
	private int position;

	private long version;

	static LinkForm of(WebsiteLink link) {
		LinkForm form = new LinkForm();
		form.title = link.getTitle();
		form.url = link.getUrl();
		form.position = link.getPosition();
		form.version = link.getVersion();
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
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
