package vn.tochuc.portal.platform;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.platform.ChildPortal.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged portal killed the hard way in the middle of a burst of saves, and started again
 * on the same data directory without anyone's help: every save that was answered with its
 * redirect is there, intact.
 *
 * <p>Round one kills the JVM alone with SIGKILL, as the OOM killer would: its PostgreSQL must
 * not outlive it for long (the watchdog stops it cleanly). Round two kills the JVM and the
 * postmaster together, as a power cut would: PostgreSQL recovers from its write-ahead log,
 * which holds every acknowledged commit because they reach the disk before the answer. While
 * the first portal runs, a second one on the same data directory is refused.
 */
class CrashRecoveryIT {

	private ChildPortal portal;

	@AfterEach
	void stopWhatIsLeft() throws IOException, InterruptedException {
		if (portal != null) {
			portal.close();
		}
	}

	@Test
	@Timeout(value = 600, unit = TimeUnit.SECONDS)
	void everyAcknowledgedSaveSurvivesAKilledPortalAndAKilledDatabase() throws Exception {
		portal = new ChildPortal("crash-it");
		Process first = portal.start("round1.log");
		Staff staff = Staff.logIn(portal.base());
		long categoryId = staff.createCategory("Công tác tổ chức");

		// Never two portals (and so never two postmasters) on one data directory.
		long postmaster = portal.postmasterPid().orElseThrow();
		Process intruder = portal.launchAnother("intruder.log");
		assertThat(intruder.waitFor(120, TimeUnit.SECONDS)).as("the second portal gives up").isTrue();
		assertThat(intruder.exitValue()).isNotZero();
		assertThat(Files.readString(portal.log("intruder.log"))).contains("in use by another running portal");
		assertThat(portal.postmasterPid()).as("the first portal's PostgreSQL is untouched").hasValue(postmaster);

		Map<Long, String> acknowledged = new LinkedHashMap<>();
		Burst firstBurst = Burst.start(staff, categoryId, "Vòng 1", acknowledged);
		firstBurst.awaitAtLeast(10);

		first.destroyForcibly(); // SIGKILL, in the middle of the burst
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		firstBurst.join();
		assertThat(exits(postmaster, 30)).as("the postmaster does not outlive its killed JVM for long").isTrue();

		Process second = portal.start("round2.log");
		assertThat(Files.readString(portal.log("round2.log"))).as("the watchdog shut it down cleanly")
			.contains("database system was shut down at");
		Staff again = Staff.logIn(portal.base());
		assertAllThere(again, acknowledged);

		Burst secondBurst = Burst.start(again, categoryId, "Vòng 2", acknowledged);
		secondBurst.awaitAtLeast(10);
		ProcessHandle postgres = ProcessHandle.of(portal.postmasterPid().orElseThrow()).orElseThrow();
		second.destroyForcibly(); // SIGKILL to both at once
		postgres.destroyForcibly();
		assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
		secondBurst.join();
		assertThat(exits(postgres.pid(), 30)).isTrue();

		Process third = portal.start("round3.log");
		assertThat(Files.readString(portal.log("round3.log"))).as("PostgreSQL recovered from its log")
			.contains("automatic recovery in progress");
		assertAllThere(Staff.logIn(portal.base()), acknowledged);

		third.destroy();
		assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
	}

	/** Each acknowledged article, with its title, lead and body, on its edit page. */
	private static void assertAllThere(Staff staff, Map<Long, String> acknowledged) throws Exception {
		Map<Long, String> expected;
		synchronized (acknowledged) {
			expected = new LinkedHashMap<>(acknowledged);
		}
		assertThat(expected).isNotEmpty();
		for (Map.Entry<Long, String> save : expected.entrySet()) {
			HttpResponse<String> page = staff.get("/admin/articles/" + save.getKey() + "/edit");
			assertThat(page.statusCode()).as("article %d", save.getKey()).isEqualTo(200);
			assertThat(HtmlUtils.htmlUnescape(page.body())).as("article %d", save.getKey())
				.contains(save.getValue(), "Sapo: " + save.getValue(), "Toàn tỉnh giảm 6.666 biên chế, đạt gần 8,1%.");
		}
	}

	private static boolean exits(long pid, int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
	}

	/**
	 * Saves one article after another (at most 200, at most 60 s) until the portal stops
	 * answering; only those answered with the redirect to their edit page are recorded.
	 */
	private static final class Burst extends Thread {

		private final Staff staff;

		private final long categoryId;

		private final String round;

		private final Map<Long, String> acknowledged;

		private int count;

		private Burst(Staff staff, long categoryId, String round, Map<Long, String> acknowledged) {
			super("save-burst-" + round);
			this.staff = staff;
			this.categoryId = categoryId;
			this.round = round;
			this.acknowledged = acknowledged;
			setDaemon(true);
		}

		static Burst start(Staff staff, long categoryId, String round, Map<Long, String> acknowledged) {
			Burst burst = new Burst(staff, categoryId, round, acknowledged);
			burst.start();
			return burst;
		}

		@Override
		public void run() {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			for (int n = 1; n <= 200 && System.nanoTime() < deadline; n++) {
				String title = round + ": bài lưu số " + n + " trước khi mất điện";
				try {
					Optional<Long> id = staff.saveArticle(staff.articleForm(categoryId, title));
					synchronized (acknowledged) {
						acknowledged.put(id.orElseThrow(), title);
						count++;
						acknowledged.notifyAll();
					}
				}
				catch (IOException | RuntimeException ex) {
					return; // the portal is gone: this save was never acknowledged
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		void awaitAtLeast(int saves) throws InterruptedException {
			long deadline = System.currentTimeMillis() + 60_000;
			synchronized (acknowledged) {
				while (count < saves && isAlive() && System.currentTimeMillis() < deadline) {
					acknowledged.wait(200);
				}
				assertThat(count).as("saves acknowledged in round " + round).isGreaterThanOrEqualTo(saves);
			}
		}

	}

}
