package vn.tochuc.portal.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Uploads through the editor's endpoint: limits, types by content, names, storage and serving. */
@SpringBootTest
@AutoConfigureMockMvc
class UploadsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	PortalProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletResponse upload(String name, byte[] bytes) throws Exception {
		PortalUser author = content.user("tai-len-" + name.hashCode(), Role.AUTHOR);
		return mvc.perform(multipart("/admin/media").file(new MockMultipartFile("file", name, "image/png", bytes))
				.header("X-Requested-With", "XMLHttpRequest").with(user(author)).with(csrf()))
			.andReturn().getResponse();
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	long items() {
		return jdbc.queryForObject("select count(*) from media_item", Long.class);
	}

	@Test
	void tooLargeIs413() throws Exception {
		long before = items();
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(png(), 0, big, 0, png().length);
		assertThat(upload("lon.png", big).getStatus()).isEqualTo(413);
		assertThat(items()).isEqualTo(before);
	}

	@Test
	void svgHtmlAndPolyglotsAreRefusedWhateverTheirName() throws Exception {
		long before = items();
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>";
		String html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
		byte[] pngHeaderThenScript = new byte[200];
		System.arraycopy(png(), 0, pngHeaderThenScript, 0, 16);
		byte[] script = "<script>alert(document.domain)</script>".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(script, 0, pngHeaderThenScript, 16, script.length);
		byte[] gifar = "GIF89a<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
		for (Object[] attempt : new Object[][] { { "anh.svg", svg.getBytes(StandardCharsets.UTF_8) },
				{ "anh.png", svg.getBytes(StandardCharsets.UTF_8) }, { "trang.html", html.getBytes(StandardCharsets.UTF_8) },
				{ "anh.jpg", html.getBytes(StandardCharsets.UTF_8) }, { "anh.png", pngHeaderThenScript },
				{ "anh.gif", gifar } }) {
			assertThat(upload((String) attempt[0], (byte[]) attempt[1]).getStatus()).as((String) attempt[0]).isEqualTo(400);
		}
		assertThat(items()).isEqualTo(before);
	}

	@Test
	void aPictureGetsAServerMadeNameOutsideTheStaticRootsAndIsServedWithNosniff() throws Exception {
		MockHttpServletResponse answer = upload("../../static/js/portal.js.png", png());
		assertThat(answer.getStatus()).isEqualTo(200);
		Matcher location = Pattern.compile("\"location\":\"(/media/(\\d{4}/\\d{2}/[0-9a-f-]{36}\\.png))\"")
			.matcher(answer.getContentAsString());
		assertThat(location.find()).as(answer.getContentAsString()).isTrue();
		Path stored = properties.mediaDir().resolve(location.group(2)).toAbsolutePath().normalize();
		assertThat(stored).exists();
		assertThat(stored.toString()).doesNotContain("static").doesNotContain("classes").doesNotContain("src/main");
		// Not used by published content yet: only staff get it (MediaServingTest covers readers).
		PortalUser uploader = content.user("tai-len-" + "../../static/js/portal.js.png".hashCode(), Role.AUTHOR);
		MockHttpServletResponse served = mvc.perform(get(location.group(1)).with(user(uploader))).andReturn().getResponse();
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getContentType()).isEqualTo("image/png");
		assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getHeader("Content-Disposition")).startsWith("inline").doesNotContain("portal.js")
			.contains(Path.of(location.group(2)).getFileName().toString());
	}

}
