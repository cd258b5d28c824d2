package vn.tochuc.portal.about;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of the department's leadership, with the title and a photo from the media library. */
@Entity
@Table(name = "about_leader")
public class AboutLeader {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Column(name = "title_vi")
	private String titleVi;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "photo_media_id")
	private Long photoMediaId;

	private int position;

	@Version
	private long version;

	protected AboutLeader() {
	}

	AboutLeader(String name, String titleVi, String titleEn, Long photoMediaId, int position) {
		change(name, titleVi, titleEn, photoMediaId, position);
	}

	void change(String name, String titleVi, String titleEn, Long photoMediaId, int position) {
		this.name = name.strip();
		this.titleVi = titleVi.strip();
		this.titleEn = Localized.blankToNull(titleEn);
		this.photoMediaId = photoMediaId;
		this.position = position;
	}

	public String title(Locale locale) {
		return Localized.pick(locale, titleVi, titleEn);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getTitleVi() {
		return titleVi;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public Long getPhotoMediaId() {
		return photoMediaId;
	}

	public int getPosition() {
		return position;
	}

	public long getVersion() {
		return version;
	}

}
