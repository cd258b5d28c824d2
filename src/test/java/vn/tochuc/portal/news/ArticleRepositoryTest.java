package vn.tochuc.portal.news;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.UserAccount;
import vn.tochuc.portal.platform.database.EmbeddedPostgresAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Reader queries against the embedded PostgreSQL, with the statements they cost counted. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ArticleRepositoryTest {

	@Autowired
	ArticleRepository articles;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Category first;

	Category second;

	UserAccount owner;

	@BeforeEach
	void setUp() {
		owner = new UserAccount("nguoiviet", "{noop}x", "Người viết", Role.EDITOR);
		entityManager.persist(owner);
		first = new Category("cong-tac-to-chuc", "Công tác tổ chức", null, 1, true);
		second = new Category("xay-dung-dang", "Xây dựng Đảng", null, 2, true);
		entityManager.persist(first);
		entityManager.persist(second);
	}

	@Test
	void liveListsHoldOnlyPublishedArticlesNewestFirst() {
		Article old = live(first, "Bài cũ", Instant.parse("2019-01-01T00:00:00Z"));
		Article recent = live(first, "Bài mới", Instant.parse("2024-01-01T00:00:00Z"));
		draft(first, "Bản nháp");
		flushAndClear();

		Page<Article> page = articles.findLiveInCategory(first, PageRequest.of(0, 10));
		assertThat(page.getContent()).extracting(Article::getId).containsExactly(recent.getId(), old.getId());
		assertThat(page.getTotalElements()).isEqualTo(2);
		assertThat(articles.findLiveBySlug("ban-nhap")).isEmpty();
		assertThat(articles.findLiveBySlug(recent.getSlug())).isPresent();
	}

	@Test
	void aListPageCostsTheSameStatementsForTenOrFiftyArticles() {
		for (int i = 0; i < 50; i++) {
			live(i % 2 == 0 ? first : second, "Bài " + i, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i));
		}
		flushAndClear();
		long forTen = statementsFor(() -> articles.findNewestLive(PageRequest.of(0, 10))
			.forEach((a) -> a.getCategory().getName()));
		long forFifty = statementsFor(() -> articles.findNewestLive(PageRequest.of(0, 50))
			.forEach((a) -> a.getCategory().getName()));
		// One statement: the articles with their categories, and no count of every live article.
		assertThat(forFifty).isEqualTo(forTen).isEqualTo(1);
	}

	@Test
	void homeBlocksTakeTheNewestFewOfEachCategoryInOneStatement() {
		for (int i = 0; i < 8; i++) {
			live(first, "Tổ chức " + i, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i));
			live(second, "Xây dựng " + i, Instant.parse("2023-01-01T00:00:00Z").plusSeconds(i));
		}
		flushAndClear();
		List<Long> ids = articles.findNewestLiveIdsPerCategory(List.of(first.getId(), second.getId()), 3);
		assertThat(ids).hasSize(6);
		Map<Long, List<Article>> grouped = articles.findWithCategoryAndCover(ids).stream()
			.collect(java.util.stream.Collectors.groupingBy((a) -> a.getCategory().getId()));
		assertThat(grouped.get(first.getId())).extracting(Article::getTitle)
			.containsExactlyInAnyOrder("Tổ chức 7", "Tổ chức 6", "Tổ chức 5");
	}

	private long statementsFor(Runnable work) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		work.run();
		long count = statistics.getPrepareStatementCount();
		flushAndClear();
		return count;
	}

	private Article live(Category category, String title, Instant publishedAt) {
		Article article = draft(category, title);
		article.setPublishedAt(publishedAt);
		article.moveTo(ArticleStatus.PUBLISHED, publishedAt);
		return article;
	}

	private Article draft(Category category, String title) {
		Article article = new Article(vn.tochuc.portal.platform.Slugs.slugify(title), owner, Instant.now());
		article.apply(new ArticleContent(title, "Sapo", "<p>Nội dung</p>", category.getId(), null, null, null, null,
				false), category, null, owner.getId(), Instant.now());
		entityManager.persist(article);
		return article;
	}

	private void flushAndClear() {
		entityManager.flush();
		entityManager.clear();
	}

}
