package vn.tochuc.portal.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.documents.DocumentDetails;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.DocumentStatus;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CoverUpload;
import vn.tochuc.portal.news.EditorAction;
import vn.tochuc.portal.news.EditorCommand;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How stored files reach readers: pictures inline, everything else as a download that the
 * portal's origin never renders, and only while content readers can see uses them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MediaServingTest {

	/** Document numbers of our own, apart from the other tests sharing the database. */
	static final AtomicInteger NUMBERS = new AtomicInteger(7300);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	MediaLibrary library;

	@Autowired
	ArticleService articles;

	@Autowired
	DocumentService documents;

	PortalUser editor() {
		return content.user("phuc-vu-bien-tap", Role.EDITOR);
	}

	static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(180, 30, 30));
		g.fillRect(0, 0, width / 2, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	static byte[] pdf(String text) {
		return ("%PDF-1.4\n1 0 obj<<>>endobj\n% " + text + "\ntrailer<<>>\n%%EOF").getBytes(StandardCharsets.UTF_8);
	}

	MockHttpServletResponse asReader(String url) throws Exception {
		return mvc.perform(get(url)).andReturn().getResponse();
	}

	MockHttpServletResponse asStaff(String url) throws Exception {
		return mvc.perform(get(url).with(user(editor()))).andReturn().getResponse();
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	PartyDocument documentWith(MediaItem file, String body) {
		int number = NUMBERS.incrementAndGet();
		return documents.create(new DocumentDetails(DocumentType.RESOLUTION, number, "NQ/TU",
				DocumentIssuer.PROVINCIAL_COMMITTEE, null, null, LocalDate.of(2024, 5, 20), null,
				"Về công tác cán bộ số " + number, null, body, DocumentStatus.IN_FORCE, List.of(), List.of(), List.of(),
				List.of(file.getId())));
	}

	Article publishedWithCoverAndPicture(MediaItem picture) throws Exception {
		Category category = content.category("Ảnh bài " + System.nanoTime());
		String title = "Hội nghị cán bộ chủ chốt " + System.nanoTime();
		ArticleContent text = new ArticleContent(title, "Sapo", "<p>Quang cảnh.</p><figure class=\"image\"><img src=\""
				+ picture.getUrl() + "\" alt=\"Đại biểu\"></figure>", category.getId(), TestContent.BYLINE, null, null,
				"Ảnh đại diện", false);
		return articles.create(text, new CoverUpload(png(400, 200), "dai-dien.png"), EditorCommand.of(EditorAction.PUBLISH),
				content.admin());
	}

	static void assertPublic(MockHttpServletResponse answer) {
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getHeader("Cache-Control")).contains("public", "max-age=300", "must-revalidate")
			.doesNotContain("immutable").doesNotContain("31536000");
		assertThat(answer.getHeader("ETag")).isNotBlank();
	}

	static void assertStaffOnly(MockHttpServletResponse answer) {
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getHeader("Cache-Control")).contains("private", "no-cache").doesNotContain("public");
	}

	@Test
	void aPdfIsADownloadUnderItsUploadedNameWithASandboxPolicy() throws Exception {
		MediaItem file = library.upload(pdf("nghị quyết"), "Nghị quyết 18 – bản ký.pdf", editor().id());
		documentWith(file, null);

		MockHttpServletResponse served = asReader(file.getUrl());
		assertPublic(served);
		assertThat(served.getContentType()).isEqualTo("application/pdf");
		assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getHeaders("Content-Security-Policy")).singleElement().asString().contains("sandbox")
			.contains("default-src 'none'");
		assertThat(served.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename=\"Nghi quyet 18 _ ban ky.pdf\"")
			.contains("filename*=UTF-8''Ngh%E1%BB%8B%20quy%E1%BA%BFt%2018%20%E2%80%93%20b%E1%BA%A3n%20k%C3%BD.pdf");
		assertThat(served.getContentAsByteArray()).isEqualTo(pdf("nghị quyết"));
	}

	@Test
	void aFileWithHtmlInsideOrAnHtmlNameIsNeverShownInline() throws Exception {
		byte[] polyglot = ("%PDF-1.4\n<html><body><script>alert(document.domain)</script></body></html>\n%%EOF")
			.getBytes(StandardCharsets.US_ASCII);
		MediaItem file = library.upload(polyglot, "trang-chu.html", editor().id());
		documentWith(file, null);

		for (MockHttpServletResponse served : List.of(asReader(file.getUrl()), asStaff(file.getUrl()))) {
			assertThat(served.getStatus()).isEqualTo(200);
			assertThat(served.getContentType()).isEqualTo("application/pdf");
			assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(served.getHeader("Content-Security-Policy")).contains("sandbox");
			// Saved as what it really is, never as .html.
			assertThat(served.getHeader("Content-Disposition")).startsWith("attachment;")
				.contains("filename=\"trang-chu.html.pdf\"");
		}
		// Pictures are shown inline, but as pictures only and sandboxed too.
		MediaItem picture = library.upload(png(40, 20), "anh.html", editor().id());
		documentWith(file, "<p><img src=\"" + picture.getUrl() + "\" alt=\"\"></p>");
		MockHttpServletResponse image = asReader(picture.getUrl());
		assertThat(image.getStatus()).isEqualTo(200);
		assertThat(image.getContentType()).isEqualTo("image/png");
		assertThat(image.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(image.getHeader("Content-Security-Policy")).contains("sandbox");
		assertThat(image.getHeader("Content-Disposition")).startsWith("inline;").doesNotContain("anh.html");
	}

	@Test
	void aTrashedArticlesPicturesAreGoneForReadersKeptForStaffAndBackAfterRestore() throws Exception {
		MediaItem picture = library.upload(png(60, 30), "trong-bai.png", editor().id());
		Article article = publishedWithCoverAndPicture(picture);
		String cover = article.getCover().getUrl();
		String smallCover = article.getCover().urlFor(320);
		assertThat(smallCover).as("a resized copy").contains("-w320.");
		for (String url : List.of(cover, smallCover, picture.getUrl())) {
			assertPublic(asReader(url));
		}

		articles.moveToTrash(article.getId(), content.admin());
		for (String url : List.of(cover, smallCover, picture.getUrl())) {
			assertThat(asReader(url).getStatus()).as(url).isEqualTo(404);
			assertStaffOnly(asStaff(url));
		}

		articles.restoreFromTrash(article.getId(), content.admin());
		for (String url : List.of(cover, smallCover, picture.getUrl())) {
			assertPublic(asReader(url));
		}
	}

	@Test
	void anUnpublishedArticlesCoverIsGoneUnlessOtherPublicContentUsesIt() throws Exception {
		MediaItem picture = library.upload(png(60, 30), "dung-chung.png", editor().id());
		Article first = publishedWithCoverAndPicture(picture);
		Article second = publishedWithCoverAndPicture(picture);
		String cover = first.getCover().getUrl();

		Article unpublished = articles.update(first.getId(), first.getVersion(), first.editableContent(), null,
				EditorCommand.of(EditorAction.UNPUBLISH), content.admin());
		assertThat(asReader(cover).getStatus()).isEqualTo(404);
		// the body picture is still in the second, live article
		assertPublic(asReader(picture.getUrl()));

		articles.moveToTrash(second.getId(), content.admin());
		assertThat(asReader(picture.getUrl()).getStatus()).isEqualTo(404);

		articles.update(unpublished.getId(), unpublished.getVersion(), unpublished.editableContent(), null,
				EditorCommand.of(EditorAction.PUBLISH), content.admin());
		assertPublic(asReader(cover));
		assertPublic(asReader(picture.getUrl()));
	}

	@Test
	void aPictureOnlyInADraftOrInChangesWaitingForReviewIsNotPublicUntilPublished() throws Exception {
		MediaItem unused = library.upload(png(60, 30), "chua-dung.png", editor().id());
		assertThat(asReader(unused.getUrl()).getStatus()).as("uploaded, used nowhere").isEqualTo(404);
		assertStaffOnly(asStaff(unused.getUrl()));

		Category category = content.category("Bản nháp ảnh " + System.nanoTime());
		Article draft = articles.create(new ArticleContent("Bản nháp có ảnh " + System.nanoTime(), null,
				"<p><img src=\"" + unused.getUrl() + "\" alt=\"\"></p>", category.getId(), null, null, null, null, false),
				null, EditorCommand.of(EditorAction.SAVE), content.admin());
		assertThat(asReader(unused.getUrl()).getStatus()).as("in a draft").isEqualTo(404);

		MediaItem added = library.upload(png(60, 30), "them-vao.png", editor().id());
		Article live = articles.update(draft.getId(), draft.getVersion(), draft.editableContent(), null,
				EditorCommand.of(EditorAction.PUBLISH), content.admin());
		assertPublic(asReader(unused.getUrl()));
		ArticleContent change = new ArticleContent(live.getTitle(), null, live.getBody() + "<p><img src=\""
				+ added.getUrl() + "\" alt=\"\"></p>", category.getId(), null, null, null, null, false);
		live = articles.update(live.getId(), live.getVersion(), change, null, EditorCommand.of(EditorAction.SAVE),
				content.admin());
		assertThat(live.hasWorkingCopy()).isTrue();
		assertThat(asReader(added.getUrl()).getStatus()).as("in a working copy").isEqualTo(404);

		articles.update(live.getId(), live.getVersion(), change, null, EditorCommand.of(EditorAction.PUBLISH),
				content.admin());
		assertPublic(asReader(added.getUrl()));
	}

	@Test
	void aTrashedDocumentsPdfIsGoneForReadersKeptForStaffAndBackAfterRestore() throws Exception {
		MediaItem file = library.upload(pdf("kết luận"), "ket-luan.pdf", editor().id());
		PartyDocument document = documentWith(file, null);
		assertPublic(asReader(file.getUrl()));

		documents.moveToTrash(document.getId(), documents.get(document.getId()).getVersion());
		assertThat(asReader(file.getUrl()).getStatus()).isEqualTo(404);
		assertStaffOnly(asStaff(file.getUrl()));

		documents.restore(document.getId());
		assertPublic(asReader(file.getUrl()));
	}

	@Test
	void aConditionalRequestNeverSkipsTheCheck() throws Exception {
		MediaItem file = library.upload(pdf("có điều kiện"), "co-dieu-kien.pdf", editor().id());
		PartyDocument document = documentWith(file, null);
		String etag = asReader(file.getUrl()).getHeader("ETag");

		MockHttpServletResponse unchanged = perform(get(file.getUrl()).header("If-None-Match", etag));
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getHeader("Cache-Control")).contains("public", "max-age=300", "must-revalidate");

		documents.moveToTrash(document.getId(), documents.get(document.getId()).getVersion());
		assertThat(perform(get(file.getUrl()).header("If-None-Match", etag)).getStatus()).isEqualTo(404);
		assertThat(perform(get(file.getUrl()).header("If-None-Match", "*")).getStatus()).isEqualTo(404);
	}

	@Test
	void anAddressWithoutALibraryItemIsNotServedToAnyone() throws Exception {
		String unknown = "/media/2025/03/0b8f2c3e-1d2a-4c5b-9e7f-0123456789ab.jpg";
		assertThat(asReader(unknown).getStatus()).isEqualTo(404);
		assertThat(asStaff(unknown).getStatus()).isEqualTo(404);
	}

}
