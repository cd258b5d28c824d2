package vn.tochuc.portal.accounts.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.UserAccount;
import vn.tochuc.portal.accounts.UserAccountRepository;
import vn.tochuc.portal.support.MutableClockConfiguration;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One enabled administrator always remains. This runs in the test context whose database has a
 * single administrator (the first one); no test in that context creates another that stays.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class LastAdministratorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	UserAccountRepository users;

	@Test
	void theLastEnabledAdministratorCannotBeDemotedOrDisabled() throws Exception {
		PortalUser admin = content.admin();
		assertThat(users.findAll()).filteredOn((u) -> u.getRole() == Role.ADMIN && u.isEnabled())
			.extracting(UserAccount::getUsername).containsExactly("admin");
		// Someone demoted while signed in: their session still says ADMIN, the database does not.
		PortalUser former = content.user("cuu-quan-tri", Role.EDITOR);
		PortalUser staleSession = new PortalUser(former.id(), former.username(), former.passwordHash(),
				former.displayName(), Role.ADMIN, true);
		long version = users.findById(admin.id()).orElseThrow().getVersion();

		mvc.perform(post("/admin/users/" + admin.id()).with(csrf()).with(user(staleSession))
				.param("displayName", "Quản trị hệ thống").param("role", "EDITOR").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Không thể hạ quyền: đây là quản trị viên cuối cùng còn hoạt động.")));
		mvc.perform(post("/admin/users/" + admin.id() + "/disable").with(csrf()).with(user(staleSession))
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashError", "user.rule.lastAdminDisable"));

		UserAccount kept = users.findById(admin.id()).orElseThrow();
		assertThat(kept.getRole()).isEqualTo(Role.ADMIN);
		assertThat(kept.isEnabled()).isTrue();
	}

	@Test
	void anotherAdministratorMayBeDisabledWhileOneRemains() throws Exception {
		PortalUser admin = content.admin();
		PortalUser second = content.user("quan-tri-tam", Role.AUTHOR);
		mvc.perform(post("/admin/users/" + second.id()).with(csrf()).with(user(admin))
				.param("displayName", "Quản trị tạm").param("role", "ADMIN").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/users/" + second.id() + "/disable").with(csrf()).with(user(admin))
				.param("version", "1"))
			.andExpect(flash().attribute("flashMessage", "user.flash.disabled"));
		assertThat(users.findById(second.id()).orElseThrow().isEnabled()).isFalse();
	}

}
