package vn.tochuc.portal.news.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleAutosave;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.Classification;

/** The article form as posted (the contract's field names); never bound to the entity. */
public class ArticleForm {

	@NotBlank(message = "{article.title.required}")
	@Size(max = 300, message = "{article.title.tooLong}")
	private String title;

	@Size(max = 1000, message = "{article.summary.tooLong}")
	private String summary;

	@Size(max = 500_000, message = "{article.body.tooLong}")
	private String body;

	@NotNull(message = "{article.category.required}")
	private Long categoryId;

	@Size(max = 200, message = "{article.author.tooLong}")
	private String author;

	@Size(max = 300, message = "{article.source.tooLong}")
	private String source;

	private Long coverMediaId;

	@Size(max = 500, message = "{article.coverCaption.tooLong}")
	private String coverCaption;

	private MultipartFile coverFile;

	private boolean featured;

	private Classification classification = Classification.NONE;

	private Long meetingId;

	private Long congressId;

	/** The publication time for "schedule", as a datetime-local value in the department's time zone. */
	private String scheduledAt;

	@Size(max = 2000, message = "{article.note.tooLong}")
	private String note;

	private long version;

	private String action;

	/** The form for editing: a live article's pending changes if it has any, else the article. */
	static ArticleForm of(Article article) {
		ArticleContent content = article.editableContent();
		ArticleForm form = new ArticleForm();
		form.title = content.title();
		form.summary = content.summary();
		form.body = content.body();
		form.categoryId = content.categoryId();
		form.author = content.byline();
		form.source = content.source();
		form.coverMediaId = content.coverMediaId();
		form.coverCaption = content.coverCaption();
		form.featured = content.featured();
		form.classification = content.classification();
		form.meetingId = content.meetingId();
		form.congressId = content.congressId();
		form.version = article.getVersion();
		return form;
	}

	ArticleContent toContent() {
		return new ArticleContent(title, summary, body, categoryId, author, source, coverMediaId, coverCaption,
				featured, classification, meetingId, congressId);
	}

	/** Puts an autosaved text back into the form, keeping the rest. */
	void takeTextFrom(ArticleAutosave autosave) {
		this.title = autosave.getTitle();
		this.summary = autosave.getSummary();
		this.body = autosave.getBody();
		this.author = autosave.getByline();
		this.source = autosave.getSource();
		this.coverCaption = autosave.getCoverCaption();
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public void setMeetingId(Long meetingId) {
		this.meetingId = meetingId;
	}

	public Long getCongressId() {
		return congressId;
	}

	public void setCongressId(Long congressId) {
		this.congressId = congressId;
	}

	public Classification getClassification() {
		return classification;
	}

	public void setClassification(Classification classification) {
		this.classification = classification;
	}

	public String getScheduledAt() {
		return scheduledAt;
	}

	public void setScheduledAt(String scheduledAt) {
		this.scheduledAt = scheduledAt;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getTitle() {
		return title;
	}

	/** Non-breaking spaces pasted from web pages count as blank, like ordinary ones. */
	public void setTitle(String title) {
		this.title = title == null ? null : title.replace('\u00A0', ' ');
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getAuthor() {
		return author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public Long getCoverMediaId() {
		return coverMediaId;
	}

	public void setCoverMediaId(Long coverMediaId) {
		this.coverMediaId = coverMediaId;
	}

	public String getCoverCaption() {
		return coverCaption;
	}

	public void setCoverCaption(String coverCaption) {
		this.coverCaption = coverCaption;
	}

	public MultipartFile getCoverFile() {
		return coverFile;
	}

	public void setCoverFile(MultipartFile coverFile) {
		this.coverFile = coverFile;
	}

	public boolean isFeatured() {
		return featured;
	}

	public void setFeatured(boolean featured) {
		this.featured = featured;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

}
