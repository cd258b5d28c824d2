package vn.tochuc.portal.news;

import java.util.Set;

import vn.tochuc.portal.platform.ReaderContentChanged;

/**
 * Published inside the saving transaction whenever an article's stored text or state changes:
 * {@link Unseen} when readers see nothing of it (a draft saved, changes held on a working copy,
 * a trashed draft purged), {@link Seen} with the reader pages it alters otherwise. Features that
 * keep facts about articles' text (document mentions) listen to both.
 */
public sealed interface ArticleChanged {

	long articleId();

	/** A change staff see and readers do not. */
	record Unseen(long articleId) implements ArticleChanged {
	}

	/** A change to what readers see: always the article, its lists when it moved in them, and search. */
	record Seen(long articleId, Set<String> cacheTags) implements ArticleChanged, ReaderContentChanged {

		public Seen {
			cacheTags = Set.copyOf(cacheTags);
			if (cacheTags.isEmpty()) {
				throw new IllegalArgumentException("A reader-visible change names what it changed");
			}
		}

	}

}
