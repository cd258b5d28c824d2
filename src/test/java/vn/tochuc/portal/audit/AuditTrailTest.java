package vn.tochuc.portal.audit;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.UserAccountRepository;
import vn.tochuc.portal.platform.StaffAction;
import vn.tochuc.portal.support.MutableClock;
import vn.tochuc.portal.support.MutableClockConfiguration;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static vn.tochuc.portal.support.Logins.fixturePassword;
import static vn.tochuc.portal.support.Logins.from;
import static vn.tochuc.portal.support.Logins.login;

/** What the audit log records, and that it commits or rolls back with the action. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AuditTrailTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	AuditLog log;

	@Autowired
	UserAccountRepository users;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	@Test
	void loginsAreRecordedWithTheAccountTheTimeAndTheAddress() throws Exception {
		PortalUser reporter = content.user("nhat-ky-dang-nhap", Role.AUTHOR);
		Instant at = Instant.parse("2025-07-15T02:30:00Z");
		clock.set(at);
		mvc.perform(login("nhat-ky-dang-nhap", fixturePassword("nhat-ky-dang-nhap"), "10.40.1.1"))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(login("Nhat-Ky-Dang-Nhap", "sai-mat-khau", "10.40.1.2")).andExpect(redirectedUrl("/login?error"));

		AuditEvent success = only("nhat-ky-dang-nhap", "login.success");
		assertThat(success.getActorId()).isEqualTo(reporter.id());
		assertThat(success.getOccurredAt()).isEqualTo(at);
		assertThat(success.getRemoteAddress()).isEqualTo("10.40.1.1");
		assertThat(success.getTargetType()).isEqualTo("user");
		assertThat(success.getTargetId()).isEqualTo(String.valueOf(reporter.id()));

		AuditEvent failure = only("nhat-ky-dang-nhap", "login.failure");
		assertThat(failure.getActorId()).isNull();
		assertThat(failure.getActorUsername()).isEqualTo("Nhat-Ky-Dang-Nhap");
		assertThat(failure.getRemoteAddress()).isEqualTo("10.40.1.2");
	}

	@Test
	void aFailedLoginKeepsSixtyCharactersOfWhatWasTyped() throws Exception {
		String typed = "ten-rat-dai-".repeat(10);
		mvc.perform(login(typed, "sai-mat-khau", "10.40.2.1")).andExpect(redirectedUrl("/login?error"));
		AuditEvent failure = only(typed.substring(0, 60), "login.failure");
		assertThat(failure.getActorUsername()).hasSize(60);
	}

	@Test
	void aThrottledLoginIsRecordedOncePerLock() throws Exception {
		clock.set(MutableClockConfiguration.START.plusSeconds(3600 * 24));
		for (int i = 0; i < 5; i++) {
			mvc.perform(login("bi-chan-ghi-log", "sai-mat-khau", "10.40.3.1"));
		}
		for (int i = 0; i < 3; i++) {
			mvc.perform(login("bi-chan-ghi-log", "sai-mat-khau", "10.40.3.2"));
		}
		assertThat(events("bi-chan-ghi-log", "login.failure")).hasSize(5);
		AuditEvent throttled = only("bi-chan-ghi-log", "login.throttled");
		assertThat(throttled.getRemoteAddress()).isEqualTo("10.40.3.2");
	}

	@Test
	void creatingAUserIsRecordedWithTheAdministratorAndTheirAddress() throws Exception {
		PortalUser admin = content.admin();
		mvc.perform(post("/admin/users").with(csrf()).with(user(admin)).with(from("10.40.4.1"))
				.param("username", "moi-tao-ghi-log")
				.param("displayName", "Phạm Thị Mới")
				.param("role", "STATISTICS")
				.param("password", "Thongke2025bienche")
				.param("passwordConfirmation", "Thongke2025bienche"))
			.andExpect(redirectedUrl("/admin/users"));
		Long id = users.findByUsernameIgnoreCase("moi-tao-ghi-log").orElseThrow().getId();

		List<AuditEvent> created = log.search(new AuditFilter(null, "user.create", "user", String.valueOf(id), null,
				null, null), 0, 10).getContent();
		assertThat(created).singleElement().satisfies((event) -> {
			assertThat(event.getActorId()).isEqualTo(admin.id());
			assertThat(event.getActorUsername()).isEqualTo("admin");
			assertThat(event.getRemoteAddress()).isEqualTo("10.40.4.1");
			assertThat(event.getSummary()).isEqualTo("moi-tao-ghi-log – Phạm Thị Mới (STATISTICS)");
		});
	}

	@Test
	void everyChangeToAnAccountIsRecorded() throws Exception {
		PortalUser admin = content.admin();
		PortalUser reporter = content.user("doi-nhieu-lan", Role.AUTHOR);
		String id = String.valueOf(reporter.id());
		mvc.perform(post("/admin/users/" + id).with(csrf()).with(user(admin))
			.param("displayName", "Đổi Nhiều Lần").param("role", "EDITOR").param("version", "0"));
		mvc.perform(post("/admin/users/" + id + "/disable").with(csrf()).with(user(admin)).param("version", "1"));
		mvc.perform(post("/admin/users/" + id + "/enable").with(csrf()).with(user(admin)).param("version", "2"));
		mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(user(admin)).param("version", "3")
			.param("password", "Sokethai2025x").param("passwordConfirmation", "Sokethai2025x"));
		mvc.perform(post("/admin/account/password").with(csrf()).with(user(reporter))
			.param("currentPassword", "Sokethai2025x").param("password", "Tongket2025y")
			.param("passwordConfirmation", "Tongket2025y"));

		List<String> actions = log.search(new AuditFilter(null, null, "user", id, null, null, null), 0, 20)
			.getContent().stream().map(AuditEvent::getAction).toList();
		assertThat(actions).containsExactly("account.password-change", "user.password-reset", "user.enable",
				"user.disable", "user.update", "user.create");
		assertThat(only("doi-nhieu-lan", "account.password-change").getActorId()).isEqualTo(reporter.id());
		assertThat(log.search(new AuditFilter(null, "user.update", "user", id, null, null, null), 0, 1)
			.getContent().get(0).getSummary())
			.isEqualTo("doi-nhieu-lan – Cán bộ doi-nhieu-lan (AUTHOR) → doi-nhieu-lan – Đổi Nhiều Lần (EDITOR)");
	}

	@Test
	void anActionWhoseTransactionRollsBackLeavesNoLineAndACommittedOneLeavesOne() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult((status) -> {
			publisher.publishEvent(new StaffAction("article.publish", "article", 424242, "Bài bị hủy giao dịch"));
			status.setRollbackOnly();
		});
		assertThat(search("Bài bị hủy giao dịch")).isEmpty();

		transaction.executeWithoutResult((status) -> publisher
			.publishEvent(new StaffAction("article.publish", "article", 434343, "Bài đã cam kết giao dịch")));
		assertThat(search("Bài đã cam kết giao dịch")).singleElement()
			.satisfies((event) -> assertThat(event.getTargetId()).isEqualTo("434343"));
	}

	private List<AuditEvent> search(String text) {
		return log.search(new AuditFilter(null, null, null, null, null, null, text), 0, 10).getContent();
	}

	private List<AuditEvent> events(String actor, String action) {
		return log.search(new AuditFilter(actor, action, null, null, null, null, null), 0, 50).getContent();
	}

	private AuditEvent only(String actor, String action) {
		List<AuditEvent> found = events(actor, action);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
