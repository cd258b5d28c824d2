package vn.tochuc.portal.site;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * "Thống kê" and "Online" for the page footer, counted in memory and written to the database
 * in batches, so a page view never costs a database write. A visit is a visitor not seen for
 * half an hour; "online" is the visitors seen in the last five minutes.
 */
@Component
public class VisitCounter {

	private static final Logger log = LoggerFactory.getLogger(VisitCounter.class);

	static final Duration VISIT_GAP = Duration.ofMinutes(30);

	static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);

	/** Beyond this many distinct visitors held in memory, the oldest half is forgotten early. */
	static final int MAX_TRACKED = 200_000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();

	private final AtomicLong stored = new AtomicLong();

	private final AtomicLong unsaved = new AtomicLong();

	/** "Online" is counted at most once per {@link #ONLINE_RECOUNT}, not on every page. */
	static final Duration ONLINE_RECOUNT = Duration.ofSeconds(15);

	private volatile long onlineCount = 1;

	private final Object flushing = new Object();

	private volatile long onlineCountedAt = Long.MIN_VALUE;

	VisitCounter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		Long total = jdbc.queryForObject("select coalesce(max(value), 0) from site_counter where name = 'visits'",
				Long.class);
		stored.set(total == null ? 0 : total);
	}

	/** Records a page view by a visitor (an opaque key, e.g. a hash of address and browser). */
	public void record(String visitorKey) {
		long now = clock.millis();
		Long previous = lastSeen.put(visitorKey, now);
		if (previous == null || now - previous > VISIT_GAP.toMillis()) {
			unsaved.incrementAndGet();
		}
	}

	/** Saved plus unsaved visits; read under the lock a flush moves counts with, so it never jumps back. */
	public synchronized long totalVisits() {
		return stored.get() + unsaved.get();
	}

	public long onlineNow() {
		long now = clock.millis();
		if (now - onlineCountedAt >= ONLINE_RECOUNT.toMillis() || now < onlineCountedAt) {
			long since = now - ONLINE_WINDOW.toMillis();
			onlineCount = Math.max(1, lastSeen.values().stream().filter((seen) -> seen >= since).count());
			onlineCountedAt = now;
		}
		return onlineCount;
	}

	/**
	 * Adds the visits counted since the last flush to the database in one statement. Visits
	 * recorded while the statement runs stay pending for the next flush.
	 */
	@Scheduled(fixedDelayString = "${portal.visits.flush-interval:30s}")
	public void flush() {
		synchronized (flushing) {
			flushPending();
		}
		forgetOldVisitors();
	}

	private void flushPending() {
		long pending = unsaved.get();
		if (pending > 0) {
			try {
				jdbc.update("update site_counter set value = value + ? where name = 'visits'", pending);
				synchronized (this) {
					stored.addAndGet(pending);
					unsaved.addAndGet(-pending);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not save the visit counter; will retry", ex);
			}
		}
	}

	@PreDestroy
	void flushOnShutdown() {
		flush();
	}

	private void forgetOldVisitors() {
		long cutoff = clock.millis() - VISIT_GAP.toMillis();
		lastSeen.values().removeIf((seen) -> seen < cutoff);
		if (lastSeen.size() > MAX_TRACKED) {
			long median = lastSeen.values().stream().sorted().skip(lastSeen.size() / 2).findFirst().orElse(cutoff);
			lastSeen.values().removeIf((seen) -> seen < median);
		}
	}

}
