package vn.tochuc.portal.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.SecondFactorGate;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every staff route, read from Spring MVC's own handler mapping, against every role. A new route
 * under /admin that no entry of {@link #MATRIX} covers fails the test until someone decides who
 * may use it. Also: every state-changing route refuses a request without a CSRF token (403).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleMatrixTest {

	static final Set<Role> ALL = EnumSet.allOf(Role.class);

	/** Who may use the routes under each prefix (longest prefix wins). ADMIN may use everything. */
	static final Map<String, Set<Role>> MATRIX = new LinkedHashMap<>();
	static {
		for (String adminOnly : List.of("/admin/users", "/admin/audit", "/admin/search", "/admin/links", "/admin/banner",
				"/admin/about")) {
			MATRIX.put(adminOnly, EnumSet.of(Role.ADMIN));
		}
		for (String editors : List.of("/admin/comments", "/admin/feedback", "/admin/categories", "/admin/meetings",
				"/admin/documents")) {
			MATRIX.put(editors, EnumSet.of(Role.ADMIN, Role.EDITOR));
		}
		MATRIX.put("/admin/staffing", EnumSet.of(Role.ADMIN, Role.STATISTICS));
		MATRIX.put("/admin/congresses", EnumSet.of(Role.ADMIN, Role.EDITOR, Role.STATISTICS));
		MATRIX.put("/admin/articles", EnumSet.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR));
		MATRIX.put("/admin/media", EnumSet.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR));
		// The trash: editors see it and restore from it; only an administrator empties it.
		MATRIX.put("/admin/articles/trash", EnumSet.of(Role.ADMIN, Role.EDITOR));
		MATRIX.put("/admin/articles/{id}/restore", EnumSet.of(Role.ADMIN, Role.EDITOR));
		MATRIX.put("/admin/articles/trash/empty", EnumSet.of(Role.ADMIN));
		// The site's second-factor rule and resetting someone's second factor: administrators.
		MATRIX.put("/admin/users/second-factor-rule", EnumSet.of(Role.ADMIN));
		MATRIX.put("/admin/users/{id}/second-factor", EnumSet.of(Role.ADMIN));
		// Every staff member: the dashboard and their own account (password, second factor).
		MATRIX.put("/admin/account/second-factor", ALL);
		MATRIX.put("/admin/account", ALL);
		MATRIX.put("/admin", ALL);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestContent content;

	@Autowired
	JdbcTemplate jdbc;

	Map<Role, PortalUser> staff = new LinkedHashMap<>();

	Article article;

	@BeforeEach
	void setUp() {
		for (Role role : Role.values()) {
			staff.put(role, content.user("ma-tran-" + role.name().toLowerCase(), role));
		}
		article = content.published(content.category("Ma trận " + System.nanoTime()), "Bài ma trận " + System.nanoTime(),
				java.time.Instant.now());
	}

	record Route(HttpMethod method, String pattern) {
		/** A concrete path: ids that do not exist, and a real article for the comment form. */
		String path(String slug) {
			return pattern.replace("/bai-viet/{slug}", "/bai-viet/" + slug).replaceAll("\\{[^}]+}", "987654321");
		}
	}

	List<Route> routes() {
		Set<String> seen = new TreeSet<>();
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					if (seen.add(method + " " + pattern)) {
						routes.add(new Route(method.asHttpMethod(), pattern));
					}
				}
			}
		}
		return routes;
	}

	static Set<Role> allowed(String pattern) {
		String best = null;
		for (String prefix : MATRIX.keySet()) {
			if ((pattern.equals(prefix) || pattern.startsWith(prefix + "/")) && (best == null || prefix.length() > best.length())) {
				best = prefix;
			}
		}
		return best == null ? null : MATRIX.get(best);
	}

	@Test
	void everyStaffRouteHasAnEntryAndEachRoleGetsWhatTheMatrixSays() throws Exception {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Route route : routes()) {
			if (!route.pattern().startsWith("/admin")) {
				continue;
			}
			Set<Role> allowed = allowed(route.pattern());
			if (allowed == null) {
				problems.add(route + ": no entry in the role matrix");
				continue;
			}
			String path = route.path(article.getSlug());
			MockHttpServletResponse anonymous = mvc.perform(request(route.method(), path).with(csrf())).andReturn().getResponse();
			if (anonymous.getStatus() != 302 || !String.valueOf(anonymous.getRedirectedUrl()).endsWith("/login")) {
				problems.add(route + " anonymous: " + anonymous.getStatus() + " " + anonymous.getRedirectedUrl());
			}
			for (Role role : Role.values()) {
				int status;
				boolean refused;
				try {
					MockHttpServletResponse answer = mvc.perform(request(route.method(), path).with(csrf()).with(user(staff.get(role))))
						.andReturn().getResponse();
					status = answer.getStatus();
					refused = status == 403 || String.valueOf(answer.getRedirectedUrl()).endsWith("/login");
				}
				catch (jakarta.servlet.ServletException reachedTheController) {
					// The controller ran and rejected the made-up request (e.g. not multipart): let in.
					status = 400;
					refused = false;
				}
				if (allowed.contains(role) == refused || status >= 500) {
					problems.add(route + " as " + role + ": " + status + (allowed.contains(role) ? " (should be let in)" : " (should be 403)"));
				}
				checked++;
			}
		}
		assertThat(problems).as("role matrix").isEmpty();
		assertThat(checked).as("staff route checks").isGreaterThan(100);
	}

	/**
	 * With the site's second-factor rule on, a session of an administrator or editor that has only
	 * given its password (and has no second factor yet) reaches no staff route but the enrolment
	 * page: every other one sends it to the code page, which sends it on to the enrolment.
	 */
	@Test
	void withTheSecondFactorRuleOnAPasswordOnlySessionReachesOnlyTheEnrolment() throws Exception {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		jdbc.update("update account_policy set second_factor_required_for_editors = true");
		try {
			for (Route route : routes()) {
				if (!route.pattern().startsWith("/admin")) {
					continue;
				}
				boolean enrolment = route.pattern().startsWith(SecondFactorGate.ENROLMENT_PAGE);
				String path = route.path(article.getSlug());
				for (Role role : List.of(Role.ADMIN, Role.EDITOR)) {
					MockHttpServletResponse answer = mvc.perform(request(route.method(), path).with(csrf()).with(user(staff.get(role))))
						.andReturn().getResponse();
					boolean toCodePage = answer.getStatus() == 302 && SecondFactorGate.CODE_PAGE.equals(answer.getRedirectedUrl());
					if (enrolment == toCodePage || answer.getStatus() >= 500) {
						problems.add(route + " as " + role + ": " + answer.getStatus() + " " + answer.getRedirectedUrl());
					}
					checked++;
				}
			}
			// An author is not concerned by the rule.
			int author = mvc.perform(request(HttpMethod.GET, "/admin/articles").with(user(staff.get(Role.AUTHOR))))
				.andReturn().getResponse().getStatus();
			if (author != 200) {
				problems.add("GET /admin/articles as AUTHOR: " + author);
			}
		}
		finally {
			jdbc.update("update account_policy set second_factor_required_for_editors = false");
		}
		assertThat(problems).as("staff routes reached before the second factor").isEmpty();
		assertThat(checked).isGreaterThan(100);
	}

	@Test
	void everyStateChangingRouteRefusesARequestWithoutToken() throws Exception {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Route route : routes()) {
			if (route.method() == HttpMethod.GET || route.method() == HttpMethod.HEAD || route.method() == HttpMethod.OPTIONS) {
				continue;
			}
			String path = route.path(article.getSlug());
			int asAdmin = mvc.perform(request(route.method(), path).with(user(staff.get(Role.ADMIN)))).andReturn().getResponse().getStatus();
			int asAnonymous = mvc.perform(request(route.method(), path)).andReturn().getResponse().getStatus();
			if (asAdmin != 403 || asAnonymous != 403) {
				problems.add(route + ": " + asAdmin + " as admin, " + asAnonymous + " anonymous");
			}
			checked++;
		}
		for (String filterRoute : List.of("/login", "/logout")) {
			int status = mvc.perform(request(HttpMethod.POST, filterRoute).with(user(staff.get(Role.ADMIN)))).andReturn().getResponse().getStatus();
			if (status != 403) {
				problems.add("POST " + filterRoute + ": " + status);
			}
		}
		assertThat(problems).as("state-changing routes answering without a CSRF token").isEmpty();
		assertThat(checked).isGreaterThan(30);
	}

}
