package vn.tochuc.portal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tochuc.portal.support.Logins.fixturePassword;
import static vn.tochuc.portal.support.Logins.from;
import static vn.tochuc.portal.support.Logins.login;

/** Sessions (fixation, logout, post-login redirects) and the security headers of every page. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsAndHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Test
	void loggingInChangesTheSessionIdAndLoggingOutEndsTheSession() throws Exception {
		PortalUser editor = content.user("phien-dang-nhap", Role.EDITOR);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		String before = session.getId();
		MvcResult loggedIn = mvc.perform(login(editor.username(), fixturePassword(editor.username()), "10.77.0.1").session(session))
			.andExpect(status().is3xxRedirection()).andReturn();
		MockHttpSession after = (MockHttpSession) loggedIn.getRequest().getSession(false);
		assertThat(after).isNotNull();
		assertThat(after.getId()).as("session id after login").isNotEqualTo(before);
		mvc.perform(get("/admin").session(after)).andExpect(status().isOk());
		mvc.perform(post("/logout").session(after).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(after.isInvalid()).as("session invalidated by logout").isTrue();
		mvc.perform(get("/admin").session(after)).andExpect(status().isFound())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
	}

	@Test
	void afterLoginOnlySameSitePathsAreFollowed() throws Exception {
		PortalUser author = content.user("phien-chuyen-huong", Role.AUTHOR);
		String password = fixturePassword(author.username());
		int address = 10;
		for (String evil : List.of("//evil.example", "https://evil.example/admin", "/\\evil.example", "/\\/evil.example",
				"javascript:alert(1)", "http://evil.example", " //evil.example", "\t//evil.example")) {
			mvc.perform(login(author.username(), password, "10.77.1." + address++).param("target", evil))
				.andExpect(redirectedUrl("/admin"));
		}
		mvc.perform(login(author.username(), password, "10.77.1." + address++).param("target", "/admin/articles?status=DRAFT"))
			.andExpect(redirectedUrl("/admin/articles?status=DRAFT"));
		// A saved request (the page asked for before logging in, kept in a cookie rather than a
		// session) is followed as a path on this site.
		MvcResult asked = mvc.perform(get("/admin/articles").accept(MediaType.TEXT_HTML)).andExpect(status().isFound())
			.andReturn();
		assertThat(asked.getRequest().getSession(false)).as("a session for the saved request").isNull();
		Cookie saved = asked.getResponse().getCookie("REDIRECT_URI");
		assertThat(saved).isNotNull();
		mvc.perform(login(author.username(), password, "10.77.1." + address++).cookie(saved))
			.andExpect(redirectedUrl("/admin/articles"));
		// A saved-request cookie written by someone else is followed only to a path on this site.
		for (String evil : List.of("//evil.example/admin", "/\\evil.example", "https://evil.example/admin")) {
			Cookie forged = new Cookie("REDIRECT_URI", Base64.getEncoder().encodeToString(evil.getBytes(StandardCharsets.UTF_8)));
			mvc.perform(login(author.username(), password, "10.77.1." + address++).cookie(forged))
				.andExpect(redirectedUrl("/admin"));
		}
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/login", "/gop-y", "/tim-kiem?q=x", "/khong-co-trang-nay")) {
			MvcResult page = mvc.perform(get(path)).andReturn();
			String csp = page.getResponse().getHeader("Content-Security-Policy");
			assertThat(csp).as(path).isNotNull();
			String scripts = directive(csp, "script-src");
			assertThat(scripts).as("script-src of " + path).isNotNull().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(directive(csp, "frame-ancestors")).as(path).isEqualTo("frame-ancestors 'self'");
			assertThat(directive(csp, "object-src")).as(path).isEqualTo("object-src 'none'");
			assertThat(page.getResponse().getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(page.getResponse().getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(page.getResponse().getHeader("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
			assertThat(page.getResponse().getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
		}
		String hsts = mvc.perform(get("/").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security");
		assertThat(hsts).as("HSTS over TLS").contains("max-age=").contains("includeSubDomains");
	}

	static String directive(String csp, String name) {
		return Stream.of(csp.split(";")).map(String::trim).filter(d -> d.startsWith(name + " ")).findFirst().orElse(null);
	}

	/** The policy forbids inline scripts; the templates must not need them. */
	@Test
	void templatesHaveNoInlineScriptsOrEventHandlers() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
		Pattern handler = Pattern.compile("<[^>]*\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		Pattern scriptUrl = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
		List<String> found = new ArrayList<>();
		List<Path> templates;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			templates = files.filter(f -> f.toString().endsWith(".html")).toList();
		}
		for (Path template : templates) {
			String html = Files.readString(template);
			for (Pattern pattern : List.of(inlineScript, handler, scriptUrl)) {
				Matcher m = pattern.matcher(html);
				while (m.find()) {
					found.add(template + ": " + m.group());
				}
			}
		}
		assertThat(templates).hasSizeGreaterThan(20);
		assertThat(found).isEmpty();
	}

}
