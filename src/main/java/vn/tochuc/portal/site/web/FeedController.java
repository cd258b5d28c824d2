package vn.tochuc.portal.site.web;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tochuc.portal.about.AboutPage;
import vn.tochuc.portal.about.AboutService;
import vn.tochuc.portal.congress.Congress;
import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.documents.DocumentFilter;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingFilter;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CategoryService;
import vn.tochuc.portal.news.SitemapEntry;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.PortalProperties;

/** RSS 2.0 feeds (the whole portal and each category) and the sitemap for search engines. */
@Controller
class FeedController {

	static final int FEED_SIZE = 30;

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private final ArticleService articles;

	private final CategoryService categories;

	private final MeetingService meetings;

	private final DocumentService documents;

	private final CongressService congresses;

	private final AboutService about;

	private final PortalProperties properties;

	FeedController(ArticleService articles, CategoryService categories, MeetingService meetings,
			DocumentService documents, CongressService congresses, AboutService about, PortalProperties properties) {
		this.articles = articles;
		this.categories = categories;
		this.meetings = meetings;
		this.documents = documents;
		this.congresses = congresses;
		this.about = about;
		this.properties = properties;
	}

	@GetMapping("/rss.xml")
	ResponseEntity<String> portalFeed() throws XMLStreamException {
		return feed(properties.site().name(), "/", articles.latest(FEED_SIZE));
	}

	@GetMapping("/chuyen-muc/{slug}/rss.xml")
	ResponseEntity<String> categoryFeed(@PathVariable String slug) throws XMLStreamException {
		Category category = categories.findBySlug(slug).orElseThrow(() -> new NotFoundException("category " + slug));
		return feed(category.getName() + " – " + properties.site().name(), category.getPath(),
				articles.inCategory(category, 0, FEED_SIZE).getContent());
	}

	@GetMapping(value = "/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		url(xml, "/", null);
		for (Category category : categories.all()) {
			url(xml, category.getPath(), null);
		}
		url(xml, "/hoi-nghi", null);
		url(xml, "/lich-cong-tac", null);
		url(xml, "/tinh-gian-bien-che", null);
		url(xml, "/van-ban", null);
		url(xml, "/dai-hoi", null);
		url(xml, "/gioi-thieu", null);
		for (AboutPage page : about.pages()) {
			url(xml, page.getPath(), page.getUpdatedAt());
		}
		url(xml, "/gioi-thieu/so-do-to-chuc", null);
		url(xml, "/gioi-thieu/lanh-dao", null);
		url(xml, "/gioi-thieu/lien-he", null);
		url(xml, "/gop-y", null);
		for (SitemapEntry entry : articles.sitemapEntries()) {
			url(xml, entry.getPath(), entry.getUpdatedAt());
		}
		for (Meeting meeting : meetings.search(MeetingFilter.none(), 0, 5000).getContent()) {
			url(xml, meeting.getPath(), meeting.getUpdatedAt());
		}
		for (PartyDocument document : documents.search(DocumentFilter.none(), 0, 5000).getContent()) {
			url(xml, document.getPath(), document.getUpdatedAt());
		}
		for (Congress congress : congresses.all()) {
			url(xml, congress.getPath(), congress.getUpdatedAt());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(out.toString());
	}

	private ResponseEntity<String> feed(String title, String path, List<Article> items) throws XMLStreamException {
		String base = baseUrl();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeNamespace("atom", "http://www.w3.org/2005/Atom");
		xml.writeStartElement("channel");
		element(xml, "title", title);
		element(xml, "link", base + path);
		element(xml, "description", properties.site().name());
		element(xml, "language", "vi");
		xml.writeEmptyElement("atom", "link", "http://www.w3.org/2005/Atom");
		xml.writeAttribute("href", base + (path.equals("/") ? "/rss.xml" : path + "/rss.xml"));
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("type", "application/rss+xml");
		if (!items.isEmpty()) {
			element(xml, "lastBuildDate", rfc822(items.get(0).getPublishedAt()));
		}
		for (Article article : items) {
			xml.writeStartElement("item");
			element(xml, "title", article.getTitle());
			element(xml, "link", base + article.getPath());
			xml.writeStartElement("guid");
			xml.writeAttribute("isPermaLink", "true");
			xml.writeCharacters(base + article.getPath());
			xml.writeEndElement();
			element(xml, "pubDate", rfc822(article.getPublishedAt()));
			element(xml, "category", article.getCategory().getName());
			if (article.getSummary() != null) {
				element(xml, "description", article.getSummary());
			}
			if (article.getCover() != null) {
				xml.writeEmptyElement("enclosure");
				xml.writeAttribute("url", base + article.getCover().urlFor(768));
				xml.writeAttribute("type", article.getCover().getContentType());
				xml.writeAttribute("length", "0");
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(RSS)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.body(out.toString());
	}

	private void url(XMLStreamWriter xml, String path, Instant lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", baseUrl() + path);
		if (lastModified != null) {
			element(xml, "lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static String rfc822(Instant instant) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	private String baseUrl() {
		String url = properties.site().baseUrl();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
