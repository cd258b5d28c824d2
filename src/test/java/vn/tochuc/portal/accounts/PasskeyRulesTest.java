package vn.tochuc.portal.accounts;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.support.FormBrowser;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.portal.support.Logins.fixturePassword;

/**
 * Passkeys as a second factor, through the real forms: a passkey (stored as Spring Security's JDBC
 * repositories store one after a ceremony) makes the password alone insufficient, its owner lists
 * and removes it, nobody else can, a half-signed-in session cannot register one, and an
 * administrator's reset removes them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasskeyRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	Passkeys passkeys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecondFactors factors;

	/** What a successful registration ceremony leaves in the database. */
	String storePasskey(String username, String label) {
		var entity = passkeys.userEntities().findByUsername(username);
		if (entity == null) {
			entity = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(username).displayName(username).build();
			passkeys.userEntities().save(entity);
		}
		Bytes id = Bytes.random();
		passkeys.credentials().save(ImmutableCredentialRecord.builder()
			.credentialId(id)
			.userEntityUserId(entity.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.backupEligible(false)
			.backupState(false)
			.created(Instant.now())
			.lastUsed(Instant.now())
			.label(label)
			.build());
		return id.toBase64UrlString();
	}

	@Test
	void aPasskeyIsASecondFactorListedOnItsOwnersPageAndRemovableOnlyByThem() throws Exception {
		content.user("khoa-chu", Role.EDITOR);
		content.user("khoa-khac", Role.EDITOR);
		String id = storePasskey("khoa-chu", "Điện thoại riêng 4711");

		// The password alone gives nothing: the code page (with its passkey button) comes first.
		FormBrowser owner = new FormBrowser(mvc, "10.70.0.1");
		owner.logIn("khoa-chu", fixturePassword("khoa-chu"));
		assertThat(owner.get("/admin").getRedirectedUrl()).isEqualTo(SecondFactorGate.CODE_PAGE);
		assertThat(owner.page(SecondFactorGate.CODE_PAGE)).contains("id=\"passkey-login\"");
		// ... and that half-signed-in session may not register a passkey of its own.
		assertThat(owner.submit(SecondFactorGate.CODE_PAGE, "/webauthn/register/options").getStatus()).isEqualTo(403);

		// Another user can neither see nor remove it.
		FormBrowser other = new FormBrowser(mvc, "10.70.0.2");
		other.logIn("khoa-khac", fixturePassword("khoa-khac"));
		assertThat(other.page(SecondFactorGate.ENROLMENT_PAGE)).doesNotContain("Điện thoại riêng 4711");
		MockHttpServletResponse refused = other.submit(SecondFactorGate.ENROLMENT_PAGE,
				SecondFactorGate.ENROLMENT_PAGE + "/passkeys/" + id + "/remove");
		assertThat(refused.getStatus()).isEqualTo(404);
		// Spring Security's bare DELETE is closed: removal goes through the audited page only.
		assertThat(passkeys.count("khoa-chu")).isEqualTo(1);

		// The owner, signed in with a passkey factor, sees it and removes it; it is audited.
		PortalUser ownerUser = content.user("khoa-chu-2", Role.AUTHOR);
		String second = storePasskey("khoa-chu-2", "Khóa USB");
		FormBrowser author = new FormBrowser(mvc, "10.70.0.3");
		author.logIn("khoa-chu-2", fixturePassword("khoa-chu-2"));
		factors.removePasskey(ownerUser, second);
		assertThat(passkeys.count("khoa-chu-2")).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'second-factor.passkey-remove'",
				Long.class)).isPositive();
	}

	@Test
	void theRuleAcceptsAPasskeyAndTheLastOneCannotGoWhileTheRuleApplies() throws Exception {
		PortalUser editor = content.user("khoa-quy-dinh", Role.EDITOR);
		String id = storePasskey("khoa-quy-dinh", "Máy tính");
		assertThat(factors.hasSecondFactor(editor)).isTrue();
		jdbc.update("update account_policy set second_factor_required_for_editors = true");
		try {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> factors.removePasskey(editor, id))
				.isInstanceOf(AccountRuleException.class);
			assertThat(passkeys.count("khoa-quy-dinh")).isEqualTo(1);
		}
		finally {
			jdbc.update("update account_policy set second_factor_required_for_editors = false");
		}
	}

	@Test
	void anAdministratorsResetRemovesThePasskeys() throws Exception {
		PortalUser editor = content.user("khoa-dat-lai", Role.EDITOR);
		storePasskey("khoa-dat-lai", "Điện thoại");
		storePasskey("khoa-dat-lai", "Khóa USB");
		factors.reset(editor.id());
		assertThat(passkeys.count("khoa-dat-lai")).isZero();
		assertThat(passkeys.userEntities().findByUsername("khoa-dat-lai")).isNull();
		assertThat(factors.hasSecondFactor(editor)).isFalse();
	}

}
