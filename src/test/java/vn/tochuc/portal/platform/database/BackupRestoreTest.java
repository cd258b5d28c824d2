package vn.tochuc.portal.platform.database;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CoverUpload;
import vn.tochuc.portal.news.EditorAction;
import vn.tochuc.portal.news.EditorCommand;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup restored into a fresh database and an empty media directory holds every row of every
 * table (articles, revisions, meetings, documents, accounts …) and every image file. The test
 * has a database of its own (its own context), so the records it writes stay out of the others'.
 */
@SpringBootTest(properties = "portal.test.context=backup")
class BackupRestoreTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestContent content;

	@Autowired
	ArticleService articles;

	@Autowired
	PortalProperties properties;

	@TempDir
	Path temp;

	private EmbeddedPostgresServer fresh;

	@AfterEach
	void dropFreshDatabase() throws IOException {
		if (fresh != null) {
			fresh.close();
		}
	}

	@Test
	void aRestoredBackupHoldsEveryRowAndEveryImage() throws Exception {
		Category category = content.category("Công tác tổ chức " + System.nanoTime());
		Article withPhoto = articles.create(TestContent.content(category, "Hội nghị trực tuyến đến 21 điểm cầu"), photo(),
				EditorCommand.of(EditorAction.PUBLISH), content.admin());
		Article published = content.published(category, "Sơ kết 6 tháng: giảm 6.666 biên chế, đạt gần 8,1%",
				Instant.parse("2024-07-10T12:27:00Z"));
		content.rename(published, "Sơ kết công tác tổ chức 6 tháng đầu năm");
		content.draft(category, "Bản nháp chưa đăng");
		recordsOfEveryKind();

		Path backup = temp.resolve("backup");
		DatabaseBackup.Summary saved = DatabaseBackup.backup(dataSource, properties.mediaDir(), backup);
		assertThat(saved.rows()).containsKeys("article", "article_revision", "media_item", "meeting", "party_document",
				"app_user", "audit_event");
		assertThat(saved.rows()).doesNotContainKey("flyway_schema_history");

		fresh = EmbeddedPostgresServer.ephemeral(java.util.Map.of());
		DriverManagerDataSource restored = new DriverManagerDataSource(fresh.jdbcUrl(), fresh.username(), "");
		Path restoredMedia = temp.resolve("restored-media");
		DatabaseBackup.restore(restored, backup, restoredMedia);

		JdbcTemplate target = new JdbcTemplate(restored);
		assertThat(fingerprints(target)).isEqualTo(fingerprints(jdbc)).containsKeys("article", "meeting");
		assertThat(target.queryForObject("SELECT title FROM article WHERE id = ?", String.class, withPhoto.getId()))
			.isEqualTo("Hội nghị trực tuyến đến 21 điểm cầu");
		assertThat(target.queryForObject("SELECT count(*) FROM article_slug_history WHERE article_id = ?", Long.class,
				published.getId()))
			.isEqualTo(1);

		// Every image the database knows of, the original and its sizes, with the same bytes.
		List<Map<String, Object>> media = target.queryForList("SELECT storage_key, variant_widths FROM media_item");
		assertThat(media).isNotEmpty();
		for (Map<String, Object> item : media) {
			String key = (String) item.get("storage_key");
			assertSameFile(key, restoredMedia);
			String widths = (String) item.get("variant_widths");
			if (widths != null && !widths.isBlank()) {
				for (String width : widths.split(",")) {
					assertSameFile(variantKey(key, width.trim()), restoredMedia);
				}
			}
		}

		// The restored schema is Flyway's own, and new rows get new ids.
		assertThat(Flyway.configure().dataSource(restored).locations("classpath:db/migration").load()
			.validateWithResult().validationSuccessful).isTrue();
		Long next = target.queryForObject("INSERT INTO category (slug, name) VALUES ('moi', 'Mới') RETURNING id",
				Long.class);
		assertThat(next).isGreaterThan(target.queryForObject("SELECT max(id) FROM category WHERE slug <> 'moi'",
				Long.class));
	}

	@Test
	void aRestoreRefusesADatabaseThatIsInUse() throws Exception {
		Path backup = temp.resolve("backup");
		DatabaseBackup.backup(dataSource, properties.mediaDir(), backup);
		assertThatThrownBy(() -> DatabaseBackup.restore(dataSource, backup, temp.resolve("media")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not empty");
	}

	/** "2024/07/x.jpg" at 480 pixels is "2024/07/x-w480.jpg". */
	private static String variantKey(String key, String width) {
		int dot = key.lastIndexOf('.');
		return key.substring(0, dot) + "-w" + width + key.substring(dot);
	}

	private void assertSameFile(String key, Path restoredMedia) throws IOException {
		Path original = properties.mediaDir().resolve(key);
		Path copy = restoredMedia.resolve(key);
		assertThat(copy).as(key).exists();
		assertThat(Files.mismatch(original, copy)).as(key).isEqualTo(-1L);
	}

	private void recordsOfEveryKind() {
		jdbc.update("INSERT INTO person (full_name, title) VALUES ('Lê Quang Huy', 'Trưởng Ban Tổ chức Tỉnh ủy')");
		jdbc.update("""
				INSERT INTO meeting (slug, title, kind, starts_at, ends_at, place, format, bridge_points, organiser,
				                     summary, status)
				VALUES ('hoi-nghi-so-ket-6-thang-sao-luu', 'Hội nghị trực tuyến sơ kết 6 tháng', 'MID_YEAR_REVIEW',
				        timestamptz '2024-07-10 01:30:00+00', timestamptz '2024-07-10 05:00:00+00', 'Hội trường Tỉnh ủy',
				        'HYBRID', 21, 'Ban Tổ chức Tỉnh ủy', 'Sơ kết công tác tổ chức xây dựng Đảng.', 'HELD')""");
		jdbc.update("""
				INSERT INTO meeting_chair (meeting_id, position, person_id)
				SELECT m.id, 0, p.id FROM meeting m, person p
				WHERE m.slug = 'hoi-nghi-so-ket-6-thang-sao-luu' AND p.full_name = 'Lê Quang Huy'""");
		jdbc.update("""
				INSERT INTO party_document (slug, type, number, symbol, issuer, term, plenum, issued_on, title, summary,
				                            status)
				VALUES ('nghi-quyet-18-nq-tw-sao-luu', 'RESOLUTION', 18, 'NQ/TW-SL', 'CENTRAL_COMMITTEE', 12, 6,
				        date '2017-10-25', 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy',
				        'Tinh gọn, hoạt động hiệu lực, hiệu quả.', 'IN_FORCE')""");
	}

	/** Per table, its row count and a digest of all its rows in a fixed order. */
	private static Map<String, String> fingerprints(JdbcTemplate jdbc) {
		Map<String, String> fingerprints = new TreeMap<>();
		List<String> tables = jdbc.queryForList("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
				  AND table_name <> 'flyway_schema_history'""", String.class);
		for (String table : tables) {
			fingerprints.put(table, jdbc.queryForObject(
					"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
							+ table + " t",
					String.class));
		}
		return fingerprints;
	}

	private static CoverUpload photo() throws IOException {
		BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(200, 30, 30));
		graphics.fillRect(0, 0, 1600, 900);
		graphics.setColor(Color.YELLOW);
		graphics.fillOval(700, 350, 200, 200);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return new CoverUpload(out.toByteArray(), "hoi-nghi.jpg");
	}

}
