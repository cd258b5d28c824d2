package vn.tochuc.portal.site;

import java.util.Set;

import vn.tochuc.portal.platform.CacheTags;
import vn.tochuc.portal.platform.ReaderContentChanged;

/** The banner every page shows (its lines or its picture) changed. */
public record BannerChanged() implements ReaderContentChanged {

	@Override
	public Set<String> cacheTags() {
		return Set.of(CacheTags.BANNER);
	}

}
