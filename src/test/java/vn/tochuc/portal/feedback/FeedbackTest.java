package vn.tochuc.portal.feedback;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tochuc.portal.support.BrowserCookies.sending;
import static vn.tochuc.portal.support.Logins.from;

/** "Góp ý": the public form with the same anti-spam rules as comments, and the staff inbox. */
@SpringBootTest
@AutoConfigureMockMvc
class FeedbackTest {

	static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	FeedbackService feedback;

	@Autowired
	JdbcTemplate jdbc;

	static String address() {
		return "10.9.0." + ADDRESSES.incrementAndGet();
	}

	static MockHttpServletRequestBuilder send(String address, String subject, String body) {
		return post("/gop-y").with(from(address)).with(csrf()).param("name", "Trần Thị Hoa").param("email", "hoa.tt@example.vn")
			.param("phone", "0912 345 678").param("subject", subject).param("body", body).param("website", "");
	}

	String pageAfter(MvcResult post) throws Exception {
		return mvc.perform(get("/gop-y").flashAttrs(post.getFlashMap())).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsString();
	}

	long stored(String subject) {
		return jdbc.queryForObject("select count(*) from reader_feedback where subject = ?", Long.class, subject);
	}

	@Test
	void theFormIsAPublicPageWithLabelledFieldsAndNoSession() throws Exception {
		mvc.perform(get("/gop-y"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(content().string(containsString("<h1 class=\"page-title\">Góp ý</h1>")))
			.andExpect(content().string(containsString("<label for=\"subject\">Tiêu đề</label>")))
			.andExpect(content().string(containsString("<label for=\"body\">Nội dung góp ý</label>")))
			.andExpect(content().string(containsString("class=\"hp-field\"")));
	}

	@Test
	void aMessageReachesTheInboxUnreadAndIsMarkedReadWhenOpened() throws Exception {
		String subject = "Đề nghị đăng lịch tiếp công dân " + System.nanoTime();
		MvcResult sent = mvc.perform(send(address(), subject, "Kính gửi Ban,\nđề nghị đăng lịch tiếp công dân hằng tháng."))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/gop-y")).andReturn();
		assertThat(pageAfter(sent)).contains("Cảm ơn bạn đã gửi góp ý.");
		assertThat(stored(subject)).isEqualTo(1);

		PortalUser editor = content.user("bientap-gopy", Role.EDITOR);
		String inbox = mvc.perform(get("/admin/feedback").param("box", "UNREAD").with(user(editor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(inbox).contains(subject).contains("Trần Thị Hoa");
		Long id = jdbc.queryForObject("select id from reader_feedback where subject = ?", Long.class, subject);

		mvc.perform(get("/admin/feedback/{id}", id).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hoa.tt@example.vn")))
			.andExpect(content().string(containsString("0912 345 678")));
		assertThat(jdbc.queryForObject("select read_at is not null from reader_feedback where id = ?", Boolean.class, id)).isTrue();
		mvc.perform(get("/admin/feedback").param("box", "UNREAD").with(user(editor)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(subject))));

		mvc.perform(post("/admin/feedback/{id}/unread", id).with(user(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select read_at is null from reader_feedback where id = ?", Boolean.class, id)).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'feedback.read' and target_id = ?",
				Long.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void requiredFieldsAndLimitsAreExplainedInVietnameseAndNothingIsSaved() throws Exception {
		MvcResult empty = mvc.perform(post("/gop-y").with(from(address())).with(csrf()).param("name", "").param("email", "x")
				.param("subject", "").param("body", "").param("phone", "abc"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String page = pageAfter(empty);
		assertThat(page).contains("Vui lòng nhập họ và tên.").contains("Địa chỉ thư điện tử không hợp lệ.")
			.contains("Vui lòng nhập tiêu đề.").contains("Vui lòng nhập nội dung góp ý.")
			.contains("Số điện thoại chỉ gồm chữ số");
		String subject = "Góp ý quá dài " + System.nanoTime();
		MvcResult tooLong = mvc.perform(send(address(), subject, "x".repeat(4001))).andReturn();
		assertThat(pageAfter(tooLong)).contains("Nội dung góp ý dài quá 4.000 ký tự.");
		assertThat(stored(subject)).isZero();
	}

	@Test
	void theHoneypotAndTheRateLimitStopSpam() throws Exception {
		String botSubject = "Quảng cáo " + System.nanoTime();
		MvcResult bot = mvc.perform(send(address(), botSubject, "Mua ngay").param("website", "http://spam.example"))
			.andReturn();
		assertThat(pageAfter(bot)).contains("Cảm ơn bạn đã gửi góp ý.");
		assertThat(stored(botSubject)).isZero();

		String address = address();
		String subject = "Góp ý lặp lại " + System.nanoTime();
		for (int i = 0; i < 3; i++) {
			mvc.perform(send(address, subject, "Lần " + i)).andExpect(status().is3xxRedirection());
		}
		MvcResult fourth = mvc.perform(send(address, subject, "Lần thứ tư")).andReturn();
		assertThat(pageAfter(fourth)).contains("Bạn đã gửi nhiều góp ý trong thời gian ngắn.");
		assertThat(stored(subject)).isEqualTo(3);
	}

	@Test
	void theInboxIsForEditorsAndAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin/feedback").with(user(content.admin()))).andExpect(status().isOk());
		mvc.perform(get("/admin/feedback").with(user(content.user("bientap-gopy", Role.EDITOR)))).andExpect(status().isOk());
		mvc.perform(get("/admin/feedback").with(user(content.user("phongvien-gopy", Role.AUTHOR))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/feedback").with(user(content.user("thongke-gopy", Role.STATISTICS))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/feedback")).andExpect(status().isFound());
	}

	@Test
	void feedbackWithoutTokenIsNotSavedButComesBackForConfirmation() throws Exception {
		String subject = "Góp ý gửi không có mã " + System.nanoTime();
		// The browser keeps what the answer gives it: a visitor's token cookie (or a session).
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse answer = mvc.perform(post("/gop-y").with(from(address())).session(session).param("name", "Trần Thị Hoa")
				.param("email", "hoa.tt@example.vn").param("subject", subject).param("body", "Nội dung cần xác nhận"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse();
		String page = answer.getContentAsString();
		assertThat(stored(subject)).isZero();
		assertThat(page).contains(HtmlUtils.htmlEscape(subject)).contains(HtmlUtils.htmlEscape("Nội dung cần xác nhận"));
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		mvc.perform(post("/gop-y").with(from(address())).session(session).with(sending(answer.getCookies())).param("_csrf", token.group(1))
				.param("name", "Trần Thị Hoa")
				.param("email", "hoa.tt@example.vn").param("subject", subject).param("body", "Nội dung cần xác nhận").param("website", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(stored(subject)).isEqualTo(1);
		// The plain page carries no token, so it stays cacheable.
		assertThat(mvc.perform(get("/gop-y")).andReturn().getResponse().getContentAsString()).doesNotContain("name=\"_csrf\"");
	}

}
