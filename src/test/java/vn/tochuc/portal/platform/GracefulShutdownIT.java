package vn.tochuc.portal.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.tochuc.portal.platform.ChildPortal.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged portal stopped with SIGTERM in the middle of a batch of saves: the save in
 * flight completes, the embedded PostgreSQL shuts down cleanly, and after a restart on the same
 * data directory every save that was acknowledged is there.
 */
class GracefulShutdownIT {

	private ChildPortal portal;

	@AfterEach
	void stopWhatIsLeft() throws IOException, InterruptedException {
		if (portal != null) {
			portal.close();
		}
	}

	@Test
	@Timeout(value = 400, unit = TimeUnit.SECONDS)
	void savesAcknowledgedBeforeSigtermSurviveTheRestart() throws Exception {
		portal = new ChildPortal("shutdown-it");
		Process first = portal.start("first-run.log");
		Staff staff = Staff.logIn(portal.base());
		long categoryId = staff.createCategory("Công tác tổ chức");

		// A save whose request is still arriving when SIGTERM comes.
		String inFlightTitle = "Bài đang gửi khi tắt máy";
		String form = staff.articleForm(categoryId, inFlightTitle);
		try (Socket inFlight = new Socket("127.0.0.1", URI.create(portal.base()).getPort())) {
			inFlight.setSoTimeout(60_000);
			OutputStream out = inFlight.getOutputStream();
			byte[] body = form.getBytes(StandardCharsets.US_ASCII);
			out.write(("POST /admin/articles HTTP/1.1\r\nHost: " + URI.create(portal.base()).getAuthority() + "\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n"
					+ "Cookie: " + staff.sessionCookie() + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body, 0, body.length / 2);
			out.flush();

			// The batch: one save after another until the portal stops answering.
			Map<Long, String> acknowledged = new LinkedHashMap<>();
			List<Throwable> refused = new CopyOnWriteArrayList<>();
			AtomicBoolean stopping = new AtomicBoolean();
			Thread batch = new Thread(() -> {
				for (int n = 1; n <= 400; n++) {
					String title = "Bài lưu số " + n + " trước khi tắt máy";
					try {
						Optional<Long> id = staff.saveArticle(staff.articleForm(categoryId, title));
						if (id.isEmpty()) {
							break;
						}
						synchronized (acknowledged) {
							acknowledged.put(id.get(), title);
						}
					}
					catch (IOException | RuntimeException ex) {
						refused.add(ex);
						if (stopping.get() || refused.size() >= 3) {
							break;
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						break;
					}
				}
			});
			batch.start();
			while (size(acknowledged) < 8 && batch.isAlive()) {
				Thread.sleep(50);
			}
			assertThat(size(acknowledged)).as("saves acknowledged before SIGTERM; refused: %s", refused)
				.isGreaterThanOrEqualTo(8);

			stopping.set(true);
			first.destroy(); // SIGTERM
			Thread.sleep(1_500);
			out.write(body, body.length / 2, body.length - body.length / 2);
			out.flush();
			String response = new String(inFlight.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(response).as("the answer to the save in flight").matches("(?s)HTTP/1\\.1 30[23] .*");
			Matcher location = ChildPortal.EDIT_PAGE.matcher(response);
			assertThat(location.find()).isTrue();
			long inFlightId = Long.parseLong(location.group(1));

			batch.join(60_000);
			assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("the portal exits after SIGTERM").isTrue();
			String firstLog = Files.readString(portal.log("first-run.log"));
			assertThat(firstLog).contains("Commencing graceful shutdown", "Graceful shutdown complete",
					"shut down postmaster");
			// The database goes down only once the web server has answered what it had (both lines
			// are written by the shutdown itself; the server's own output may be cut off at exit).
			assertThat(firstLog.indexOf("shut down postmaster"))
				.isGreaterThan(firstLog.indexOf("Graceful shutdown complete"));
			assertThat(firstLog).doesNotContain("Exception in thread");

			Process second = portal.start("second-run.log");
			assertThat(Files.readString(portal.log("second-run.log"))).contains("database system was shut down at")
				.doesNotContain("not properly shut down", "was interrupted", "automatic recovery");
			Staff again = Staff.logIn(portal.base());
			Map<Long, String> expected = new LinkedHashMap<>(acknowledged);
			expected.put(inFlightId, inFlightTitle);
			for (Map.Entry<Long, String> save : expected.entrySet()) {
				HttpResponse<String> page = again.get("/admin/articles/" + save.getKey() + "/edit");
				assertThat(page.statusCode()).as("article %d", save.getKey()).isEqualTo(200);
				assertThat(page.body()).contains(save.getValue());
			}
			second.destroy();
			assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
	}

	private static int size(Map<?, ?> map) {
		synchronized (map) {
			return map.size();
		}
	}

}
