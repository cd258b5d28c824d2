package vn.tochuc.portal.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tochuc.portal.support.Logins.login;

/**
 * What a scanner types as a user name (a NUL byte, a very long text) is a failed login like
 * any other, recorded in the audit log as far as it can be: never a server error. wapiti's
 * exec and file modules found the 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OddLoginNamesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/e\u0000", "https://example.org/e.php\u0000", "admin\r\nX-Injected: 1" })
	void controlCharactersAreAFailedLogin(String username) throws Exception {
		long before = failures();
		mvc.perform(login(username, "Letm3in_", "10.77.0.1")).andExpect(status().is3xxRedirection());
		assertThat(failures()).isEqualTo(before + 1);
	}

	@Test
	void aVeryLongNameIsAFailedLoginCutToFit() throws Exception {
		mvc.perform(login("quantri".repeat(100), "Letm3in_", "10.77.0.2")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject(
				"SELECT length(actor_username) FROM audit_event WHERE actor_username LIKE 'quantriquantri%' ORDER BY id DESC LIMIT 1",
				Integer.class))
			.isEqualTo(60);
	}

	@Test
	void theStoredNameKeepsWhatWasPrintable() {
		assertThat(AuditRecorder.asTyped("/e\u0000")).isEqualTo("/e\uFFFD");
		assertThat(AuditRecorder.asTyped("Nguyễn")).isEqualTo("Nguyễn");
		assertThat(AuditRecorder.asTyped(null)).isNull();
	}

	private long failures() {
		return jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'login.failure'", Long.class);
	}

}
