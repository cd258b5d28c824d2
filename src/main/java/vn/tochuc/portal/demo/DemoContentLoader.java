package vn.tochuc.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.StaffDirectory;
import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CategoryService;
import vn.tochuc.portal.platform.PortalProperties;

/**
 * Fills an empty database with the demo categories and articles (demo/news.yml), with photos
 * drawn by {@link DemoPhotos}. On by default with the embedded database, off with an external
 * one, and switched either way by PORTAL_DEMO_DATA.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoContentLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

	static final String NEWS_RESOURCE = "demo/news.yml";

	static final int PHOTO_WIDTH = 1200;

	static final int PHOTO_HEIGHT = 750;

	private final PortalProperties properties;

	private final Environment environment;

	private final StaffDirectory staff;

	private final CategoryService categories;

	private final ArticleService articles;

	private final MediaLibrary media;

	DemoContentLoader(PortalProperties properties, Environment environment, StaffDirectory staff,
			CategoryService categories, ArticleService articles, MediaLibrary media) {
		this.properties = properties;
		this.environment = environment;
		this.staff = staff;
		this.categories = categories;
		this.articles = articles;
		this.media = media;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		if (!categories.all().isEmpty()) {
			log.debug("Demo content skipped: the database already has content");
			return;
		}
		long started = System.nanoTime();
		int count = load();
		log.info("Loaded {} demo articles in {} ms", count, Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	boolean enabled() {
		return properties.demoDataEnabled(environment);
	}

	@SuppressWarnings("unchecked")
	int load() {
		Map<String, Object> document = readYaml();
		PortalUser importer = staff.findUser(properties.admin().username())
			.orElseGet(() -> staff.all().stream().findFirst()
				.flatMap((account) -> staff.findUser(account.getUsername()))
				.orElseThrow(() -> new IllegalStateException("Demo content needs a staff account")));

		Map<String, Category> bySlug = new HashMap<>();
		int position = 1;
		for (Map<String, Object> entry : (List<Map<String, Object>>) document.get("categories")) {
			Category category = categories.create((String) entry.get("name"), (String) entry.get("description"),
					position++, Boolean.TRUE.equals(entry.get("showOnHome")));
			bySlug.put((String) entry.get("slug"), category);
		}

		List<Map<String, Object>> entries = (List<Map<String, Object>>) document.get("articles");
		int seed = 0;
		for (Map<String, Object> entry : entries) {
			Category category = bySlug.get((String) entry.get("category"));
			if (category == null) {
				throw new IllegalStateException("Unknown demo category " + entry.get("category"));
			}
			List<MediaItem> photos = new ArrayList<>();
			for (Map<String, Object> photo : (List<Map<String, Object>>) entry.getOrDefault("photos", List.of())) {
				seed++;
				byte[] jpeg = DemoPhotos.renderJpeg((String) photo.get("scene"), seed, PHOTO_WIDTH, PHOTO_HEIGHT);
				MediaItem item = media.upload(jpeg, "demo-" + seed + ".jpg", importer.id());
				String caption = (String) photo.get("caption");
				photos.add(media.describe(item.getId(), caption, caption, "Ảnh minh họa", importer));
			}
			String body = bodyHtml((List<String>) entry.get("paragraphs"),
					(Map<Object, String>) entry.getOrDefault("subheadings", Map.of()), photos);
			MediaItem cover = photos.isEmpty() ? null : photos.get(0);
			ArticleContent content = new ArticleContent((String) entry.get("title"), (String) entry.get("summary"),
					body, category.getId(), (String) entry.get("author"), (String) entry.get("source"),
					cover == null ? null : cover.getId(), cover == null ? null : cover.getCaption(),
					Boolean.TRUE.equals(entry.get("featured")));
			Instant publishedAt = LocalDateTime.parse((String) entry.get("publishedAt"))
				.atZone(properties.site().zone())
				.toInstant();
			articles.importPublished(content, content.coverMediaId(), publishedAt, importer);
		}
		return entries.size();
	}

	/**
	 * Paragraphs with their sub-headings; the photos after the cover go between paragraphs,
	 * each in a figure with its caption, as the seeds' reports show them.
	 */
	static String bodyHtml(List<String> paragraphs, Map<Object, String> subheadings, List<MediaItem> photos) {
		StringBuilder html = new StringBuilder();
		List<MediaItem> inline = photos.size() > 1 ? photos.subList(1, photos.size()) : List.of();
		int every = inline.isEmpty() ? Integer.MAX_VALUE : Math.max(1, paragraphs.size() / (inline.size() + 1));
		int nextPhoto = 0;
		for (int i = 0; i < paragraphs.size(); i++) {
			String heading = subheadings.get(i);
			if (heading == null) {
				heading = subheadings.get(String.valueOf(i));
			}
			if (heading != null) {
				html.append("<h2>").append(HtmlUtils.htmlEscape(heading, "UTF-8")).append("</h2>\n");
			}
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraphs.get(i), "UTF-8")).append("</p>\n");
			if (nextPhoto < inline.size() && (i + 1) % every == 0 && i < paragraphs.size() - 1) {
				MediaItem photo = inline.get(nextPhoto++);
				html.append("<figure class=\"image\"><img src=\"").append(photo.getUrl()).append("\" alt=\"")
					.append(HtmlUtils.htmlEscape(photo.getCaption(), "UTF-8")).append("\" width=\"").append(photo.getWidth())
					.append("\" height=\"").append(photo.getHeight()).append("\"><figcaption>")
					.append(HtmlUtils.htmlEscape(photo.getCaption(), "UTF-8")).append("</figcaption></figure>\n");
			}
		}
		return html.toString();
	}

	private static Map<String, Object> readYaml() {
		try (InputStream in = new ClassPathResource(NEWS_RESOURCE).getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + NEWS_RESOURCE, ex);
		}
	}

}
