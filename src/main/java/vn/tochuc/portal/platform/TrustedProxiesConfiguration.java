package vn.tochuc.portal.platform;

import java.util.Optional;

import org.apache.catalina.valves.RemoteIpValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The client's address behind a reverse proxy. Tomcat's {@link RemoteIpValve} replaces the
 * connection's address with the one in {@code X-Forwarded-For} (the right-most address that is not
 * a trusted proxy) and takes the scheme from {@code X-Forwarded-Proto}, but only when the
 * connection comes from a trusted proxy: exactly the addresses of {@code portal.proxy.trusted-addresses}
 * (PORTAL_TRUSTED_PROXIES), none by default. Everything that needs the client's address (the
 * login throttle, the readers' post limits, the audit log, the visit counter) reads
 * {@code request.getRemoteAddr()} and so sees only what that rule allows.
 *
 * <p>With {@code server.forward-headers-strategy=native} Spring Boot adds the valve and this
 * replaces its internal proxies (by default every private and loopback address, which let any
 * client on those networks, or on the host, pass for another address) with the setting. Without a
 * strategy the valve is added here as soon as proxies are listed. {@code framework} (Spring's
 * ForwardedHeaderFilter believes every client) is refused at start-up. The {@code Forwarded}
 * header of RFC 7239 is never read: proxies send {@code X-Forwarded-For} and {@code X-Forwarded-Proto}.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxiesConfiguration {

	private static final Log log = LogFactory.getLog(TrustedProxiesConfiguration.class);

	static final String STRATEGY = "server.forward-headers-strategy";

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxiesOnly(ProxyProperties properties,
			Environment environment) {
		TrustedProxies proxies = new TrustedProxies(properties.trustedAddresses());
		if ("framework".equalsIgnoreCase(environment.getProperty(STRATEGY, "").trim())) {
			throw new IllegalStateException(STRATEGY + "=framework believes X-Forwarded-For from every client; "
					+ "list the reverse proxies in PORTAL_TRUSTED_PROXIES instead (with native or no strategy)");
		}
		return new TrustedProxiesCustomizer(proxies);
	}

	/** Runs after Spring Boot's own Tomcat customizer (order 0), which creates the valve for native. */
	static final class TrustedProxiesCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final TrustedProxies proxies;

		TrustedProxiesCustomizer(TrustedProxies proxies) {
			this.proxies = proxies;
		}

		@Override
		public int getOrder() {
			return 1;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			Optional<RemoteIpValve> configured = factory.getEngineValves().stream()
				.filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst();
			if (configured.isEmpty() && proxies.isEmpty()) {
				return;
			}
			RemoteIpValve valve = configured.orElseGet(() -> {
				RemoteIpValve added = newValve();
				factory.addEngineValves(added);
				return added;
			});
			// A list with "/" is read as CIDR ranges; an empty one trusts no one.
			valve.setInternalProxies(proxies.asCidrList());
			valve.setTrustedProxies(null);
			log.info(proxies.isEmpty() ? "Forwarded headers are believed from no address (PORTAL_TRUSTED_PROXIES is empty)"
					: "Forwarded headers are believed only from " + proxies.asCidrList());
		}

		/** As Spring Boot sets it up for native. */
		static RemoteIpValve newValve() {
			RemoteIpValve valve = new RemoteIpValve();
			valve.setRemoteIpHeader("X-Forwarded-For");
			valve.setProtocolHeader("X-Forwarded-Proto");
			valve.setProtocolHeaderHttpsValue("https");
			valve.setPortHeader("X-Forwarded-Port");
			valve.setHostHeader("X-Forwarded-Host");
			return valve;
		}

	}

}
