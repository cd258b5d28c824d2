package vn.tochuc.portal.site;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An entry of the "Liên kết website" box. */
@Entity
@Table(name = "website_link")
public class WebsiteLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String url;

	private int position;

	@Version
	private long version;

	protected WebsiteLink() {
	}

	WebsiteLink(String title, String url, int position) {
		change(title, url, position);
	}

	void change(String title, String url, int position) {
		this.title = title;
		this.url = url;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

	public int getPosition() {
		return position;
	}

	public long getVersion() {
		return version;
	}

}
