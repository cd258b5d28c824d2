package vn.tochuc.portal.site;

import java.util.Set;

import vn.tochuc.portal.platform.CacheTags;
import vn.tochuc.portal.platform.ReaderContentChanged;

/** A link of the links box created, changed or deleted. */
public record LinksChanged(long linkId) implements ReaderContentChanged {

	@Override
	public Set<String> cacheTags() {
		return Set.of(CacheTags.LINKS);
	}

}
