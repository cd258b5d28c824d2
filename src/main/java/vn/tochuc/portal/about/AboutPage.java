package vn.tochuc.portal.about;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A text page of "Giới thiệu" (functions and duties, history, …) in two languages. */
@Entity
@Table(name = "about_page")
public class AboutPage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private int position;

	@Column(name = "title_vi")
	private String titleVi;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "body_vi")
	private String bodyVi;

	@Column(name = "body_en")
	private String bodyEn;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected AboutPage() {
	}

	AboutPage(String slug) {
		this.slug = slug;
	}

	void change(AboutText text, Instant now) {
		this.position = text.position();
		this.titleVi = text.titleVi().strip();
		this.titleEn = Localized.blankToNull(text.titleEn());
		this.bodyVi = text.bodyVi();
		this.bodyEn = text.bodyEn();
		this.updatedAt = now;
	}

	public String title(Locale locale) {
		return Localized.pick(locale, titleVi, titleEn);
	}

	public String body(Locale locale) {
		return Localized.pick(locale, bodyVi, bodyEn);
	}

	/** Whether an English reader gets the Vietnamese text (no translation yet). */
	public boolean untranslated(Locale locale) {
		return "en".equals(locale.getLanguage()) && (bodyEn == null || bodyEn.isBlank());
	}

	public String getPath() {
		return "/gioi-thieu/" + slug;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public int getPosition() {
		return position;
	}

	public String getTitleVi() {
		return titleVi;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public String getBodyVi() {
		return bodyVi;
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
