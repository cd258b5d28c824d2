package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tochuc.portal.PortalApplication;
import vn.tochuc.portal.accounts.UserAccountRepository;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.media.MediaItemRepository;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleRevisionRepository;
import vn.tochuc.portal.news.ArticleService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is built only by Flyway, from nothing and over a database that the previous release
 * filled. Each test gets a database of its own and starts the whole portal on it, the way an
 * upgrade happens: the portal migrates on start, then Hibernate validates the result.
 */
class MigrationTest {

	/**
	 * The schema of the release before reader comments, view counts and the about pages
	 * (V14–V16): the newest migrations must carry its rows over.
	 */
	static final String PREVIOUS_RELEASE = "12";

	private EmbeddedPostgresServer server;

	private DriverManagerDataSource dataSource;

	@BeforeEach
	void freshDatabase() {
		server = EmbeddedPostgresServer.ephemeral(java.util.Map.of());
		dataSource = new DriverManagerDataSource(server.jdbcUrl(), server.username(), "");
	}

	@AfterEach
	void dropServer() throws IOException {
		server.close();
	}

	@Test
	void anEmptyDatabaseIsMigratedFromScratch() throws IOException {
		assertThat(new JdbcTemplate(dataSource).queryForObject(
				"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", Integer.class))
			.isZero();
		try (ConfigurableApplicationContext portal = startPortal()) {
			Flyway flyway = portal.getBean(Flyway.class);
			MigrationInfo[] applied = flyway.info().applied();
			assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
			assertThat(applied).hasSize(migrationFiles());
			assertThat(flyway.info().current().getVersion()).isEqualTo(newestMigration());
			assertThat(flyway.info().pending()).isEmpty();
			// The first administrator could be written into the fresh schema.
			assertThat(portal.getBean(UserAccountRepository.class).findByUsernameIgnoreCase("admin")).isPresent();
		}
	}

	@Test
	void thePreviousReleasesRowsSurviveTheUpgrade() {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.target(MigrationVersion.fromVersion(PREVIOUS_RELEASE))
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("SELECT max(version::int) FROM flyway_schema_history", Integer.class))
			.isEqualTo(Integer.parseInt(PREVIOUS_RELEASE));
		fillAsThePreviousReleaseDid(jdbc);
		Map<String, Long> before = countRows(jdbc);

