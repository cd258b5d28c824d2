package vn.tochuc.portal.news.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom's main journey through the real forms (HtmlUnit against the running server):
 * log in, write, publish with a photo, and read it on the public site.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaffJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	TestContent content;

	WebClient staff;

	WebClient reader;

	Category category;

	@BeforeEach
	void setUp() {
		staff = client();
		reader = client();
		category = content.category("Tin tức – Sự kiện " + System.nanoTime());
	}

	@AfterEach
	void tearDown() {
		staff.close();
		reader.close();
	}

	@Test
	void anEditorWritesAndPublishesAnArticleWithAPhotoThatReadersThenSee() throws Exception {
		HtmlPage dashboard = logIn("admin", "test-admin-password");
		assertThat(dashboard.getUrl().getPath()).isEqualTo("/admin");

		HtmlPage editor = staff.getPage(url("/admin/articles/new"));
		HtmlForm form = editor.getForms().stream().filter((f) -> f.getActionAttribute().endsWith("/admin/articles"))
			.findFirst().orElseThrow();
		form.getInputByName("title").setValue("Hội nghị trực tuyến đến 21 điểm cầu sơ kết công tác tổ chức xây dựng Đảng");
		form.<HtmlTextArea>getOneHtmlElementByAttribute("textarea", "name", "summary")
			.setText("Ban Tổ chức Tỉnh ủy sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.");
		form.<HtmlTextArea>getOneHtmlElementByAttribute("textarea", "name", "body")
			.setText("<p>Hội nghị được kết nối tới 21 điểm cầu trong toàn tỉnh.</p><script>alert(1)</script>");
		HtmlSelect select = form.getSelectByName("categoryId");
		select.setSelectedAttribute(String.valueOf(category.getId()), true);
		form.getInputByName("author").setValue("Mai Hương – Cảnh Toàn");
		form.getInputByName("source").setValue("baonghean.vn");
		HtmlFileInput cover = (HtmlFileInput) form.getInputByName("coverFile");
		Path photo = Files.createTempFile("hoi-nghi", ".png");
		Files.write(photo, png());
		cover.setFiles(photo.toFile());
		cover.setContentType("image/png");
		form.getInputByName("coverCaption").setValue("Toàn cảnh hội nghị tại điểm cầu tỉnh");

		HtmlPage saved = form.getOneHtmlElementByAttribute("button", "value", "publish").click();
		assertThat(saved.getUrl().getPath()).matches("/admin/articles/\\d+/edit");
		assertThat(saved.asNormalizedText()).contains("Đã xuất bản bài");

		String publicPath = "/bai-viet/hoi-nghi-truc-tuyen-den-21-diem-cau-so-ket-cong-tac-to-chuc-xay-dung-dang";
		HtmlPage article = reader.getPage(url(publicPath));
		String text = article.asNormalizedText();
		assertThat(text).contains("Hội nghị trực tuyến đến 21 điểm cầu")
			.contains("Toàn cảnh hội nghị tại điểm cầu tỉnh")
			.contains("Hội nghị được kết nối tới 21 điểm cầu trong toàn tỉnh.")
			.contains("Mai Hương – Cảnh Toàn")
			.contains("(Nguồn: baonghean.vn)");
		assertThat(article.getWebResponse().getContentAsString()).doesNotContain("<script>alert(1)</script>");
		String imageSrc = article.getFirstByXPath("string(//figure[@class='article-cover']/img/@src)").toString();
		assertThat(imageSrc).startsWith("/media/").endsWith(".png");
		assertThat(reader.getPage(url(imageSrc)).getWebResponse().getStatusCode()).isEqualTo(200);

		HtmlPage categoryPage = reader.getPage(url(category.getPath()));
		assertThat(categoryPage.asNormalizedText()).contains("Hội nghị trực tuyến đến 21 điểm cầu");
	}

	@Test
	void invalidInputIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
		logIn("admin", "test-admin-password");
		HtmlPage editor = staff.getPage(url("/admin/articles/new"));
		HtmlForm form = editor.getForms().stream().filter((f) -> f.getActionAttribute().endsWith("/admin/articles"))
			.findFirst().orElseThrow();
		form.getInputByName("title").setValue("   ");
		HtmlPage result = form.getOneHtmlElementByAttribute("button", "value", "save").click();
		assertThat(result.getUrl().getPath()).isEqualTo("/admin/articles");
		assertThat(result.querySelector("#title-error").asNormalizedText()).isEqualTo("Vui lòng nhập tiêu đề.");
		assertThat(result.querySelector("#categoryId").getParentNode().asNormalizedText())
			.contains("Vui lòng chọn chuyên mục.");
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
		HtmlPage page = logIn("admin", "sai-mat-khau");
		assertThat(page.getUrl().toString()).contains("/login?error");
		assertThat(page.asNormalizedText()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
	}

	private HtmlPage logIn(String username, String password) throws Exception {
		HtmlPage login = staff.getPage(url("/login"));
		HtmlForm form = login.getForms().stream().filter((f) -> f.getActionAttribute().endsWith("/login"))
			.findFirst().orElseThrow();
		form.getInputByName("username").setValue(username);
		form.getInputByName("password").setValue(password);
		return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
	}

	private WebClient client() {
		WebClient client = new WebClient();
		client.getOptions().setJavaScriptEnabled(false);
		client.getOptions().setCssEnabled(false);
		client.getOptions().setThrowExceptionOnFailingStatusCode(false);
		return client;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xB3121B));
		g.fillRect(0, 0, 640, 400);
		g.setColor(new Color(0xF6C343));
		g.fillOval(270, 150, 100, 100);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
