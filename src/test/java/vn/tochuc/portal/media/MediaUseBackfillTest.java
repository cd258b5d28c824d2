package vn.tochuc.portal.media;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.tochuc.portal.platform.database.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade that brings media uses (V18) finds the uses of the content already there: covers,
 * pictures and files named in rich text (also resized copies and absolute addresses), changes
 * waiting on a working copy, document files, leaders' photos and the banner; readers keep seeing
 * exactly what live content shows.
 */
class MediaUseBackfillTest {

	/** The schema before media uses. */
	static final String BEFORE_MEDIA_USES = "16";

	static final String COVER = "2024/07/11111111-1111-4111-8111-111111111111.jpg";

	static final String IN_BODY = "2024/07/22222222-2222-4222-8222-222222222222.png";

	static final String RESIZED_IN_BODY = "2024/07/33333333-3333-4333-8333-333333333333.jpg";

	static final String LINKED_PDF = "2024/08/44444444-4444-4444-8444-444444444444.pdf";

	static final String DRAFT_PICTURE = "2024/08/55555555-5555-4555-8555-555555555555.jpg";

	static final String TRASHED_COVER = "2024/08/66666666-6666-4666-8666-666666666666.jpg";

	static final String WORKING_COPY_PICTURE = "2024/09/77777777-7777-4777-8777-777777777777.jpg";

	static final String DOCUMENT_PDF = "2024/09/88888888-8888-4888-8888-888888888888.pdf";

	static final String TRASHED_DOCUMENT_PDF = "2024/09/99999999-9999-4999-8999-999999999999.pdf";

	static final String ABOUT_PICTURE = "2024/10/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa.png";

	static final String LEADER_PHOTO = "2024/10/bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb.jpg";

	static final String BANNER = "2024/10/cccccccc-cccc-4ccc-8ccc-cccccccccccc.png";

	static final String UNUSED = "2024/10/dddddddd-dddd-4ddd-8ddd-dddddddddddd.png";

	private EmbeddedPostgresServer server;

	private JdbcTemplate jdbc;

	private DriverManagerDataSource dataSource;

	@BeforeEach
	void databaseOfThePreviousRelease() {
		server = EmbeddedPostgresServer.ephemeral(Map.of());
		dataSource = new DriverManagerDataSource(server.jdbcUrl(), server.username(), "");
		jdbc = new JdbcTemplate(dataSource);
		flyway().target(MigrationVersion.fromVersion(BEFORE_MEDIA_USES)).load().migrate();
	}

	@AfterEach
	void dropServer() throws IOException {
		server.close();
	}

