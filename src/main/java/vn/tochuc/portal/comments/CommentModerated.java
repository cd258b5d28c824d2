package vn.tochuc.portal.comments;

import java.util.Set;

import vn.tochuc.portal.platform.CacheTags;
import vn.tochuc.portal.platform.ReaderContentChanged;

/**
 * A comment approved, rejected or marked as spam. Only approved comments are on the article's
 * page, so the page changes when a comment becomes approved or stops being so
 * ({@link OnArticlePage}); rejecting a comment readers never saw changes nothing they see
 * ({@link OutOfSight}).
 */
public sealed interface CommentModerated {

	long commentId();

	long articleId();

	CommentStatus status();

	static CommentModerated of(long commentId, long articleId, CommentStatus before, CommentStatus after) {
		if (before == CommentStatus.APPROVED || after == CommentStatus.APPROVED) {
			return new OnArticlePage(commentId, articleId, after);
		}
		return new OutOfSight(commentId, articleId, after);
	}

	record OnArticlePage(long commentId, long articleId, CommentStatus status)
			implements CommentModerated, ReaderContentChanged {

		@Override
		public Set<String> cacheTags() {
			return Set.of(CacheTags.article(articleId));
		}

	}

	record OutOfSight(long commentId, long articleId, CommentStatus status) implements CommentModerated {
	}

}
