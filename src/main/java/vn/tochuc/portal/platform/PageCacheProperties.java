package vn.tochuc.portal.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache for anonymous readers ({@code portal.page-cache.*}).
 *
 * @param enabled off renders every page from the database and the templates on every request
 * @param timeToLive how long a page is served before it is rendered again even if no content
 * changed (counters, "this week" schedules); content changes drop pages at once
 * @param maxSize the memory all cached pages may take together (they are kept gzip-compressed)
 * @param maxPageSize a page larger than this (before compression) is not kept
 */
@ConfigurationProperties("portal.page-cache")
public record PageCacheProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("60s") Duration timeToLive,
		@DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("2MB") DataSize maxPageSize) {

}
