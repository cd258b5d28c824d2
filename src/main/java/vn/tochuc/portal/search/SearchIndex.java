package vn.tochuc.portal.search;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tochuc.portal.platform.Searchable;
import vn.tochuc.portal.platform.SearchableChanged;
import vn.tochuc.portal.platform.SearchableSource;
import vn.tochuc.portal.platform.SearchableWithdrawn;

/**
 * The search index (table {@code search_entry}): one row per public record, replaced whenever a
 * feature announces a change and dropped when the record stops being public. The listeners are
 * synchronous, so the entry commits or rolls back with the change that caused it. A full
 * rebuild reads every {@link SearchableSource}.
 */
@Service
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/** How many records a rebuild writes per transaction. */
	static final int BATCH_SIZE = 200;

	static final String UPSERT = """
			insert into search_entry (type, ref_id, title, summary, body, path, entry_date, exact_terms, accented, indexed_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, strip(to_tsvector('simple', ?)), clock_timestamp())
			on conflict (type, ref_id) do update set title = excluded.title, summary = excluded.summary,
			    body = excluded.body, path = excluded.path, entry_date = excluded.entry_date,
			    exact_terms = excluded.exact_terms, accented = excluded.accented, indexed_at = excluded.indexed_at
			""";

	/** Folded words of letters only: what a mistyped query word may be corrected to. */
	static final String LEARN_WORDS = """
			insert into search_word (word)
			select distinct w from search_entry e, unnest(tsvector_to_array(e.document)) w
			where %s and w ~ '^[a-z]{2,40}$'
			order by 1
			on conflict do nothing
			""";

	private final JdbcTemplate jdbc;

	private final List<SearchableSource> sources;

	private final TransactionTemplate writes;

	/** Bumped after every committed change, so cached result pages are never older than the index. */
	private final AtomicLong generation = new AtomicLong();

	SearchIndex(JdbcTemplate jdbc, List<SearchableSource> sources, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.sources = List.copyOf(sources);
		this.writes = new TransactionTemplate(transactions);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	@Transactional
	public void on(SearchableChanged event) {
		put(event.item());
	}

	@EventListener
	@Transactional
	public void on(SearchableWithdrawn event) {
		withdraw(event.type(), event.id());
	}

	/** Adds or replaces the record's entry. */
	@Transactional
	public void put(Searchable item) {
		write(List.of(item));
		jdbc.update(LEARN_WORDS.formatted("e.type = ? and e.ref_id = ?"), item.type(), item.id());
		changed();
	}

	/** Drops the record's entry, if there is one. */
	@Transactional
	public void withdraw(String type, long id) {
		jdbc.update("delete from search_entry where type = ? and ref_id = ?", type, id);
		changed();
	}

	/** Drops every entry of a kind (before a rebuild, or to recover from a restored backup). */
	@Transactional
	public void forget(String type) {
		jdbc.update("delete from search_entry where type = ?", type);
		changed();
	}

	/** The kinds of record the portal offers to search, in the order their sources were declared. */
	public List<String> types() {
		return sources.stream().map(SearchableSource::type).distinct().toList();
	}

	/** How many entries each kind has now. */
	@Transactional(readOnly = true)
	public Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String type : types()) {
			counts.put(type, 0L);
		}
		jdbc.query("select type, count(*) from search_entry group by type order by type",
				(row) -> {
					counts.put(row.getString(1), row.getLong(2));
				});
		return counts;
	}

	/** Rebuilds the kinds that have no entry at all (a new database, a newly added feature). */
	public int rebuildMissing() {
		int written = 0;
		for (SearchableSource source : sources) {
			Boolean present = jdbc.queryForObject("select exists (select 1 from search_entry where type = ?)",
					Boolean.class, source.type());
			if (!Boolean.TRUE.equals(present)) {
				written += rebuild(source);
			}
		}
		return written;
	}

	/** Reads every source again and writes the index from it; entries no source gave any more go. */
	public int rebuildAll() {
		int written = 0;
		for (SearchableSource source : sources) {
			written += rebuild(source);
		}
		return written;
	}

	/**
	 * Writes the source's records in batches of their own (readers keep searching meanwhile),
	 * then drops that kind's entries the rebuild did not touch. A change announced during the
	 * rebuild is stamped later than its start, so it is kept.
	 */
	int rebuild(SearchableSource source) {
		long started = System.nanoTime();
		Timestamp since = jdbc.queryForObject("select clock_timestamp()", Timestamp.class);
		List<Searchable> batch = new ArrayList<>(BATCH_SIZE);
		int[] written = { 0 };
		source.forEachPublic((item) -> {
			if (!item.type().equals(source.type())) {
				throw new IllegalStateException("Source " + source.type() + " gave a record of type " + item.type());
			}
			batch.add(item);
			if (batch.size() == BATCH_SIZE) {
				written[0] += flush(batch);
			}
		});
		written[0] += flush(batch);
		writes.executeWithoutResult((status) -> {
			jdbc.update("delete from search_entry where type = ? and indexed_at < ?", source.type(), since);
			jdbc.update(LEARN_WORDS.formatted("e.type = ? and e.indexed_at >= ?"), source.type(), since);
		});
		changed();
		log.info("Search index: {} {} record(s) indexed in {} ms", written[0], source.type(),
				(System.nanoTime() - started) / 1_000_000);
		return written[0];
	}

	private int flush(List<Searchable> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		int size = batch.size();
		List<Searchable> copy = List.copyOf(batch);
		batch.clear();
		writes.executeWithoutResult((status) -> write(copy));
		return size;
	}

	private void write(List<Searchable> items) {
		jdbc.batchUpdate(UPSERT, items, items.size(), this::bind);
	}

	private void bind(PreparedStatement statement, Searchable item) throws SQLException {
		String title = Folding.clean(item.title()).strip();
		String summary = Folding.clean(item.summary()).strip();
		statement.setString(1, item.type());
		statement.setLong(2, item.id());
		statement.setString(3, title);
		statement.setString(4, summary);
		statement.setString(5, Folding.clean(item.text()).strip());
		statement.setString(6, item.path());
		statement.setDate(7, item.date() == null ? null : Date.valueOf(item.date()));
		String[] codes = item.exactTerms().stream().map(Folding::code).filter((code) -> !code.isEmpty())
			.distinct().toArray(String[]::new);
		statement.setArray(8, statement.getConnection().createArrayOf("text", codes));
		statement.setString(9, Folding.lower(title + " " + summary));
	}

	/** The index's current generation: it changes whenever a change commits. */
	long generation() {
		return generation.get();
	}

	private void changed() {
		generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
				}
			});
		}
	}

}
