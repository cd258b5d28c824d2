package vn.tochuc.portal.news;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The editor form as it was a few seconds ago, kept per article and person, apart from the article itself. */
@Entity
@Table(name = "article_autosave")
public class ArticleAutosave {

	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "article_id")
		private Long articleId;

		@Column(name = "user_id")
		private Long userId;

		protected Key() {
		}

		public Key(Long articleId, Long userId) {
			this.articleId = articleId;
			this.userId = userId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(articleId, key.articleId) && Objects.equals(userId, key.userId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(articleId, userId);
		}

	}

	@EmbeddedId
	private Key key;

	private String title;

	@Column(columnDefinition = "text")
	private String summary;

	@Column(columnDefinition = "text")
	private String body;

	private String byline;

	private String source;

	@Column(name = "cover_caption")
	private String coverCaption;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	protected ArticleAutosave() {
	}

	ArticleAutosave(Key key) {
		this.key = key;
	}

	void hold(ArticleContent content, Instant now) {
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.byline = content.byline();
		this.source = content.source();
		this.coverCaption = content.coverCaption();
		this.savedAt = now;
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

	public String getByline() {
		return byline;
	}

	public String getSource() {
		return source;
	}

	public String getCoverCaption() {
		return coverCaption;
	}

	public Instant getSavedAt() {
		return savedAt;
	}

}
