package vn.tochuc.portal.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The banner's settings (one row): its picture from the media library and its lines of text. */
@Entity
@Table(name = "site_banner")
public class SiteBanner {

	static final int ID = 1;

	@Id
	private Integer id;

	@Column(name = "owner_line")
	private String ownerLine;

	@Column(name = "name_line")
	private String nameLine;

	private String tagline;

	@Column(name = "image_id")
	private Long imageId;

	@Version
	private long version;

	protected SiteBanner() {
	}

	void change(String ownerLine, String nameLine, String tagline, Long imageId) {
		this.ownerLine = ownerLine;
		this.nameLine = nameLine;
		this.tagline = tagline;
		this.imageId = imageId;
	}

	public String getOwnerLine() {
		return ownerLine;
	}

	public String getNameLine() {
		return nameLine;
	}

	public String getTagline() {
		return tagline;
	}

	public Long getImageId() {
		return imageId;
	}

	public long getVersion() {
		return version;
	}

}
