package vn.tochuc.portal.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug an article used to answer to; its old links redirect to the current one. */
@Entity
@Table(name = "article_slug_history")
class ArticleSlugHistory {

	@Id
	private String slug;

	@Column(name = "article_id", nullable = false)
	private Long articleId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ArticleSlugHistory() {
	}

	ArticleSlugHistory(String slug, Long articleId, Instant createdAt) {
		this.slug = slug;
		this.articleId = articleId;
		this.createdAt = createdAt;
	}

	Long getArticleId() {
		return articleId;
	}

}
