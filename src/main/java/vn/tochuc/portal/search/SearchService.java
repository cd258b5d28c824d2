package vn.tochuc.portal.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.search.SearchResults.Hit;

/**
 * The reader's search. Words are folded (no diacritics, lower case) and must all occur; a word
 * the index does not know is widened to the known words nearest to it by trigram similarity
 * (a typo still finds the article). Document numbers typed as they are written ("18-NQ/TW")
 * match the records that carry them first.
 *
 * <p>Ranking: the newest {@code portal.search.limit} matches (500 by default) are ranked by how
 * well their title and lead cover the words ({@code ts_rank_cd}), with a bonus when the
 * diacritics typed are the record's own and a larger one for an exact document number; ties
 * go to the newer record. Bounding the ranked set keeps every query cheap however common its
 * words are: the candidates come from the GIN index when the words are rare, and from walking
 * the date index when they are everywhere.
 */
@Service
public class SearchService {

	public static final int PAGE_SIZE = 12;

	public static final int MAX_QUERY_LENGTH = 200;

	/** At most this many different words of a query are used. */
	static final int MAX_WORDS = 24;

	/** Types are short names of letters and dashes ("article", "congress"). */
	static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final Pattern LETTERS = Pattern.compile("[a-z]{3,40}");

	private static final String SEPARATOR = "\u001F";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final SearchIndex index;

	private final int limit;

	private final Map<CacheKey, SearchResults> cache;

