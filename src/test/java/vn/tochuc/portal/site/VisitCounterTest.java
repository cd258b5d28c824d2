package vn.tochuc.portal.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The visit counter: in memory, flushed in batches, consistent while flushing, surviving restarts. */
@SpringBootTest
class VisitCounterTest {

	@Autowired
	VisitCounter visits;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	long stored() {
		return jdbc.queryForObject("select value from site_counter where name = 'visits'", Long.class);
	}

	@Test
	void concurrentVisitorsAreCountedInMemoryAndWrittenInOneBatch() throws Exception {
		visits.flush();
		long before = visits.totalVisits();
		long storedBefore = stored();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			int thread = t;
			work.add(pool.submit(() -> {
				for (int i = 0; i < 500; i++) {
					visits.record("visitor-" + thread + "-" + i);
					visits.record("visitor-" + thread + "-" + i); // the same visitor again: one visit
				}
			}));
		}
		// Flushes racing with the visitors never lose or double a visit, and the total never goes back.
		long seen = before;
		for (int i = 0; i < 20; i++) {
			visits.flush();
			long now = visits.totalVisits();
			assertThat(now).isGreaterThanOrEqualTo(seen);
			seen = now;
		}
		for (Future<?> done : work) {
			done.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(visits.totalVisits()).isEqualTo(before + 4_000);
		visits.flush();
		assertThat(stored()).isEqualTo(storedBefore + 4_000);
		assertThat(visits.totalVisits()).isEqualTo(before + 4_000);
		assertThat(visits.onlineNow()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aPageViewWritesNothingUntilTheFlushAndTheTotalSurvivesARestart() {
		visits.flush();
		long storedBefore = stored();
		visits.record("a-new-visitor-" + System.nanoTime());
		assertThat(stored()).as("no database write per page view").isEqualTo(storedBefore);
		visits.flush();
		assertThat(stored()).isEqualTo(storedBefore + 1);
		VisitCounter afterRestart = new VisitCounter(jdbc, clock);
		assertThat(afterRestart.totalVisits()).isEqualTo(visits.totalVisits()).isEqualTo(storedBefore + 1);
	}

}
