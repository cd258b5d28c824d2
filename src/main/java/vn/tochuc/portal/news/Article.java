package vn.tochuc.portal.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tochuc.portal.accounts.UserAccount;
import vn.tochuc.portal.media.MediaItem;

/** A news article (bài viết). Its body is sanitized HTML; see {@link ArticleContent}. */
@Entity
@Table(name = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 160)
	private String slug;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(columnDefinition = "text")
	private String summary;

	@Column(nullable = false, columnDefinition = "text")
	private String body = "";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	private Category category;

	@Column(length = 200)
	private String byline;

	@Column(length = 300)
	private String source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ArticleStatus status = ArticleStatus.DRAFT;

	private boolean featured;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cover_media_id")
	private MediaItem cover;

	@Column(name = "cover_caption", length = 500)
	private String coverCaption;

	@Column(name = "published_at")
	private Instant publishedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private UserAccount owner;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Column(name = "deleted_by")
	private Long deletedBy;

	@Column(name = "scheduled_at")
	private Instant scheduledAt;

	@Column(name = "review_note", columnDefinition = "text")
	private String reviewNote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Classification classification = Classification.NONE;

	/** Changes to a live article, waiting to be published; readers keep seeing the live text. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "working_revision_id")
	private ArticleRevision workingRevision;

	@Column(name = "working_submitted")
	private boolean workingSubmitted;

	/** The meeting this article reports on, if any (a record of the meetings module). */
	@Column(name = "meeting_id")
	private Long meetingId;

	/** The congress this article reports on, if any (a record of the congress module). */
	@Column(name = "congress_id")
	private Long congressId;

	@Version
	private long version;

	protected Article() {
	}

	Article(String slug, UserAccount owner, Instant now) {
		this.slug = slug;
		this.owner = owner;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void apply(ArticleContent content, Category category, MediaItem cover, Long editorId, Instant now) {
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.category = category;
		this.byline = content.byline();
		this.source = content.source();
		this.cover = cover;
		this.coverCaption = content.coverCaption();
		this.featured = content.featured();
		this.classification = content.classification();
		this.meetingId = content.meetingId();
		this.congressId = content.congressId();
		touch(editorId, now);
	}

	void touch(Long editorId, Instant now) {
		this.updatedBy = editorId;
		this.updatedAt = now;
	}

	void holdWorkingCopy(ArticleRevision revision, boolean submitted, Long editorId, Instant now) {
		this.workingRevision = revision;
		this.workingSubmitted = submitted;
		touch(editorId, now);
	}

	void dropWorkingCopy() {
		this.workingRevision = null;
		this.workingSubmitted = false;
	}

	void scheduleFor(Instant when) {
		this.scheduledAt = when;
	}

	void noteForAuthor(String note) {
		this.reviewNote = note;
	}

	void moveToTrash(Long userId, Instant now) {
		this.deletedAt = now;
		this.deletedBy = userId;
	}

	void restoreFromTrash() {
		this.deletedAt = null;
		this.deletedBy = null;
	}

	void moveTo(ArticleStatus next, Instant now) {
		if (next == ArticleStatus.PUBLISHED && publishedAt == null) {
			publishedAt = now;
		}
		if (next != ArticleStatus.SCHEDULED) {
			scheduledAt = null;
		}
		this.status = next;
	}

	/** The content an editor works on: the pending changes if there are any, else the article itself. */
	public ArticleContent editableContent() {
		if (workingRevision != null) {
			return workingRevision.toContent(featured).withMeeting(meetingId).withCongress(congressId);
		}
		return new ArticleContent(title, summary, body, category.getId(), byline, source,
				cover == null ? null : cover.getId(), coverCaption, featured, classification, meetingId, congressId);
	}

	/** A detached copy showing other content, for previews; never saved. */
	Article copyWith(ArticleContent content, Category category, MediaItem cover) {
		Article copy = new Article(slug, owner, createdAt);
		copy.id = id;
		copy.status = status;
		copy.publishedAt = publishedAt;
		copy.version = version;
		copy.apply(content, category, cover, updatedBy, updatedAt);
		return copy;
	}

	public boolean hasWorkingCopy() {
		return workingRevision != null;
	}

	void changeSlug(String slug) {
		this.slug = slug;
	}

	/** Back-dated publication, for content imported from an older site. */
	void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	public boolean isLive() {
		return status == ArticleStatus.PUBLISHED && deletedAt == null;
	}

	public String getPath() {
		return "/bai-viet/" + slug;
	}

	public boolean isOwnedBy(Long userId) {
		return owner != null && owner.getId().equals(userId);
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getBody() {
		return body;
	}

	public Category getCategory() {
		return category;
	}

	public String getByline() {
		return byline;
	}

	public String getSource() {
		return source;
	}

	public ArticleStatus getStatus() {
		return status;
	}

	public boolean isFeatured() {
		return featured;
	}

	public MediaItem getCover() {
		return cover;
	}

	public String getCoverCaption() {
		return coverCaption;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public UserAccount getOwner() {
		return owner;
	}

	public Long getUpdatedBy() {
		return updatedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getDeletedAt() {
		return deletedAt;
	}

	public long getVersion() {
		return version;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public Long getCongressId() {
		return congressId;
	}

	public Long getDeletedBy() {
		return deletedBy;
	}

	public Instant getScheduledAt() {
		return scheduledAt;
	}

	public String getReviewNote() {
		return reviewNote;
	}

	public Classification getClassification() {
		return classification;
	}

	public ArticleRevision getWorkingRevision() {
		return workingRevision;
	}

	public boolean isWorkingSubmitted() {
		return workingSubmitted;
	}

	public boolean isInTrash() {
		return deletedAt != null;
	}

}
