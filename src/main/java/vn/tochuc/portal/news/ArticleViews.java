package vn.tochuc.portal.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How often each article was read, and the "Đọc nhiều" (most read) list. A view is counted in
 * memory; every {@code portal.views.flush-interval} the counts are added to the database in
 * one batch, so a page view never costs a database write. Counts survive restarts (a last
 * flush runs on shutdown); at worst a crash loses the views of the last interval.
 */
@Component
public class ArticleViews {

	private static final Logger log = LoggerFactory.getLogger(ArticleViews.class);

	/** How many articles the most-read list keeps ready. */
	static final int MOST_READ_KEPT = 10;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ArticleRepository articles;

	/** Views not yet in the database, per article. */
	private final Map<Long, AtomicLong> pending = new ConcurrentHashMap<>();

	/** The database's count for the articles asked about since start-up. */
	private final Map<Long, Long> stored = new ConcurrentHashMap<>();

	/**
	 * A flush writes and moves counts from pending to stored under the write lock, so a reader
	 * never sees a view twice or not at all. Recording a view takes no lock.
	 */
	private final ReadWriteLock moving = new ReentrantReadWriteLock();

	private volatile List<Article> mostRead;

	ArticleViews(JdbcTemplate jdbc, TransactionTemplate transactions, ArticleRepository articles) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.articles = articles;
	}

	/** Counts one reading of an article. */
	public void record(Long articleId) {
		pending.computeIfAbsent(articleId, (id) -> new AtomicLong()).incrementAndGet();
	}

	/** The article's views so far, including those not yet written to the database. */
	public long count(Long articleId) {
		moving.readLock().lock();
		try {
			long saved = stored.computeIfAbsent(articleId, this::load);
			AtomicLong unsaved = pending.get(articleId);
			return saved + (unsaved == null ? 0 : unsaved.get());
		}
		finally {
			moving.readLock().unlock();
		}
	}

	/** The most read live articles, most read first (as of the last flush). */
	public List<Article> mostRead(int count) {
		List<Article> current = mostRead;
		if (current == null) {
			current = loadMostRead();
			mostRead = current;
		}
		return current.subList(0, Math.min(count, current.size()));
	}

	/** Adds the counted views to the database in one batch and refreshes the most-read list. */
	@Scheduled(fixedDelayString = "${portal.views.flush-interval:30s}", initialDelayString = "${portal.views.flush-interval:30s}")
	public synchronized void flush() {
		if (flushCounts()) {
			mostRead = loadMostRead();
		}
	}

	/** Writes the pending counts; false when the database refused them (they stay pending). */
	private boolean flushCounts() {
		Map<Long, Long> batch = new HashMap<>();
		pending.forEach((id, unsaved) -> {
			long views = unsaved.get();
			if (views > 0) {
				batch.put(id, views);
			}
		});
		if (!batch.isEmpty()) {
			List<Object[]> rows = new ArrayList<>();
			batch.forEach((id, views) -> rows.add(new Object[] { views, id }));
			moving.writeLock().lock();
			try {
				transactions.executeWithoutResult((status) -> jdbc.batchUpdate("""
						insert into article_view (article_id, views) select id, ? from article where id = ?
						on conflict (article_id) do update set views = article_view.views + excluded.views
						""", rows));
				batch.forEach((id, views) -> {
					pending.get(id).addAndGet(-views);
					stored.computeIfPresent(id, (key, saved) -> saved + views);
				});
			}
			catch (RuntimeException ex) {
				log.warn("Could not save article view counts; will retry", ex);
				return false;
			}
			finally {
				moving.writeLock().unlock();
			}
		}
		return true;
	}

	/** The last views are saved on shutdown; the most-read list is not needed any more. */
	@PreDestroy
	synchronized void flushOnShutdown() {
		flushCounts();
	}

	private long load(Long articleId) {
		List<Long> views = jdbc.queryForList("select views from article_view where article_id = ?", Long.class,
				articleId);
		return views.isEmpty() ? 0 : views.get(0);
	}

	private List<Article> loadMostRead() {
		List<Long> ids = jdbc.queryForList("""
				select v.article_id from article_view v join article a on a.id = v.article_id
				where a.status = 'PUBLISHED' and a.deleted_at is null and v.views > 0
				order by v.views desc, a.published_at desc, a.id desc limit ?
				""", Long.class, MOST_READ_KEPT);
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> rank = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			rank.put(ids.get(i), i);
		}
		List<Article> found = transactions.execute((status) -> articles.findWithCategoryAndCover(ids));
		return found.stream().sorted(Comparator.comparing((Article article) -> rank.get(article.getId()))).toList();
	}

}
