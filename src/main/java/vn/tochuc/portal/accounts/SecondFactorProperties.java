package vn.tochuc.portal.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The second factor's settings.
 *
 * @param key the AES key that encrypts the TOTP secrets, base64 of 16, 24 or 32 bytes
 * (PORTAL_SECOND_FACTOR_KEY). When unset, the portal keeps a generated key in the data directory
 * ({@code second-factor.key}, readable only by its owner). Several instances on one database
 * must be given the same key.
 * @param issuer the name authenticator apps show beside the account; the site's name when unset
 */
@ConfigurationProperties("portal.second-factor")
record SecondFactorProperties(String key, String issuer) {

	/** Keeps the key out of logs and error messages. */
	@Override
	public String toString() {
		return "SecondFactorProperties[key=" + (key == null || key.isBlank() ? "unset" : "set") + ", issuer=" + issuer + "]";
	}

}
