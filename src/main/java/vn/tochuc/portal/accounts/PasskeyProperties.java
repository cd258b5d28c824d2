package vn.tochuc.portal.accounts;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where passkeys (WebAuthn) work. Browsers offer them only to a secure origin: HTTPS, or
 * {@code localhost}. When neither setting is given they follow {@code PORTAL_BASE_URL}: its host is
 * the relying party id and its origin the only allowed one, and on a plain-HTTP address other than
 * localhost passkeys are off.
 *
 * @param rpId the relying party id, a host name (PORTAL_WEBAUTHN_RP_ID); the base URL's host when unset
 * @param origins the origins a ceremony may come from, comma separated (PORTAL_WEBAUTHN_ORIGINS);
 * the base URL's origin when unset
 * @param enabled false turns passkeys off whatever the address (PORTAL_WEBAUTHN_ENABLED)
 */
@ConfigurationProperties("portal.webauthn")
record PasskeyProperties(String rpId, List<String> origins, Boolean enabled) {

	PasskeySettings resolve(String baseUrl) {
		URI base = URI.create(baseUrl.strip());
		String baseOrigin = origin(base);
		Set<String> allowed = origins == null || origins.stream().noneMatch(StringUtils::hasText) ? Set.of(baseOrigin)
				: origins.stream().filter(StringUtils::hasText).map(String::strip).map(URI::create).map(PasskeyProperties::origin)
					.collect(Collectors.toUnmodifiableSet());
		String id = StringUtils.hasText(rpId) ? rpId.strip().toLowerCase(Locale.ROOT) : base.getHost().toLowerCase(Locale.ROOT);
		boolean secure = allowed.stream().allMatch(PasskeyProperties::isSecureContext);
		return new PasskeySettings(!Boolean.FALSE.equals(enabled) && secure, id, allowed);
	}

	/** What browsers treat as a secure context, where they offer WebAuthn at all. */
	static boolean isSecureContext(String origin) {
		URI uri = URI.create(origin);
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		return "https".equalsIgnoreCase(uri.getScheme()) || host.equals("localhost") || host.endsWith(".localhost")
				|| host.equals("127.0.0.1") || host.equals("[::1]");
	}

	private static String origin(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		boolean defaultPort = uri.getPort() == -1 || (scheme.equals("https") && uri.getPort() == 443)
				|| (scheme.equals("http") && uri.getPort() == 80);
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + uri.getPort());
	}

}