	SearchService(JdbcTemplate jdbc, SearchIndex index, @Value("${portal.search.limit:500}") int limit,
			@Value("${portal.search.cache-size:500}") int cacheSize) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.index = index;
		this.limit = limit;
		this.cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<CacheKey, SearchResults> eldest) {
				return size() > cacheSize;
			}
		});
	}

	/** The most records a query ranks; {@link SearchResults#capped()} tells when more matched. */
	public int limit() {
		return limit;
	}

	@Transactional(readOnly = true)
	public SearchResults search(SearchQuery query) {
		String text = Folding.clean(query.text()).replaceAll("\\s+", " ").strip();
		if (text.isEmpty()) {
			return SearchResults.problem("search.empty");
		}
		if (text.length() > MAX_QUERY_LENGTH) {
			return SearchResults.problem("search.tooLong");
		}
		if (query.type() != null && !TYPE.matcher(query.type()).matches()) {
			return SearchResults.problem("search.noResults");
		}
		if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
			return SearchResults.problem("search.datesReversed");
		}
		CacheKey key = new CacheKey(text, query.type(), query.from(), query.to(), query.page(), index.generation());
		SearchResults cached = cache.get(key);
		if (cached != null) {
			return cached;
		}
		SearchResults results = run(text, query);
		cache.put(key, results);
		return results;
	}

	private SearchResults run(String text, SearchQuery query) {
		// Each query is planned for its own words: a generic plan cannot tell "đảng" from a rare name.
		jdbc.execute("set local plan_cache_mode = force_custom_plan");
		Words words = words(text);
		if (words.folded().isEmpty()) {
			return SearchResults.problem("search.noWords");
		}
		return find(text, query, words, widen(words.folded()), query.page());
	}

	private SearchResults find(String text, SearchQuery query, Words words, Map<String, List<String>> widened,
			int page) {
		Statement statement = statement(text, query, words, widened, page);
		// Whole document numbers first, so "18-NQ/TW" is marked as one.
		Set<String> marked = new LinkedHashSet<>(codes(text));
		marked.addAll(words.folded());
		widened.values().forEach(marked::addAll);
		long[] total = { 0 };
		List<Hit> hits = named.query(statement.sql(), statement.params(), (row, n) -> {
			total[0] = row.getLong("total");
			return hit(row, marked);
		});
		if (hits.isEmpty() && page > 1) {
			// Past the last page: say how many there are, from the first.
			SearchResults first = find(text, query, words, widened, 1);
			return new SearchResults(null, List.of(), first.total(), first.capped(), page, PAGE_SIZE,
					first.corrected());
		}
		boolean corrected = widened.values().stream().anyMatch((alternatives) -> !alternatives.isEmpty());
		return new SearchResults(null, hits, total[0], total[0] >= limit, page, PAGE_SIZE, corrected);
	}

	/** The plan PostgreSQL chooses for a query, for tests and for whoever checks the indexes are used. */
	@Transactional(readOnly = true)
	String explain(SearchQuery query) {
		jdbc.execute("set local plan_cache_mode = force_custom_plan");
		String text = Folding.clean(query.text()).replaceAll("\\s+", " ").strip();
		Words words = words(text);
		Statement statement = statement(text, query, words, widen(words.folded()), query.page());
		return String.join("\n", named.queryForList("explain " + statement.sql(), statement.params(), String.class));
	}

	private Statement statement(String text, SearchQuery query, Words words, Map<String, List<String>> widened,
			int page) {
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("q", allOf(words.folded(), widened))
			.addValue("any", anyOf(words.folded(), widened))
			.addValue("codes", String.join(SEPARATOR, codes(text)))
			.addValue("limit", limit)
			.addValue("size", PAGE_SIZE)
			.addValue("offset", (long) (page - 1) * PAGE_SIZE);
		StringBuilder filters = new StringBuilder();
		if (query.type() != null) {
			filters.append(" and type = :type");
			params.addValue("type", query.type());
		}
		if (query.from() != null) {
			filters.append(" and entry_date >= :from");
			params.addValue("from", query.from());
		}
		if (query.to() != null) {
			filters.append(" and entry_date <= :to");
			params.addValue("to", query.to());
		}
		String accentBonus = "";
		if (words.hasDiacritics()) {
			accentBonus = " + 10 * ts_rank(e.accented, cast(:accented as tsquery))";
			params.addValue("accented", anyOf(words.accented(), Map.of()));
		}
		// The candidates carry what ranking needs (all small, kept in the row), so only the page's
		// dozen rows are read again, by primary key, for their texts.
		String sql = """
				with pool as (
				    select id, entry_date, head, accented, exact_terms from search_entry
				    where document @@ cast(:q as tsquery) %1$s
				    order by entry_date desc nulls last, id desc
				    limit :limit
				), exact as (
				    select id, entry_date, head, accented, exact_terms from search_entry
				    where exact_terms && string_to_array(:codes, chr(31)) %1$s
				      and id not in (select id from pool)
				    limit :limit
				), ranked as (
				    select e.id, e.entry_date,
				           ts_rank_cd(e.head, cast(:q as tsquery), 1)
				           + 0.1 * ts_rank(e.head, cast(:any as tsquery), 1)%2$s
				           + case when e.exact_terms && string_to_array(:codes, chr(31)) then 10 else 0 end as score,
				           count(*) over () as total
				    from (select * from pool union all select * from exact) e
				)
				select r.total, r.score, e.type, e.ref_id, e.title, e.summary, e.body, e.path, e.entry_date
				from (select * from ranked order by score desc, entry_date desc nulls last, id desc
				      limit :size offset :offset) r
				join search_entry e on e.id = r.id
				order by r.score desc, r.entry_date desc nulls last, r.id desc
				""".formatted(filters, accentBonus);
		return new Statement(sql, params);
	}

	private static Hit hit(ResultSet row, Set<String> terms) throws SQLException {
		String summary = row.getString("summary");
		String body = row.getString("body");
		List<TextSegment> snippet = Highlighter.snippet(body, terms);
		if (snippet.isEmpty()) {
			snippet = Highlighter.snippet(summary, terms);
		}
		if (snippet.isEmpty()) {
			snippet = Highlighter.lead(summary.isBlank() ? body : summary);
		}
		java.sql.Date date = row.getDate("entry_date");
		return new Hit(row.getString("type"), row.getLong("ref_id"), row.getString("path"),
				date == null ? null : date.toLocalDate(), Highlighter.highlight(row.getString("title"), terms), snippet,
				row.getDouble("score"));
	}

	/** The query's words as the index holds them: folded, and lower-cased with the diacritics typed. */
	private Words words(String text) {
		return jdbc.queryForObject("""
				select tsvector_to_array(to_tsvector('simple', portal_fold(?))),
				       tsvector_to_array(to_tsvector('simple', ?))""", (row, n) -> {
			List<String> folded = strings(row.getArray(1));
			List<String> accented = strings(row.getArray(2));
			return new Words(folded.stream().limit(MAX_WORDS).toList(), accented.stream().limit(MAX_WORDS).toList(),
					!Folding.fold(text).equals(Folding.lower(text)));
		}, text, Folding.lower(text));
	}

	/**
	 * For each word the index does not know, the known words nearest to it by trigram
	 * similarity, best first: "chee" also looks for "che". Only when the query has a known word
	 * besides (or is a single word), so a string of unknown words finds nothing rather than
	 * whatever happens to look alike.
	 */
	private Map<String, List<String>> widen(List<String> folded) {
		Map<String, List<String>> widened = new LinkedHashMap<>();
		List<String> known = jdbc.queryForList(
				"select word from search_word where word = any(string_to_array(?, chr(31)))", String.class,
				String.join(SEPARATOR, folded));
		List<String> unknown = folded.stream()
			.filter((w) -> LETTERS.matcher(w).matches() && !known.contains(w))
			.toList();
		if (unknown.isEmpty() || (known.isEmpty() && folded.size() > 1)) {
			return widened;
		}
		jdbc.query("""
				select t.term, s.word from unnest(string_to_array(?, chr(31))) as t(term)
				cross join lateral (
				    select w.word from search_word w where w.word % t.term
				    order by similarity(w.word, t.term) desc, w.word limit 3) s""", (row) -> {
			widened.computeIfAbsent(row.getString(1), (t) -> new ArrayList<>()).add(row.getString(2));
		}, String.join(SEPARATOR, unknown));
		return widened;
	}

	/** Every word (or one of its alternatives) must occur. */
	static String allOf(List<String> words, Map<String, List<String>> widened) {
		return words.stream().map((word) -> {
			List<String> alternatives = widened.getOrDefault(word, List.of());
			if (alternatives.isEmpty()) {
				return quote(word);
			}
			List<String> all = new ArrayList<>(List.of(word));
			all.addAll(alternatives);
			return all.stream().map(SearchService::quote).collect(Collectors.joining(" | ", "(", ")"));
		}).collect(Collectors.joining(" & "));
	}

	/** Any of the words (or their alternatives). */
	static String anyOf(List<String> words, Map<String, List<String>> widened) {
		List<String> all = new ArrayList<>(words);
		widened.values().forEach(all::addAll);
		return all.stream().distinct().map(SearchService::quote).collect(Collectors.joining(" | "));
	}

	/** A lexeme as tsquery input: quoted, so no character of the reader's can be an operator. */
	static String quote(String lexeme) {
		return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	/** What could be a document number: each word as typed, and the whole query. */
	static List<String> codes(String text) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(Folding.code(text));
		Arrays.stream(text.split(" ")).map(Folding::code).filter((code) -> !code.isEmpty()).forEach(codes::add);
		return codes.stream().limit(MAX_WORDS).toList();
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return List.of((String[]) array.getArray());
	}

	record Statement(String sql, MapSqlParameterSource params) {
	}

	record Words(List<String> folded, List<String> accented, boolean hasDiacritics) {
	}

	record CacheKey(String text, String type, LocalDate from, LocalDate to, int page, long generation) {
	}

}
