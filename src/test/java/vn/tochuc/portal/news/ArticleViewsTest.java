package vn.tochuc.portal.news;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;

/** View counts: counted in memory under concurrent readers, written in one batch, most read first. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ArticleViewsTest {

	@Autowired
	TestContent content;

	@Autowired
	ArticleViews views;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ArticleRepository articles;

	@LocalServerPort
	int port;

	long storedViews(Article article) {
		return jdbc.queryForList("select views from article_view where article_id = ?", Long.class, article.getId())
			.stream().findFirst().orElse(0L);
	}

	@Test
	void concurrentReadersAreAllCountedWithoutADatabaseWriteUntilTheFlush() throws Exception {
		Category category = content.category("Tin đọc nhiều " + System.nanoTime());
		Article article = content.published(category, "Kết quả tinh giản biên chế giai đoạn 2015 – 2021 " + System.nanoTime(),
				Instant.now());
		HttpClient http = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(
					URI.create("http://localhost:" + port + article.getPath())).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode()));
		}
		for (Future<Integer> answer : answers) {
			assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
		}
		pool.shutdown();

		assertThat(views.count(article.getId())).isEqualTo(120);
		assertThat(storedViews(article)).as("no database write per view").isZero();

		views.flush();
		assertThat(storedViews(article)).isEqualTo(120);
		assertThat(views.count(article.getId())).as("nothing counted twice after the flush").isEqualTo(120);
		views.flush();
		assertThat(storedViews(article)).as("a second flush adds nothing").isEqualTo(120);

		// A restart starts from the database: a fresh counter sees the same number.
		ArticleViews afterRestart = new ArticleViews(jdbc, transactions, articles);
		assertThat(afterRestart.count(article.getId())).isEqualTo(120);
	}

	@Test
	void viewsRecordedDuringAFlushAreKeptForTheNext() throws Exception {
		Category category = content.category("Tin đọc song song " + System.nanoTime());
		Article article = content.published(category, "Sắp xếp tổ chức bộ máy " + System.nanoTime(), Instant.now());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			work.add(pool.submit(() -> {
				for (int i = 0; i < 2_500; i++) {
					views.record(article.getId());
				}
			}));
		}
		for (int i = 0; i < 5; i++) {
			views.flush();
		}
		for (Future<?> done : work) {
			done.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		views.flush();
		assertThat(storedViews(article)).isEqualTo(10_000);
		assertThat(views.count(article.getId())).isEqualTo(10_000);
	}

	@Test
	void theMostReadBoxListsLiveArticlesMostReadFirstOnTheHomeAndArticlePages() throws Exception {
		Category category = content.category("Tin nổi bật " + System.nanoTime());
		Article first = content.published(category, "Bài được đọc nhiều nhất " + System.nanoTime(), Instant.now());
		Article second = content.published(category, "Bài được đọc nhiều thứ hai " + System.nanoTime(), Instant.now());
		for (int i = 0; i < 60_000; i++) {
			views.record(first.getId());
		}
		for (int i = 0; i < 50_000; i++) {
			views.record(second.getId());
		}
		views.flush();
		List<Article> mostRead = views.mostRead(5);
		assertThat(mostRead).extracting(Article::getId).startsWith(first.getId(), second.getId());

		HttpClient http = HttpClient.newHttpClient();
		for (String path : List.of("/", first.getPath())) {
			String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			String box = page.substring(page.indexOf("Đọc nhiều"));
			assertThat(box.indexOf(first.getTitle())).as(path).isPositive().isLessThan(box.indexOf(second.getTitle()));
		}
	}

}
