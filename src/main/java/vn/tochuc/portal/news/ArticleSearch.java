package vn.tochuc.portal.news;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.RichText;
import vn.tochuc.portal.platform.Searchable;
import vn.tochuc.portal.platform.SearchableSource;

/**
 * Live articles as the search index sees them: title, lead and the body's plain text, dated
 * by their publication day in the department's time zone. Only a live article (published,
 * not in the trash) is ever described; its pending working copy never is.
 */
@Component
public class ArticleSearch implements SearchableSource {

	static final String TYPE = "article";

	static final int BATCH = 200;

	private final ArticleRepository articles;

	private final ZoneId zone;

	ArticleSearch(ArticleRepository articles, PortalProperties properties) {
		this.articles = articles;
		this.zone = properties.site().zone();
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachPublic(Consumer<Searchable> consumer) {
		long after = 0;
		while (true) {
			List<Row> rows = articles.findLiveForSearch(after, PageRequest.of(0, BATCH));
			for (Row row : rows) {
				consumer.accept(describe(row.id(), row.slug(), row.title(), row.summary(), row.body(), row.publishedAt()));
			}
			if (rows.size() < BATCH) {
				return;
			}
			after = rows.get(rows.size() - 1).id();
		}
	}

	Searchable describe(Article article) {
		return describe(article.getId(), article.getSlug(), article.getTitle(), article.getSummary(), article.getBody(),
				article.getPublishedAt());
	}

	private Searchable describe(long id, String slug, String title, String summary, String body, Instant publishedAt) {
		return new Searchable(TYPE, id, title, summary, RichText.toPlainText(body), "/bai-viet/" + slug,
				publishedAt == null ? null : publishedAt.atZone(zone).toLocalDate(), List.of());
	}

	/** What the index needs of a live article, read without loading entities. */
	public record Row(long id, String slug, String title, String summary, String body, Instant publishedAt) {
	}

}
