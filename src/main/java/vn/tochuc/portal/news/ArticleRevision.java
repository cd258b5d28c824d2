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

import vn.tochuc.portal.accounts.UserAccount;

/** What an article held after one save: who, when, what. Revisions are never changed. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

	/** Why the revision was made. */
	public enum Kind {
		SAVE, SUBMIT, PUBLISH, SCHEDULE, UNPUBLISH, SEND_BACK, RESTORE, AUTOPUBLISH
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "article_id", nullable = false)
	private Long articleId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_after", nullable = false, length = 20)
	private ArticleStatus statusAfter;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(columnDefinition = "text")
	private String summary;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	@Column(name = "category_id", nullable = false)
	private Long categoryId;

	private String byline;

	private String source;

	@Column(name = "cover_media_id")
	private Long coverMediaId;

	@Column(name = "cover_caption")
	private String coverCaption;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Classification classification = Classification.NONE;

	@Column(columnDefinition = "text")
	private String note;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "created_by")
	private UserAccount createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ArticleRevision() {
	}

	ArticleRevision(Long articleId, Kind kind, ArticleStatus statusAfter, ArticleContent content, Long coverMediaId,
			String note, UserAccount createdBy, Instant createdAt) {
		this.articleId = articleId;
		this.kind = kind;
		this.statusAfter = statusAfter;
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.categoryId = content.categoryId();
		this.byline = content.byline();
		this.source = content.source();
		this.coverMediaId = coverMediaId;
		this.coverCaption = content.coverCaption();
		this.classification = content.classification();
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** The revision's text as editable content, e.g. to restore it. */
	public ArticleContent toContent(boolean featured) {
		return new ArticleContent(title, summary, body, categoryId, byline, source, coverMediaId, coverCaption,
				featured, classification);
	}

	public Long getId() {
		return id;
	}

	public Long getArticleId() {
		return articleId;
	}

	public Kind getKind() {
		return kind;
	}

	public ArticleStatus getStatusAfter() {
		return statusAfter;
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

	public Long getCategoryId() {
		return categoryId;
	}

	public String getByline() {
		return byline;
	}

	public String getSource() {
		return source;
	}

	public Long getCoverMediaId() {
		return coverMediaId;
	}

	public String getCoverCaption() {
		return coverCaption;
	}

	public Classification getClassification() {
		return classification;
	}

	public String getNote() {
		return note;
	}

	public UserAccount getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
