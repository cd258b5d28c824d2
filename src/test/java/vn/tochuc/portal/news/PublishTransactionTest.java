package vn.tochuc.portal.news;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

/**
 * Publishing stores the cover image (file and row), the article, its revision, the audit entry
 * and the search entry together: when any step fails, none of it stays behind.
 */
@SpringBootTest
class PublishTransactionTest {

	@MockitoSpyBean
	ArticleRevisionRepository revisions;

	@Autowired
	ArticleService articles;

	@Autowired
	TestContent content;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalProperties properties;

	Category category;

	PortalUser editor;

	@BeforeEach
	void setUp() {
		reset(revisions);
		category = content.category("Công tác tổ chức " + System.nanoTime());
		editor = content.admin();
	}

	@Test
	void aFailureWhileRecordingTheRevisionLeavesNoArticleImageOrFile() throws IOException {
		Map<String, Long> before = snapshot();
		failWhenARevisionIsSaved();

		assertThatThrownBy(() -> articles.create(
				TestContent.content(category, "Hội nghị trực tuyến đến 21 điểm cầu"), cover(),
				EditorCommand.of(EditorAction.PUBLISH), editor))
			.isInstanceOf(DataAccessResourceFailureException.class);

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aFailureWhilePublishingADraftKeepsTheDraftAsItWas() throws IOException {
		Article draft = content.draft(category, "Bản nháp sơ kết 6 tháng");
		Map<String, Long> before = snapshot();
		failWhenARevisionIsSaved();

		ArticleContent changed = TestContent.content(category, "Sơ kết công tác tổ chức 6 tháng đầu năm");
		assertThatThrownBy(() -> articles.update(draft.getId(), draft.getVersion(), changed, cover(),
				EditorCommand.of(EditorAction.PUBLISH), editor))
			.isInstanceOf(DataAccessResourceFailureException.class);

		assertThat(snapshot()).isEqualTo(before);
		Map<String, Object> row = jdbc.queryForMap("SELECT title, status, cover_media_id, version FROM article WHERE id = ?",
				draft.getId());
		assertThat(row).containsEntry("title", "Bản nháp sơ kết 6 tháng").containsEntry("status", "DRAFT");
		assertThat(row.get("cover_media_id")).isNull();
		assertThat(row.get("version")).isEqualTo(draft.getVersion());
	}

	@Test
	void withoutTheFailureTheSameCallStoresEverything() throws IOException {
		Map<String, Long> before = snapshot();

		Article article = articles.create(TestContent.content(category, "Hội nghị giao ban công tác tổ chức"), cover(),
				EditorCommand.of(EditorAction.PUBLISH), editor);

		Map<String, Long> after = snapshot();
		assertThat(after.get("article")).isEqualTo(before.get("article") + 1);
		assertThat(after.get("article_revision")).isEqualTo(before.get("article_revision") + 1);
		assertThat(after.get("media_item")).isEqualTo(before.get("media_item") + 1);
		assertThat(after.get("audit_event")).isGreaterThan(before.get("audit_event"));
		assertThat(after.get("search_entry")).isEqualTo(before.get("search_entry") + 1);
		assertThat(after.get("media files")).isGreaterThan(before.get("media files"));
		assertThat(article.getCover()).isNotNull();
	}

	private void failWhenARevisionIsSaved() {
		doThrow(new DataAccessResourceFailureException("disk full")).when(revisions).save(any(ArticleRevision.class));
	}

	private Map<String, Long> snapshot() throws IOException {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : new String[] { "article", "article_revision", "article_slug_history", "media_item",
				"audit_event", "search_entry" }) {
			counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
		}
		Path media = properties.mediaDir();
		long files = 0;
		if (Files.isDirectory(media)) {
			try (Stream<Path> walk = Files.walk(media)) {
				files = walk.filter(Files::isRegularFile).count();
			}
		}
		counts.put("media files", files);
		return counts;
	}

	private static CoverUpload cover() throws IOException {
		BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(160, 20, 20));
		graphics.fillRect(0, 0, 1200, 800);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return new CoverUpload(out.toByteArray(), "hoi-nghi.jpg");
	}

}
