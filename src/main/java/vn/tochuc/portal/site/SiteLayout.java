package vn.tochuc.portal.site;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleViews;
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

	/** How many articles the "Đọc nhiều" box lists. */
	static final int MOST_READ_COUNT = 5;

	private final SiteSettings settings;

	private final VisitCounter visits;

	private final ArticleViews views;

	private final PortalProperties properties;

	SiteLayout(CategoryService categories, SiteSettings settings, VisitCounter visits, ArticleViews views,
			PortalProperties properties) {
		this.categories = categories;
		this.settings = settings;
		this.visits = visits;
		this.views = views;
		this.properties = properties;
	}

	public List<Category> categories() {
		return categories.all();
	}

	public List<WebsiteLink> websiteLinks() {
		return settings.links();
	}

	public BannerView banner() {
		return settings.banner();
	}

	/** The "Đọc nhiều" box: the most read live articles, as of the last count flush. */
	public List<Article> mostRead() {
		return views.mostRead(MOST_READ_COUNT);
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
