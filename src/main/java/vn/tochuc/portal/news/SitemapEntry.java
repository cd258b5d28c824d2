package vn.tochuc.portal.news;

import java.time.Instant;

/** A live article as the sitemap lists it. */
public interface SitemapEntry {

	String getSlug();

	Instant getUpdatedAt();

	default String getPath() {
		return "/bai-viet/" + getSlug();
	}

}
