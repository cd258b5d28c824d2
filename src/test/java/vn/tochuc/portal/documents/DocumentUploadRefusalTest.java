package vn.tochuc.portal.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20: the document form checks every field and the file's type before it stores anything,
 * so a refused save leaves no file and no library row behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentUploadRefusalTest {

	static final String TITLE_REQUIRED = "Vui lòng nhập trích yếu.";

	/** Numbers of our own, apart from DocumentsTest's. */
	static final AtomicInteger NUMBERS = new AtomicInteger(7300);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	DocumentService documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalProperties properties;

	PortalUser editor() {
		return content.user("bientap-tepvb", Role.EDITOR);
	}

	@Test
	void aPictureSentWhereAPdfIsRequiredIsRefusedWithoutBeingStored() throws Exception {
		long rowsBefore = mediaRows();
		long filesBefore = mediaFiles();
		int number = NUMBERS.incrementAndGet();
		mvc.perform(documentForm("/admin/documents", number, "Chỉ thị kèm ảnh chụp",
				new MockMultipartFile("file", "ban-chup.pdf", "application/pdf", png())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ đính kèm tệp PDF.")));
		assertThat(mediaRows()).as("no library row").isEqualTo(rowsBefore);
		assertThat(mediaFiles()).as("no file on disk").isEqualTo(filesBefore);
		assertThat(documents.named(number + "-CT/TW")).isEmpty();
	}

	@Test
	void aPictureOnAnExistingDocumentIsRefusedWithoutBeingStored() throws Exception {
		int number = NUMBERS.incrementAndGet();
		mvc.perform(documentForm("/admin/documents", number, "Chỉ thị sẽ sửa", null))
			.andExpect(status().is3xxRedirection());
		PartyDocument saved = documents.named(number + "-CT/TW").get(0);
		long rowsBefore = mediaRows();
		long filesBefore = mediaFiles();
		mvc.perform(documentForm("/admin/documents/" + saved.getId(), number, "Chỉ thị đã sửa",
				new MockMultipartFile("file", "anh.png", "image/png", png()))
				.param("version", String.valueOf(saved.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ đính kèm tệp PDF.")));
		assertThat(mediaRows()).isEqualTo(rowsBefore);
		assertThat(mediaFiles()).isEqualTo(filesBefore);
		assertThat(documents.get(saved.getId()).getTitle()).isEqualTo("Chỉ thị sẽ sửa");
	}

	@Test
	void aMissingTitleAndAPictureAreBothReportedAtOnceAndNothingIsStored() throws Exception {
		long rowsBefore = mediaRows();
		long filesBefore = mediaFiles();
		mvc.perform(documentForm("/admin/documents", NUMBERS.incrementAndGet(), "",
				new MockMultipartFile("file", "anh.jpg", "image/png", png())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chỉ đính kèm tệp PDF."),
					containsString(TITLE_REQUIRED))));
		assertThat(mediaRows()).isEqualTo(rowsBefore);
		assertThat(mediaFiles()).isEqualTo(filesBefore);
	}

	@Test
	void aValidPdfWithAMissingTitleIsNotStoredAndAValidFormStoresIt() throws Exception {
		long rowsBefore = mediaRows();
		long filesBefore = mediaFiles();
		int number = NUMBERS.incrementAndGet();
		mvc.perform(documentForm("/admin/documents", number, "", pdf()))
			.andExpect(status().isOk());
		assertThat(mediaRows()).isEqualTo(rowsBefore);
		assertThat(mediaFiles()).isEqualTo(filesBefore);

		mvc.perform(documentForm("/admin/documents", number, "Chỉ thị có tệp PDF", pdf()))
			.andExpect(status().is3xxRedirection());
		assertThat(mediaRows()).as("stored with the record").isEqualTo(rowsBefore + 1);
		assertThat(mediaFiles()).isEqualTo(filesBefore + 1);
		assertThat(documents.get(documents.named(number + "-CT/TW").get(0).getId()).getAttachments()).hasSize(1);
	}

	private MockMultipartHttpServletRequestBuilder documentForm(String url, int number, String title,
			MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		if (file != null) {
			request.file(file);
		}
		request.param("type", "DIRECTIVE").param("number", String.valueOf(number)).param("symbol", "CT/TW")
			.param("issuer", "POLITBURO").param("title", title).param("status", "IN_FORCE");
		request.with(csrf()).with(user(editor()));
		return request;
	}

	private long mediaRows() {
		return jdbc.queryForObject("select count(*) from media_item", Long.class);
	}

	private long mediaFiles() throws IOException {
		Path root = properties.mediaDir();
		if (!Files.isDirectory(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private static MockMultipartFile pdf() {
		return new MockMultipartFile("file", "chi-thi.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes());
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(200, 40, 40));
		g.fillRect(0, 0, 20, 20);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
