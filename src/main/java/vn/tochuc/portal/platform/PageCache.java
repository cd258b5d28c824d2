package vn.tochuc.portal.platform;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reader pages rendered once and served many times: the pages themselves (gzip-compressed),
 * keyed by path, query and language. Any committed change to public content (every feature
 * publishes {@link StaffAction}, {@link SearchableChanged} or {@link SearchableWithdrawn} when
 * staff change something) drops every page at once, so the next reader sees the change; a
 * page rendered from data read before that change is never stored, because each page carries
 * the generation it was started in. Only anonymous GET requests use it (see the filter in
 * {@code platform.web}); staff never see a cached page.
 */
@Component
public class PageCache {

	/** Request attribute holding what must still happen for every reader of a page (counters). */
	static final String ON_EVERY_VIEW = PageCache.class.getName() + ".onEveryView";

	private final PageCacheProperties properties;

	private final Clock clock;

	private final Map<Key, Page> pages = new ConcurrentHashMap<>();

	/** Pages being rendered right now: readers asking for one meanwhile wait for it instead of rendering it too. */
	private final Map<Key, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final AtomicLong storedBytes = new AtomicLong();

	private final AtomicLong hits = new AtomicLong();

	private final AtomicLong misses = new AtomicLong();

	public PageCache(PageCacheProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Something a page's controller does for every reader (a view or visit counted): it runs
	 * now and again each time the cached page is served.
	 */
	@SuppressWarnings("unchecked")
	public static void onEveryView(HttpServletRequest request, Consumer<HttpServletRequest> action) {
		action.accept(request);
		List<Consumer<HttpServletRequest>> actions = (List<Consumer<HttpServletRequest>>) request.getAttribute(ON_EVERY_VIEW);
		if (actions == null) {
			actions = new ArrayList<>(2);
			request.setAttribute(ON_EVERY_VIEW, actions);
		}
		actions.add(action);
	}

	@SuppressWarnings("unchecked")
	public static List<Consumer<HttpServletRequest>> everyViewActions(HttpServletRequest request) {
		List<Consumer<HttpServletRequest>> actions = (List<Consumer<HttpServletRequest>>) request.getAttribute(ON_EVERY_VIEW);
		return actions == null ? List.of() : List.copyOf(actions);
	}

	public boolean isEnabled() {
		return properties.enabled();
	}

	/** The generation a rendering starts in; pass it back to {@link #put}. */
	public long generation() {
		return generation.get();
	}

	/** The page, if one is kept for the key, is still fresh and no content changed since it was rendered. */
	public Page get(Key key) {
		Page page = pages.get(key);
		if (page == null || page.generation() != generation.get() || page.expiresAt() <= clock.millis()) {
			misses.incrementAndGet();
			return null;
		}
		hits.incrementAndGet();
		return page;
	}

	/**
	 * Claims the rendering of a page: null when the caller is the first and must render it (then
	 * call {@link #rendered}), otherwise the rendering already under way, to wait for.
	 */
	public CompletableFuture<Page> startRendering(Key key, CompletableFuture<Page> mine) {
		return rendering.putIfAbsent(key, mine);
	}

	/** Ends a claimed rendering: the page kept, or null when it was not kept (waiters render their own). */
	public void rendered(Key key, CompletableFuture<Page> mine, Page page) {
		rendering.remove(key, mine);
		mine.complete(page);
	}

	/**
	 * Keeps a page rendered in {@code startedIn}, unless content changed meanwhile or the memory
	 * budget is spent. Returns whether it was kept.
	 */
	public boolean put(Key key, byte[] gzipBody, int plainLength, List<Map.Entry<String, String>> headers,
			List<Consumer<HttpServletRequest>> onEveryView, long startedIn) {
		return store(key, gzipBody, plainLength, headers, onEveryView, startedIn) != null;
	}

	/** As {@link #put}, answering the page kept or null. */
	public Page store(Key key, byte[] gzipBody, int plainLength, List<Map.Entry<String, String>> headers,
			List<Consumer<HttpServletRequest>> onEveryView, long startedIn) {
		if (!properties.enabled() || plainLength > properties.maxPageSize().toBytes() || startedIn != generation.get()) {
			return null;
		}
		long now = clock.millis();
		if (storedBytes.get() + gzipBody.length > properties.maxSize().toBytes()) {
			dropExpired(now);
			if (storedBytes.get() + gzipBody.length > properties.maxSize().toBytes()) {
				return null;
			}
		}
		Page page = new Page(gzipBody, plainLength, List.copyOf(headers), List.copyOf(onEveryView),
				now - now % 1000, now + properties.timeToLive().toMillis(), startedIn);
		Page previous = pages.put(key, page);
		storedBytes.addAndGet(gzipBody.length - (previous == null ? 0 : previous.gzipBody().length));
		// A change committed while this page was being stored: it must not outlive that change.
		if (startedIn != generation.get()) {
			remove(key, page);
			return null;
		}
		return page;
	}

	/** Every page is dropped: the next reader of each gets it freshly rendered. */
	public void invalidateAll() {
		generation.incrementAndGet();
		for (Key key : pages.keySet()) {
			Page page = pages.get(key);
			if (page != null) {
				remove(key, page);
			}
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StaffAction action) {
		invalidateAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SearchableChanged change) {
		invalidateAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SearchableWithdrawn withdrawal) {
		invalidateAll();
	}

	public int size() {
		return pages.size();
	}

	public long storedBytes() {
		return storedBytes.get();
	}

	public long hits() {
		return hits.get();
	}

	public long misses() {
		return misses.get();
	}

	private void dropExpired(long now) {
		long current = generation.get();
		pages.forEach((key, page) -> {
			if (page.expiresAt() <= now || page.generation() != current) {
				remove(key, page);
			}
		});
	}

	private void remove(Key key, Page page) {
		if (pages.remove(key, page)) {
			storedBytes.addAndGet(-page.gzipBody().length);
		}
	}

	/**
	 * What identifies a page: path, query string, the reader's language, and whether it came over
	 * TLS (the kept headers include HSTS only then).
	 */
	public record Key(String path, String query, String language, boolean secure) {
	}

	/**
	 * A rendered page: its body gzip-compressed, the headers the application and Spring Security
	 * set (content type, caching, ETag, the security headers) and what must happen for every reader.
	 */
	public record Page(byte[] gzipBody, int plainLength, List<Map.Entry<String, String>> headers,
			List<Consumer<HttpServletRequest>> onEveryView, long lastModified, long expiresAt, long generation) {

		public String header(String name) {
			for (Map.Entry<String, String> header : headers) {
				if (header.getKey().equalsIgnoreCase(name)) {
					return header.getValue();
				}
			}
			return null;
		}

	}

}
