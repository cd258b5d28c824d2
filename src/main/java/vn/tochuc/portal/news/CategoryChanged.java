package vn.tochuc.portal.news;

import java.util.Set;

import vn.tochuc.portal.platform.CacheTags;
import vn.tochuc.portal.platform.ReaderContentChanged;

/**
 * A category created, renamed, moved or deleted: the menu every page shows and the category's
 * own pages change (its articles' pages name it through {@code category:ID} too).
 */
public record CategoryChanged(long categoryId) implements ReaderContentChanged {

	@Override
	public Set<String> cacheTags() {
		return Set.of(CacheTags.CATEGORIES, CacheTags.category(categoryId));
	}

}
