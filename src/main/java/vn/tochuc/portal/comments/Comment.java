package vn.tochuc.portal.comments;

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

import vn.tochuc.portal.news.Article;

/** A reader's comment on an article: plain text, with an e-mail address that is never shown. */
@Entity
@Table(name = "article_comment")
public class Comment {

	public static final int MAX_NAME = 100;

	public static final int MAX_EMAIL = 254;

	public static final int MAX_BODY = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@Column(name = "author_name")
	private String authorName;

	private String email;

	private String body;

	@Enumerated(EnumType.STRING)
	private CommentStatus status = CommentStatus.PENDING;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "moderated_at")
	private Instant moderatedAt;

	@Column(name = "moderated_by")
	private Long moderatedBy;

	@Version
	private long version;

	protected Comment() {
	}

	Comment(Article article, String authorName, String email, String body, Instant createdAt) {
		this.article = article;
		this.authorName = authorName;
		this.email = email;
		this.body = body;
		this.createdAt = createdAt;
	}

	void moderate(CommentStatus target, Long by, Instant at) {
		this.status = target;
		this.moderatedBy = by;
		this.moderatedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Article getArticle() {
		return article;
	}

	public String getAuthorName() {
		return authorName;
	}

	/** For staff only: no public template may show it. */
	public String getEmail() {
		return email;
	}

	public String getBody() {
		return body;
	}

	public CommentStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getModeratedAt() {
		return moderatedAt;
	}

	public Long getModeratedBy() {
		return moderatedBy;
	}

	public long getVersion() {
		return version;
	}

}
