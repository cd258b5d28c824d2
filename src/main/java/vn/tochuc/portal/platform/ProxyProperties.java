package vn.tochuc.portal.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reverse proxies whose forwarded headers the portal believes.
 *
 * @param trustedAddresses the proxies' addresses, each an IPv4 or IPv6 address or a CIDR range
 * (PORTAL_TRUSTED_PROXIES, comma-separated); none by default, so that no client can pass for
 * another address
 */
@ConfigurationProperties("portal.proxy")
public record ProxyProperties(@DefaultValue List<String> trustedAddresses) {
}