	org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
	}

	@Test
	void everyUseOfTheContentAlreadyThereIsFoundWithWhatReadersSee() {
		fill();
		flyway().load().migrate();

		Map<String, String> uses = new TreeMap<>();
		jdbc.query("""
				SELECT m.storage_key, u.owner_kind, u.shown_to_readers FROM media_use u JOIN media_item m ON m.id = u.media_id
				""", (row) -> {
			uses.merge(row.getString(1), row.getString(2) + (row.getBoolean(3) ? " shown" : " held"),
					(a, b) -> a + ", " + b);
		});
		assertThat(uses).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
				Map.entry(COVER, "article shown"),
				Map.entry(IN_BODY, "article shown"),
				Map.entry(RESIZED_IN_BODY, "article shown"),
				Map.entry(LINKED_PDF, "article shown"),
				Map.entry(DRAFT_PICTURE, "article held"),
				Map.entry(TRASHED_COVER, "article held"),
				Map.entry(WORKING_COPY_PICTURE, "article held"),
				Map.entry(DOCUMENT_PDF, "document shown"),
				Map.entry(TRASHED_DOCUMENT_PDF, "document held"),
				Map.entry(ABOUT_PICTURE, "about-page shown"),
				Map.entry(LEADER_PHOTO, "about-leader shown"),
				Map.entry(BANNER, "banner shown")));
		assertThat(uses).doesNotContainKey(UNUSED);
		// The live article holds its cover, its two pictures and the PDF it links to, each once.
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM media_use u JOIN article a ON a.id = u.owner_id
				WHERE u.owner_kind = 'article' AND a.slug = 'bai-da-dang'""", Long.class)).isEqualTo(4);
	}

	@Test
	void anItemBothLiveAndInAWorkingCopyIsShown() {
		fill();
		// the working copy of the live article uses its cover too
		jdbc.update("""
				UPDATE article_revision SET cover_media_id = (SELECT id FROM media_item WHERE storage_key = ?)
				WHERE id = (SELECT working_revision_id FROM article WHERE slug = 'bai-co-ban-sua')""", COVER);
		flyway().load().migrate();
		assertThat(jdbc.queryForList("""
				SELECT u.shown_to_readers FROM media_use u JOIN media_item m ON m.id = u.media_id
				WHERE m.storage_key = ?""", Boolean.class, COVER)).containsExactlyInAnyOrder(true, false);
		assertThat(jdbc.queryForObject("""
				SELECT u.shown_to_readers FROM media_use u JOIN media_item m ON m.id = u.media_id
				JOIN article a ON a.id = u.owner_id AND u.owner_kind = 'article'
				WHERE m.storage_key = ? AND a.slug = 'bai-co-ban-sua'""", Boolean.class, COVER)).isFalse();
	}

	/** Plain SQL against the schema before media uses, the way that release stored its content. */
	private void fill() {
		jdbc.update("""
				INSERT INTO app_user (username, password_hash, display_name, role)
				VALUES ('phongvien', '{noop}mat-khau-phongvien-1', 'Mai Hương', 'AUTHOR')""");
		jdbc.update("INSERT INTO category (slug, name) VALUES ('cong-tac-to-chuc', 'Công tác tổ chức')");
		for (String key : List.of(COVER, IN_BODY, RESIZED_IN_BODY, LINKED_PDF, DRAFT_PICTURE, TRASHED_COVER,
				WORKING_COPY_PICTURE, DOCUMENT_PDF, TRASHED_DOCUMENT_PDF, ABOUT_PICTURE, LEADER_PHOTO, BANNER, UNUSED)) {
			jdbc.update("""
					INSERT INTO media_item (storage_key, content_type, size_bytes, original_name, uploaded_by)
					SELECT ?, ?, 1000, 'tep', id FROM app_user WHERE username = 'phongvien'""", key,
					key.endsWith(".pdf") ? "application/pdf" : key.endsWith(".png") ? "image/png" : "image/jpeg");
		}
		String body = "<p>Toàn cảnh.</p><figure class=\"image\"><img src=\"/media/" + IN_BODY + "\" alt=\"\"></figure>"
				+ "<p><img src=\"https://portal.example/media/" + RESIZED_IN_BODY.replace(".jpg", "-w768.jpg")
				+ "\" alt=\"\"> <a href=\"/media/" + LINKED_PDF + "\">Toàn văn</a> và <a href=\"/media/2024/07/"
				+ "00000000-0000-4000-8000-000000000000.pdf\">một tệp đã mất</a></p>";
		article("bai-da-dang", "PUBLISHED", COVER, body, false);
		article("ban-nhap", "DRAFT", null, "<p><img src=\"/media/" + DRAFT_PICTURE + "\" alt=\"\"></p>", false);
		article("bai-da-xoa", "PUBLISHED", TRASHED_COVER, "<p>Đã xóa.</p>", true);
		article("bai-co-ban-sua", "PUBLISHED", null, "<p>Bản đang đăng.</p>", false);
		jdbc.update("""
				INSERT INTO article_revision (article_id, kind, status_after, title, body, category_id, created_by)
				SELECT a.id, 'SAVE', 'PUBLISHED', a.title, ?, a.category_id, a.owner_id FROM article a
				WHERE a.slug = 'bai-co-ban-sua'""", "<p><img src=\"/media/" + WORKING_COPY_PICTURE + "\" alt=\"\"></p>");
		jdbc.update("""
				UPDATE article SET working_revision_id = (SELECT max(id) FROM article_revision) WHERE slug = 'bai-co-ban-sua'""");

		document("nghi-quyet-05", 5, null, DOCUMENT_PDF);
		document("nghi-quyet-06", 6, "now()", TRASHED_DOCUMENT_PDF);
		jdbc.update("INSERT INTO about_page (slug, title_vi, body_vi) VALUES ('lich-su', 'Lịch sử', ?)",
				"<p><img src=\"/media/" + ABOUT_PICTURE + "\" alt=\"Trụ sở\"></p>");
		jdbc.update("""
				INSERT INTO about_leader (name, title_vi, photo_media_id)
				SELECT 'Lê Quang Huy', 'Trưởng Ban', id FROM media_item WHERE storage_key = ?""", LEADER_PHOTO);
		jdbc.update("UPDATE site_banner SET image_id = (SELECT id FROM media_item WHERE storage_key = ?)", BANNER);
	}

	private void article(String slug, String status, String cover, String body, boolean trashed) {
		jdbc.update("""
				INSERT INTO article (slug, title, body, category_id, status, cover_media_id, published_at, owner_id,
				                     deleted_at)
				SELECT ?, ?, ?, c.id, ?, (SELECT id FROM media_item WHERE storage_key = ?),
				       CASE WHEN ? = 'PUBLISHED' THEN now() END, u.id, CASE WHEN ? THEN now() END
				FROM category c, app_user u""", slug, "Bài " + slug, body, status, cover, status, trashed);
	}

	private void document(String slug, int number, String deletedAt, String file) {
		jdbc.update("""
				INSERT INTO party_document (slug, type, number, symbol, issuer, title, status, deleted_at)
				VALUES (?, 'RESOLUTION', ?, 'NQ/TU', 'PROVINCIAL_COMMITTEE', ?, 'IN_FORCE', CASE WHEN ? THEN now() END)""",
				slug, number, "Nghị quyết " + number, deletedAt != null);
		jdbc.update("""
				INSERT INTO document_attachment (document_id, media_id, position)
				SELECT d.id, m.id, 0 FROM party_document d, media_item m WHERE d.slug = ? AND m.storage_key = ?""", slug,
				file);
	}

}
