package vn.tochuc.portal.accounts;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's credential store, told when a passkey is new: its name is tidied and
 * {@link PasskeyRegistration} hears of it (audit log, recovery codes, the session's factor).
 * Saves of a known passkey (its signature counter after a login) pass straight through.
 */
final class RegisteringCredentialRepository implements UserCredentialRepository {

	/** As long as the page's field allows. */
	static final int LABEL_LENGTH = 60;

	private final UserCredentialRepository store;

	private final ObjectProvider<PasskeyRegistration> registration;

	RegisteringCredentialRepository(UserCredentialRepository store, ObjectProvider<PasskeyRegistration> registration) {
		this.store = store;
		this.registration = registration;
	}

	@Override
	public void save(CredentialRecord credentialRecord) {
		if (store.findByCredentialId(credentialRecord.getCredentialId()) != null) {
			store.save(credentialRecord);
			return;
		}
		CredentialRecord named = ImmutableCredentialRecord.fromCredentialRecord(credentialRecord)
			.label(label(credentialRecord.getLabel()))
			.build();
		store.save(named);
		registration.getObject().registered(named);
	}

	@Override
	public void delete(Bytes credentialId) {
		store.delete(credentialId);
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return store.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return store.findByUserId(userId);
	}

	/** One line, at most {@link #LABEL_LENGTH} characters; the script never sends an empty one. */
	static String label(String typed) {
		String line = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ");
		if (line.isEmpty()) {
			line = "passkey";
		}
		return line.length() > LABEL_LENGTH ? line.substring(0, LABEL_LENGTH) : line;
	}

}
