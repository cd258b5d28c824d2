package vn.tochuc.portal.accounts;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.tochuc.portal.support.MutableClock;
import vn.tochuc.portal.support.MutableClockConfiguration;
import vn.tochuc.portal.support.TestContent;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tochuc.portal.support.Logins.fixturePassword;
import static vn.tochuc.portal.support.Logins.login;

/** Failed logins are throttled per account and per address, on the real login form. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class LoginThrottlingTest {

	static final String TOO_MANY = "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void setUp() {
		clock.set(MutableClockConfiguration.START);
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilFifteenMinutesHavePassed() throws Exception {
		content.user("khoa-nam-lan", Role.EDITOR);
		for (int i = 1; i <= 5; i++) {
			failed(mvc.perform(login("khoa-nam-lan", "sai-mat-khau-" + i, "10.1.0." + i)));
		}

		mvc.perform(login("khoa-nam-lan", fixturePassword("khoa-nam-lan"), "10.1.0.9"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(content().string(containsString(TOO_MANY)))
			.andExpect(content().string(containsString("name=\"username\"")))
			.andExpect(content().string(not(containsString("Tên đăng nhập hoặc mật khẩu không đúng."))));

		clock.advance(Duration.ofMinutes(10));
		mvc.perform(login("khoa-nam-lan", fixturePassword("khoa-nam-lan"), "10.1.0.9"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Vui lòng thử lại sau 5 phút.")));

		clock.advance(Duration.ofMinutes(5));
		succeeded(mvc.perform(login("khoa-nam-lan", fixturePassword("khoa-nam-lan"), "10.1.0.9")));
	}

	@Test
	void aUsernameThatDoesNotExistIsThrottledExactlyTheSameWay() throws Exception {
		for (int i = 1; i <= 5; i++) {
			failed(mvc.perform(login("khong-ton-tai", "sai-mat-khau-" + i, "10.2.0." + i)));
		}
		mvc.perform(login("khong-ton-tai", "bat-ky-mat-khau", "10.2.0.9"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(content().string(containsString(TOO_MANY)));
	}

	@Test
	void twentyFailuresFromOneAddressBlockItAcrossUsernamesButNotOtherAddresses() throws Exception {
		content.user("cung-dia-chi", Role.AUTHOR);
		for (int i = 1; i <= 20; i++) {
			failed(mvc.perform(login("doan-ten-" + i, "sai-mat-khau", "10.3.0.1")));
		}
		mvc.perform(login("cung-dia-chi", fixturePassword("cung-dia-chi"), "10.3.0.1"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString(TOO_MANY)));
		succeeded(mvc.perform(login("cung-dia-chi", fixturePassword("cung-dia-chi"), "10.3.0.2")));

		clock.advance(Duration.ofMinutes(15));
		succeeded(mvc.perform(login("cung-dia-chi", fixturePassword("cung-dia-chi"), "10.3.0.1")));
	}

	@Test
	void aSuccessResetsTheAccountsCounter() throws Exception {
		content.user("dang-nhap-lai", Role.AUTHOR);
		for (int i = 1; i <= 4; i++) {
			failed(mvc.perform(login("dang-nhap-lai", "sai-mat-khau", "10.4.0.1")));
		}
		succeeded(mvc.perform(login("dang-nhap-lai", fixturePassword("dang-nhap-lai"), "10.4.0.1")));
		for (int i = 1; i <= 4; i++) {
			failed(mvc.perform(login("dang-nhap-lai", "sai-mat-khau", "10.4.0.2")));
		}
		succeeded(mvc.perform(login("dang-nhap-lai", fixturePassword("dang-nhap-lai"), "10.4.0.2")));
	}

	@Test
	void anAdministratorsPasswordResetUnlocksTheAccount() throws Exception {
		PortalUser locked = content.user("quen-mat-khau", Role.AUTHOR);
		for (int i = 1; i <= 5; i++) {
			failed(mvc.perform(login("quen-mat-khau", "sai-mat-khau", "10.5.0.1")));
		}
		mvc.perform(login("quen-mat-khau", fixturePassword("quen-mat-khau"), "10.5.0.2"))
			.andExpect(status().isTooManyRequests());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/admin/users/" + locked.id() + "/password")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(content.admin()))
			.param("version", "0")
			.param("password", "MatKhauMoi2025")
			.param("passwordConfirmation", "MatKhauMoi2025"))
			.andExpect(status().is3xxRedirection());
		succeeded(mvc.perform(login("quen-mat-khau", "MatKhauMoi2025", "10.5.0.2")));
	}

	private static void failed(ResultActions result) throws Exception {
		result.andExpect(status().isFound()).andExpect(redirectedUrl("/login?error"));
	}

	private static void succeeded(ResultActions result) throws Exception {
		result.andExpect(status().isFound()).andExpect(redirectedUrl("/admin"));
	}

}
