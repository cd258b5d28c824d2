package vn.tochuc.portal.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * The staff's passkeys as Spring Security's JDBC repositories keep them (tables of V20): a user's
 * WebAuthn user entity is found by the login name, their credentials by its random user handle.
 * Only reads and removals here; the rules (the site's rule, recovery codes, the audit log) are in
 * {@link SecondFactors}.
 */
@Component
public class Passkeys {

	/** A passkey as its owner's page lists it; {@code id} is the credential id in base64url. */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {
	}

	private final JdbcTemplate jdbc;

	private final JdbcPublicKeyCredentialUserEntityRepository userEntities;

	private final JdbcUserCredentialRepository credentials;

	Passkeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
		this.credentials = new JdbcUserCredentialRepository(jdbc);
	}

	PublicKeyCredentialUserEntityRepository userEntities() {
		return userEntities;
	}

	UserCredentialRepository credentials() {
		return credentials;
	}

	public List<Passkey> of(String username) {
		return jdbc.query("""
				SELECT c.credential_id, c.label, c.created, c.last_used FROM user_credentials c
				JOIN user_entities e ON e.id = c.user_entity_user_id WHERE e.name = ? ORDER BY c.created, c.credential_id""",
				(row, i) -> new Passkey(row.getString(1), row.getString(2), instant(row.getTimestamp(3)),
						instant(row.getTimestamp(4))),
				username);
	}

	public long count(String username) {
		Long count = jdbc.queryForObject("""
				SELECT count(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
				WHERE e.name = ?""", Long.class, username);
		return count == null ? 0 : count;
	}

	/** The user's own passkey of that id, if it is theirs (someone else's is as good as none). */
	Optional<CredentialRecord> ownedBy(String username, String credentialId) {
		PublicKeyCredentialUserEntity owner = userEntities.findByUsername(username);
		if (owner == null || credentialId == null || !credentialId.matches("[A-Za-z0-9_-]{16,1000}")) {
			return Optional.empty();
		}
		CredentialRecord credential = credentials.findByCredentialId(Bytes.fromBase64(credentialId));
		return Optional.ofNullable(credential).filter((found) -> owner.getId().equals(found.getUserEntityUserId()));
	}

	void delete(CredentialRecord credential) {
		credentials.delete(credential.getCredentialId());
	}

	/** Removes every passkey of the user and their user handle; returns how many passkeys there were. */
	int deleteAllOf(String username) {
		PublicKeyCredentialUserEntity owner = userEntities.findByUsername(username);
		if (owner == null) {
			return 0;
		}
		int removed = jdbc.update("DELETE FROM user_credentials WHERE user_entity_user_id = ?",
				owner.getId().toBase64UrlString());
		userEntities.delete(owner.getId());
		return removed;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
