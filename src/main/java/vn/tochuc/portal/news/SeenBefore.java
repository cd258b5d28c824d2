package vn.tochuc.portal.news;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import vn.tochuc.portal.platform.CacheTags;

/** What readers saw of an article before a change: compared with the article after it. */
record SeenBefore(boolean live, Long categoryId, Instant publishedAt, boolean featured) {

	static final SeenBefore NOTHING = new SeenBefore(false, null, null, false);

	static SeenBefore of(Article article) {
		return new SeenBefore(article.isLive(), article.getCategory() == null ? null : article.getCategory().getId(),
				article.getPublishedAt(), article.isFeatured());
	}

	/**
	 * A mere edit of a live article carries its own tag; entering or leaving the lists, or
	 * moving in them (its date, category or lead-story flag changed), also the lists and both
	 * categories' pages. What was not live before and is not live after readers never saw.
	 */
	ArticleChanged to(Article article) {
		SeenBefore after = of(article);
		if (!live && !after.live) {
			return new ArticleChanged.Unseen(article.getId());
		}
		Set<String> tags = new LinkedHashSet<>();
		tags.add(CacheTags.article(article.getId()));
		tags.add(CacheTags.SEARCH);
		boolean moved = live != after.live || !Objects.equals(categoryId, after.categoryId)
				|| !Objects.equals(publishedAt, after.publishedAt) || featured != after.featured;
		if (moved) {
			tags.add(CacheTags.ARTICLE_LIST);
			if (categoryId != null && live) {
				tags.add(CacheTags.category(categoryId));
			}
			if (after.categoryId != null && after.live) {
				tags.add(CacheTags.category(after.categoryId));
			}
		}
		return new ArticleChanged.Seen(article.getId(), tags);
	}

}