		try (ConfigurableApplicationContext portal = startPortal()) {
			assertThat(portal.getBean(Flyway.class).info().current().getVersion()).isEqualTo(newestMigration());
			assertThat(countRows(jdbc)).isEqualTo(before);
			TransactionTemplate tx = portal.getBean(TransactionTemplate.class);
			tx.executeWithoutResult((status) -> readBackThroughTheRepositories(portal));
			// The tables the upgrade added work on the old rows.
			Long articleId = jdbc.queryForObject("SELECT id FROM article WHERE slug = 'so-ket-cong-tac-to-chuc-6-thang'",
					Long.class);
			jdbc.update("INSERT INTO article_view (article_id, views) VALUES (?, 17)", articleId);
			assertThat(jdbc.queryForObject("SELECT views FROM article_view WHERE article_id = ?", Long.class, articleId))
				.isEqualTo(17);
		}
	}

	private void readBackThroughTheRepositories(ConfigurableApplicationContext portal) {
		assertThat(portal.getBean(UserAccountRepository.class).findByUsernameIgnoreCase("bientap"))
			.hasValueSatisfying((user) -> assertThat(user.getDisplayName()).isEqualTo("Nguyễn Thị Hương"));

		Article article = portal.getBean(ArticleService.class).findLive("so-ket-cong-tac-to-chuc-6-thang").orElseThrow();
		assertThat(article.getTitle()).isEqualTo("Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm");
		assertThat(article.getBody()).contains("6.666 biên chế", "8,1%");
		assertThat(article.getCategory().getName()).isEqualTo("Công tác tổ chức");
		assertThat(article.getCover().getCaption()).isEqualTo("Quang cảnh hội nghị tại điểm cầu tỉnh");
		assertThat(portal.getBean(ArticleRevisionRepository.class).findHistory(article.getId())).hasSize(2);
		assertThat(portal.getBean(ArticleService.class).currentPathOfOldSlug("so-ket-6-thang")).isPresent();
		assertThat(portal.getBean(ArticleService.class).findLive("ban-nhap-chua-dang")).isEmpty();

		assertThat(portal.getBean(MediaItemRepository.class).findByStorageKey("2024/07/hoi-nghi-so-ket.jpg"))
			.hasValueSatisfying((media) -> assertThat(media.getCaption()).isEqualTo("Quang cảnh hội nghị tại điểm cầu tỉnh"));

		Meeting meeting = portal.getBean(MeetingService.class).findBySlug("hoi-nghi-truc-tuyen-so-ket-6-thang")
			.orElseThrow();
		assertThat(meeting.getBridgePoints()).isEqualTo(21);
		assertThat(meeting.getChairs()).extracting("fullName").containsExactly("Lê Quang Huy");

		PartyDocument document = portal.getBean(DocumentService.class).findPublic("nghi-quyet-18-nq-tw").orElseThrow();
		assertThat(document.getNumber()).isEqualTo(18);
		assertThat(document.getSymbol()).isEqualTo("NQ/TW");
	}

	/** Plain SQL against the previous schema, the way that release stored its content. */
	private static void fillAsThePreviousReleaseDid(JdbcTemplate jdbc) {
		jdbc.update("""
				INSERT INTO app_user (username, password_hash, display_name, role) VALUES
				  ('quantri', '{noop}mat-khau-quantri-1', 'Trần Văn Minh', 'ADMIN'),
				  ('bientap', '{noop}mat-khau-bientap-1', 'Nguyễn Thị Hương', 'EDITOR'),
				  ('phongvien', '{noop}mat-khau-phongvien-1', 'Mai Hương', 'AUTHOR')""");
		jdbc.update("""
				INSERT INTO category (slug, name, description, position) VALUES
				  ('cong-tac-to-chuc', 'Công tác tổ chức', 'Tin công tác tổ chức xây dựng Đảng', 1),
				  ('tinh-gian-bien-che', 'Tinh giản biên chế', 'Sắp xếp tổ chức bộ máy', 2)""");
		jdbc.update("""
				INSERT INTO media_item (storage_key, content_type, size_bytes, width, height, original_name, caption,
				                        alt_text, credit, uploaded_by, variant_widths)
				SELECT '2024/07/hoi-nghi-so-ket.jpg', 'image/jpeg', 245760, 1600, 900, 'hoi-nghi.jpg',
				       'Quang cảnh hội nghị tại điểm cầu tỉnh', 'Hội trường hội nghị', 'Cảnh Toàn', id, '480,960'
				FROM app_user WHERE username = 'phongvien'""");
		jdbc.update("""
				INSERT INTO article (slug, title, summary, body, category_id, byline, source, status, cover_media_id,
				                     published_at, owner_id, updated_by)
				SELECT 'so-ket-cong-tac-to-chuc-6-thang', 'Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm',
				       'Hội nghị trực tuyến đến 21 điểm cầu.',
				       '<p>Từ 2015 – 2018 toàn tỉnh giảm 6.666 biên chế, đạt gần 8,1%.</p>',
				       c.id, 'Mai Hương – Cảnh Toàn', 'baonghean.vn', 'PUBLISHED', m.id,
				       timestamptz '2024-07-10 12:27:00+00', u.id, u.id
				FROM category c, media_item m, app_user u
				WHERE c.slug = 'cong-tac-to-chuc' AND u.username = 'phongvien'""");
		jdbc.update("""
				INSERT INTO article (slug, title, body, category_id, status, owner_id, updated_by)
				SELECT 'ban-nhap-chua-dang', 'Bản nháp chưa đăng', '<p>Đang viết.</p>', c.id, 'DRAFT', u.id, u.id
				FROM category c, app_user u WHERE c.slug = 'tinh-gian-bien-che' AND u.username = 'phongvien'""");
		jdbc.update("""
				INSERT INTO article_revision (article_id, kind, status_after, title, summary, body, category_id, byline,
				                              created_by, created_at)
				SELECT a.id, k.kind, k.status, a.title, a.summary, a.body, a.category_id, a.byline, a.owner_id, k.at
				FROM article a,
				     (VALUES ('SUBMIT', 'PENDING', timestamptz '2024-07-10 10:00:00+00'),
				             ('PUBLISH', 'PUBLISHED', timestamptz '2024-07-10 12:27:00+00')) AS k (kind, status, at)
				WHERE a.slug = 'so-ket-cong-tac-to-chuc-6-thang'""");
		jdbc.update("""
				INSERT INTO article_slug_history (slug, article_id)
				SELECT 'so-ket-6-thang', id FROM article WHERE slug = 'so-ket-cong-tac-to-chuc-6-thang'""");
		jdbc.update("INSERT INTO person (full_name, title) VALUES ('Lê Quang Huy', 'Trưởng Ban Tổ chức Tỉnh ủy')");
		jdbc.update("INSERT INTO organisation (name) VALUES ('Huyện ủy Kỳ Sơn')");
		jdbc.update("""
				INSERT INTO meeting (slug, title, kind, starts_at, ends_at, place, format, bridge_points, organiser,
				                     summary, status)
				VALUES ('hoi-nghi-truc-tuyen-so-ket-6-thang', 'Hội nghị trực tuyến sơ kết công tác 6 tháng đầu năm',
				        'MID_YEAR_REVIEW', timestamptz '2024-07-10 01:30:00+00', timestamptz '2024-07-10 05:00:00+00',
				        'Hội trường Tỉnh ủy', 'HYBRID', 21, 'Ban Tổ chức Tỉnh ủy',
				        'Sơ kết công tác tổ chức xây dựng Đảng.', 'HELD')""");
		jdbc.update("""
				INSERT INTO meeting_chair (meeting_id, position, person_id)
				SELECT m.id, 0, p.id FROM meeting m, person p WHERE p.full_name = 'Lê Quang Huy'""");
		jdbc.update("""
				INSERT INTO meeting_attendee (meeting_id, organisation_id)
				SELECT m.id, o.id FROM meeting m, organisation o""");
		jdbc.update("""
				INSERT INTO party_document (slug, type, number, symbol, issuer, term, plenum, issued_on, title, summary,
				                            status)
				VALUES ('nghi-quyet-18-nq-tw', 'RESOLUTION', 18, 'NQ/TW', 'CENTRAL_COMMITTEE', 12, 6, date '2017-10-25',
				        'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị',
				        'Tinh gọn, hoạt động hiệu lực, hiệu quả.', 'IN_FORCE')""");
		jdbc.update("UPDATE site_counter SET value = 1983610 WHERE name = 'visits'");
	}

	private static Map<String, Long> countRows(JdbcTemplate jdbc) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String table : new String[] { "app_user", "category", "media_item", "article", "article_revision",
				"article_slug_history", "person", "organisation", "meeting", "meeting_chair", "meeting_attendee",
				"party_document", "website_link" }) {
			counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
		}
		counts.put("visits", jdbc.queryForObject("SELECT value FROM site_counter WHERE name = 'visits'", Long.class));
		return counts;
	}

	private ConfigurableApplicationContext startPortal() {
		return new SpringApplicationBuilder(PortalApplication.class)
			.properties(Map.of("spring.datasource.url", server.jdbcUrl(), "spring.datasource.username",
					server.username(), "spring.datasource.password", "", "portal.demo-data", "false",
					"spring.datasource.hikari.maximum-pool-size", "3", "server.port", "0"))
			.run();
	}

	private static Resource[] migrations() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
	}

	private static int migrationFiles() throws IOException {
		return migrations().length;
	}

	private static MigrationVersion newestMigration() {
		try {
			Pattern version = Pattern.compile("V(\\d+)__.*");
			return Arrays.stream(migrations())
				.map(Resource::getFilename)
				.map(version::matcher)
				.filter(Matcher::matches)
				.map((m) -> Integer.parseInt(m.group(1)))
				.max(Integer::compare)
				.map((v) -> MigrationVersion.fromVersion(String.valueOf(v)))
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
