package vn.tochuc.portal.accounts.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tochuc.portal.support.Logins.fixturePassword;
import static vn.tochuc.portal.support.Logins.login;

/** Every staff member changes their own password at /admin/account/password. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Test
	void everyRoleHasThePageButNotAnonymousVisitors() throws Exception {
		for (Role role : Role.values()) {
			PortalUser someone = content.user("doi-mk-" + role.name().toLowerCase(), role);
			mvc.perform(get("/admin/account/password").with(user(someone))).andExpect(status().isOk());
		}
		mvc.perform(get("/admin/account/password")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aUserChangesTheirPasswordWithTheCurrentOne() throws Exception {
		PortalUser reporter = content.user("tu-doi-mk", Role.AUTHOR);
		mvc.perform(change(fixturePassword("tu-doi-mk"), "Hoinghi21diemcau", "Hoinghi21diemcau").with(user(reporter)))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("flashMessage", "account.flash.passwordChanged"));
		mvc.perform(login("tu-doi-mk", fixturePassword("tu-doi-mk"), "10.30.1.1")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(login("tu-doi-mk", "Hoinghi21diemcau", "10.30.1.1")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndNothingChanges() throws Exception {
		PortalUser reporter = content.user("sai-mk-cu", Role.AUTHOR);
		String page = mvc.perform(change("khong-phai-mk-cu", "Hoinghi21diemcau", "Hoinghi21diemcau").with(user(reporter)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"currentPassword-error\">Mật khẩu hiện tại không đúng.<")
			.doesNotContain("Hoinghi21diemcau")
			.doesNotContain("khong-phai-mk-cu");
		mvc.perform(login("sai-mk-cu", "Hoinghi21diemcau", "10.30.2.1")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(login("sai-mk-cu", fixturePassword("sai-mk-cu"), "10.30.2.1")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void theNewPasswordMustMeetThePolicyAndBeTypedTwice() throws Exception {
		PortalUser reporter = content.user("mk-yeu", Role.AUTHOR);
		String current = fixturePassword("mk-yeu");
		String weak = mvc.perform(change(current, "12345678910", "12345678910").with(user(reporter)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(weak).contains("id=\"password-error\">Mật khẩu phải có ít nhất một chữ cái và một chữ số.");
		String mismatch = mvc.perform(change(current, "Hoinghi21diemcau", "Hoinghi21diemcaU").with(user(reporter)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(mismatch).contains("id=\"passwordConfirmation-error\">Hai lần nhập mật khẩu mới không khớp nhau.<");
		String empty = mvc.perform(change("", "Hoinghi21diemcau", "Hoinghi21diemcau").with(user(reporter)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("id=\"currentPassword-error\">Vui lòng nhập mật khẩu hiện tại.<");
		mvc.perform(login("mk-yeu", current, "10.30.3.1")).andExpect(redirectedUrl("/admin"));
	}

	private static MockHttpServletRequestBuilder change(String current, String password, String confirmation) {
		return post("/admin/account/password").with(csrf())
			.param("currentPassword", current)
			.param("password", password)
			.param("passwordConfirmation", confirmation);
	}

}
