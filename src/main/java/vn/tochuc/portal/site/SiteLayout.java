package vn.tochuc.portal.site;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CategoryService;
import vn.tochuc.portal.platform.PortalProperties;

/**
 * What every public page shows around its content (banner, navigation, link box, counter),
 * available to templates as {@code @layout}. Everything here is read from memory.
 */
@Component("layout")
public class SiteLayout {

	private final CategoryService categories;

	private final WebsiteLinkRepository links;

	private final VisitCounter visits;

	private final PortalProperties properties;

	private volatile List<WebsiteLink> cachedLinks;

	SiteLayout(CategoryService categories, WebsiteLinkRepository links, VisitCounter visits,
			PortalProperties properties) {
		this.categories = categories;
		this.links = links;
		this.visits = visits;
		this.properties = properties;
	}

	public List<Category> categories() {
		return categories.all();
	}

	public List<WebsiteLink> websiteLinks() {
		List<WebsiteLink> current = cachedLinks;
		if (current == null) {
			current = List.copyOf(links.findAllByOrderByPositionAscIdAsc());
			cachedLinks = current;
		}
		return current;
	}

	public PortalProperties.Site site() {
		return properties.site();
	}

	public long totalVisits() {
		return visits.totalVisits();
	}

	public long onlineNow() {
		return visits.onlineNow();
	}

}
