package vn.tochuc.portal.news.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.ArticleViews;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CoverUpload;
import vn.tochuc.portal.news.EditorAction;
import vn.tochuc.portal.news.EditorCommand;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tochuc.portal.support.Logins.from;

/**
 * Issue 20: emptying the trash removes an article that readers viewed and commented on, with
 * everything that belonged to it, instead of failing on the views' and comments' foreign keys.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrashPurgeTest {

	static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleViews views;

	@Autowired
	MediaLibrary library;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorPurgesAReadAndCommentedArticleWithEverythingThatBelongedToIt() throws Exception {
		PortalUser editor = content.user("bientap-thungrac", Role.EDITOR);
		PortalUser admin = content.admin();
		Category category = content.category("Thùng rác " + System.nanoTime());
		MediaItem picture = library.upload(png(), "quang-canh.png", editor.id());
		String title = "Quán triệt Nghị quyết số 18-NQ/TW về sắp xếp bộ máy " + System.nanoTime();
		ArticleContent text = new ArticleContent(title, "Sapo",
				"<p>Thực hiện Nghị quyết số 18-NQ/TW.</p><figure class=\"image\"><img src=\"" + picture.getUrl()
						+ "\" alt=\"Quang cảnh\"></figure>",
				category.getId(), TestContent.BYLINE, null, null, "Ảnh đại diện", false);
		Article published = articles.create(text, new CoverUpload(png(), "dai-dien.png"),
				EditorCommand.of(EditorAction.PUBLISH), admin);
		Article article = content.rename(published, title + " (cập nhật)");
		Long id = article.getId();

		for (int i = 0; i < 3; i++) {
			mvc.perform(get(article.getPath())).andExpect(status().isOk());
		}
		views.flush();
		postComment(article, "Ý kiến sẽ được duyệt");
		postComment(article, "Ý kiến còn chờ duyệt");
		Long approved = jdbc.queryForObject("select id from article_comment where article_id = ? and body = ?",
				Long.class, id, "Ý kiến sẽ được duyệt");
		mvc.perform(post("/admin/comments/{id}/approve", approved).with(user(editor)).with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		assertThat(rows("article_view", "article_id", id)).as("the views were saved").isEqualTo(1);
		assertThat(rows("article_comment", "article_id", id)).isEqualTo(2);
		assertThat(rows("article_revision", "article_id", id)).isPositive();
		assertThat(rows("article_slug_history", "article_id", id)).as("the old address is kept").isPositive();
		assertThat(mediaUses(id)).as("the picture in the text").isPositive();
		assertThat(mentions(id)).isPositive();
		assertThat(searchEntries(id)).isEqualTo(1);

		mvc.perform(post("/admin/articles/" + id + "/delete").with(csrf()).with(user(editor)))
			.andExpect(status().is3xxRedirection());
		MvcResult emptied = mvc.perform(post("/admin/articles/trash/empty").with(csrf()).with(user(admin)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(get("/admin/articles/trash").flashAttrs(emptied.getFlashMap()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đã xóa vĩnh viễn")));

		assertThat(rows("article", "id", id)).isZero();
		assertThat(rows("article_view", "article_id", id)).isZero();
		assertThat(rows("article_comment", "article_id", id)).isZero();
		assertThat(rows("article_revision", "article_id", id)).isZero();
		assertThat(rows("article_autosave", "article_id", id)).isZero();
		assertThat(rows("article_slug_history", "article_id", id)).isZero();
		assertThat(mediaUses(id)).isZero();
		assertThat(mentions(id)).isZero();
		assertThat(searchEntries(id)).isZero();
		assertThat(rows("media_item", "id", picture.getId())).as("the library keeps its files").isEqualTo(1);
		mvc.perform(get(article.getPath())).andExpect(status().isNotFound());
	}

	private void postComment(Article article, String text) throws Exception {
		mvc.perform(post(article.getPath() + "/y-kien").with(from("10.20.0." + ADDRESSES.incrementAndGet()))
				.with(csrf()).param("name", "Bạn đọc").param("email", "bandoc@example.vn").param("text", text)
				.param("website", ""))
			.andExpect(status().is3xxRedirection());
	}

	private long rows(String table, String column, Long id) {
		return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, id);
	}

	private long mediaUses(Long id) {
		return jdbc.queryForObject("select count(*) from media_use where owner_kind = 'article' and owner_id = ?",
				Long.class, id);
	}

	private long mentions(Long id) {
		return jdbc.queryForObject(
				"select count(*) from document_mention where source_type = 'ARTICLE' and source_id = ?", Long.class, id);
	}

	private long searchEntries(Long id) {
		return jdbc.queryForObject("select count(*) from search_entry where type = 'article' and ref_id = ?",
				Long.class, id);
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(30, 90, 160));
		g.fillRect(0, 0, 30, 30);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
