package vn.tochuc.portal.accounts;

import java.util.Set;

/**
 * The passkey settings in force (see {@link PasskeyProperties}).
 *
 * @param enabled whether passkeys are offered at all: only on a secure origin
 * @param rpId the relying party id, a host name
 * @param origins the origins a WebAuthn ceremony may come from
 */
public record PasskeySettings(boolean enabled, String rpId, Set<String> origins) {
}
