package vn.tochuc.portal.news.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.documents.DocumentDetails;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.platform.EditorFiles;
import vn.tochuc.portal.platform.RichText;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The article editor as the portal serves it: HugeRTE from the checked-in copy (no TinyMCE,
 * no CDN), the sanitizer's schema handed to it by the form, and the list of documents its
 * link dialog offers. The editor at work in a browser: StaffJourneyBrowserIT.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleEditorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	DocumentService documents;

	@Test
	void noTinyMceFileIsServedOrBuiltIn() throws Exception {
		for (String path : List.of("/webjars/tinymce/tinymce.min.js", "/webjars/tinymce/6.8.3/tinymce.min.js",
				"/webjars/tinymce/6.8.3/plugins/image/plugin.min.js", "/webjars/tinymce/themes/silver/theme.min.js")) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		assertThat(Files.readString(Path.of("pom.xml"))).doesNotContainIgnoringCase("tinymce");
		assertThat(getClass().getClassLoader().getResource("META-INF/resources/webjars/tinymce")).isNull();
		String form = mvc.perform(get("/admin/articles/new").with(user(content.user("bientap-editor", Role.EDITOR))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).doesNotContainIgnoringCase("tinymce").contains("/vendor/hugerte-1.0.14/hugerte.min.js");
	}

	@Test
	void theEditorAndEachPluginItLoadsAreServedByThePortal() throws Exception {
		String core = mvc.perform(get("/vendor/hugerte-1.0.14/hugerte.min.js"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(core).startsWith("/**\n * HugeRTE version 1.0.14");
		List<String> plugins = configuredPlugins();
		assertThat(plugins).contains("image", "link", "lists", "table", "wordcount", "fullscreen");
		for (String plugin : plugins) {
			mvc.perform(get("/vendor/hugerte-1.0.14/plugins/" + plugin + "/plugin.min.js")).andExpect(status().isOk());
		}
		for (String file : List.of("themes/silver/theme.min.js", "models/dom/model.min.js", "icons/default/icons.min.js",
				"skins/ui/oxide/skin.min.css", "skins/ui/oxide/content.min.css", "license.txt")) {
			mvc.perform(get("/vendor/hugerte-1.0.14/" + file)).andExpect(status().isOk());
		}
		for (String own : List.of("/js/editor.js", "/js/editor-vi.js", "/js/editor-paste.js", "/css/editor-content.css")) {
			mvc.perform(get(own)).andExpect(status().isOk());
		}
	}

	/** The checked-in copy is the pinned npm package, file for file (scripts/refresh-editor.sh). */
	@Test
	void theCheckedInCopyIsThePinnedPackage() throws IOException, NoSuchAlgorithmException {
		String script = Files.readString(EditorFiles.REFRESH_SCRIPT);
		String source = Files.readString(EditorFiles.VENDOR.resolve("SOURCE.txt"));
		Matcher version = Pattern.compile("(?m)^VERSION=(\\S+)$").matcher(script);
		Matcher integrity = Pattern.compile("(?m)^INTEGRITY=(sha512-\\S+)$").matcher(script);
		assertThat(version.find()).isTrue();
		assertThat(integrity.find()).isTrue();
		assertThat(EditorFiles.VENDOR.getFileName().toString()).isEqualTo("hugerte-" + version.group(1));
		assertThat(source).contains("version: " + version.group(1), "integrity: " + integrity.group(1));
		Matcher line = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S+)$").matcher(source);
		int files = 0;
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		while (line.find()) {
			byte[] bytes = Files.readAllBytes(EditorFiles.VENDOR.resolve(line.group(2)));
			assertThat(HexFormat.of().formatHex(sha256.digest(bytes))).as(line.group(2)).isEqualTo(line.group(1));
			files++;
		}
		try (var all = Files.walk(EditorFiles.VENDOR)) {
			assertThat(all.filter(Files::isRegularFile).count()).as("files besides SOURCE.txt").isEqualTo(files + 1L);
		}
		assertThat(Files.readString(EditorFiles.VENDOR.resolve("license.txt"))).startsWith("MIT License");
		for (String plugin : configuredPlugins()) {
			assertThat(script).as("the refresh script copies the %s plugin", plugin).containsPattern("PLUGINS=\"[^\"]*\\b" + plugin + "\\b");
		}
	}

	@Test
	void theFormHandsTheEditorTheSanitizersSchemaAndItsLists() throws Exception {
		PortalUser author = content.user("phongvien-editor", Role.AUTHOR);
		String form = mvc.perform(get("/admin/articles/new").with(user(author)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(attribute(form, "data-valid-elements")))
			.isEqualTo(RichText.editorSchema().validElements());
		assertThat(attribute(form, "data-valid-classes")).isEqualTo(RichText.editorSchema().validClasses());
		assertThat(attribute(form, "data-editor-base")).isEqualTo("/vendor/hugerte-1.0.14");
		assertThat(attribute(form, "data-image-list-url")).isEqualTo("/admin/media/images.json");
		assertThat(attribute(form, "data-document-list-url")).isEqualTo("/admin/articles/document-links.json");
		// The language pack and the Word clean-up load (deferred, in order) after the editor and before its set-up.
		Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(form);
		List<String> names = new java.util.ArrayList<>();
		while (scripts.find()) {
			names.add(scripts.group(1).replaceAll("-[0-9a-f]{32}(?=\\.js$)", ""));
		}
		assertThat(names).containsSubsequence("/vendor/hugerte-1.0.14/hugerte.min.js", "/js/editor-vi.js",
				"/js/editor-paste.js", "/js/editor.js");
	}

	@Test
	void theLinkDialogListsTheLibrarysDocumentsWithTheirPublicAddresses() throws Exception {
		String suffix = String.valueOf(System.nanoTime() % 1_000_000);
		PartyDocument live = documents.create(new DocumentDetails(DocumentType.RESOLUTION,
				Integer.parseInt(suffix) % 9000 + 1000, "NQ/TU", DocumentIssuer.PROVINCIAL_COMMITTEE, null, null,
				LocalDate.of(2025, 4, 2), null, "Về công tác cán bộ " + suffix, "Trích yếu.", null, null, List.of(),
				List.of(), List.of(), List.of()));
		PartyDocument trashed = documents.create(new DocumentDetails(DocumentType.CONCLUSION,
				Integer.parseInt(suffix) % 9000 + 1000, "KL/TU", DocumentIssuer.PROVINCIAL_COMMITTEE, null, null,
				LocalDate.of(2025, 4, 3), null, "Văn bản đã xóa " + suffix, "Trích yếu.", null, null, List.of(), List.of(),
				List.of(), List.of()));
		documents.moveToTrash(trashed.getId(), trashed.getVersion());
		String json = mvc.perform(get("/admin/articles/document-links.json")
			.with(user(content.user("phongvien-lienket", Role.AUTHOR))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("{\"title\":\"" + live.getName() + " – Về công tác cán bộ " + suffix + "\",\"value\":\""
				+ live.getPath() + "\"}")
			.doesNotContain("Văn bản đã xóa " + suffix);
		assertThat(live.getPath()).startsWith("/van-ban/");
		mvc.perform(get("/admin/articles/document-links.json")).andExpect(status().isFound());
	}

	private static List<String> configuredPlugins() throws IOException {
		Matcher plugins = Pattern.compile("plugins: '([^']+)'").matcher(Files.readString(EditorFiles.EDITOR_JS));
		assertThat(plugins.find()).isTrue();
		return List.of(plugins.group(1).split(" "));
	}

	private static String attribute(String html, String name) {
		Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
		assertThat(m.find()).as(name).isTrue();
		return m.group(1);
	}

}
