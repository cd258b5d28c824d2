package vn.tochuc.portal.platform;

import java.util.Set;

/**
 * What every cache of reader content listens to (a plain {@code @EventListener}): the tags of a
 * committed change. {@code fromOtherNode} is true when the change was made on another instance
 * of the portal and reached this one through the database; a bridge that tells the other nodes
 * forwards only the local ones.
 */
public record CacheTagsInvalidated(Set<String> tags, boolean fromOtherNode) {

	public CacheTagsInvalidated {
		tags = Set.copyOf(tags);
	}

	public boolean touches(String tag) {
		return tags.contains(CacheTags.EVERYTHING) || tags.contains(tag);
	}

}
