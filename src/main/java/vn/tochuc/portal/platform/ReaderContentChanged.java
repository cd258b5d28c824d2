package vn.tochuc.portal.platform;

import java.util.Set;

/**
 * Implemented by every module's own change event (for example {@code news.ArticleChanged}) when
 * the change may alter what readers see. The event names what changed as cache tags (see
 * {@link CacheTags}); once the change commits, {@link CacheInvalidations} turns it into one
 * {@link CacheTagsInvalidated} for every cache of reader content, on this node and, in a
 * cluster, on the others. A change that alters no reader page (a comment rejected, a Góp ý read,
 * a user edited) publishes an event that does not implement this interface.
 */
public interface ReaderContentChanged {

	/** What changed, as tags; never empty ({@link CacheTags#EVERYTHING} when it cannot say). */
	Set<String> cacheTags();

}
