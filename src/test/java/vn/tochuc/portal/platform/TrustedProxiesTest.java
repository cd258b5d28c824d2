package vn.tochuc.portal.platform;

import java.util.List;

import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The PORTAL_TRUSTED_PROXIES list: address literals and CIDR ranges only, in the form Tomcat reads,
 * and how it becomes Tomcat's RemoteIpValve whatever forward-headers strategy is set.
 */
class TrustedProxiesTest {

	@Test
	void nothingIsTrustedByDefault() {
		assertThat(new TrustedProxies(List.of()).isEmpty()).isTrue();
		assertThat(new TrustedProxies(List.of("", "  ")).asCidrList()).isEmpty();
	}

	@Test
	void singleAddressesBecomeRangesOfOneAndRangesStayAsWritten() throws Exception {
		TrustedProxies proxies = new TrustedProxies(List.of("127.0.0.1", " 10.0.0.0/8", "::1", "fd00::/8",
				"::ffff:192.168.1.9", "2001:db8::1:0:0:1/64"));
		assertThat(proxies.ranges()).containsExactly("127.0.0.1/32", "10.0.0.0/8", "0:0:0:0:0:0:0:1/128",
				"fd00:0:0:0:0:0:0:0/8", "192.168.1.9/32", "2001:db8:0:0:1:0:0:1/64");
		// Tomcat reads the list as CIDR ranges (it has a "/"), and matches exactly those.
		NetMaskSet tomcat = NetMaskSet.parse(proxies.asCidrList());
		assertThat(tomcat.contains("127.0.0.1")).isTrue();
		assertThat(tomcat.contains("127.0.0.2")).isFalse();
		assertThat(tomcat.contains("10.200.3.4")).isTrue();
		assertThat(tomcat.contains("11.0.0.1")).isFalse();
		assertThat(tomcat.contains("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(tomcat.contains("fd12::5")).isTrue();
		assertThat(tomcat.contains("fe80::1")).isFalse();
		assertThat(tomcat.contains("192.168.1.9")).isTrue();
		assertThat(tomcat.contains("192.168.1.10")).isFalse();
	}

	@Test
	void hostNamesWildcardsAndBrokenAddressesAreRefusedAtStartUp() {
		for (String wrong : List.of("proxy.example", "localhost", "*", "10.0.0.0/33", "::1/129", "256.1.1.1", "10.0.0",
				"010.0.0.1", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "10.0.0.0/", "10.0.0.0/-1", ".*")) {
			assertThatIllegalArgumentException().as(wrong).isThrownBy(() -> new TrustedProxies(List.of(wrong)))
				.withMessageContaining("portal.proxy.trusted-addresses");
		}
	}

	@Test
	void literalsAreReadWithoutAnyNameLookup() {
		assertThat(TrustedProxies.literal("192.0.2.1")).containsExactly(192, 0, 2, 1);
		assertThat(TrustedProxies.literal("::")).hasSize(16).containsOnly(0);
		assertThat(TrustedProxies.literal("1:2:3:4:5:6:7:8")).hasSize(16);
		assertThat(TrustedProxies.literal("::ffff:10.1.2.3")).containsExactly(10, 1, 2, 3);
		assertThat(TrustedProxies.literal("example.org")).isNull();
	}

	static TomcatServletWebServerFactory customized(String strategy, List<String> trusted) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		if ("native".equals(strategy)) {
			factory.addEngineValves(new RemoteIpValve()); // as Spring Boot adds it, with its default internal proxies
		}
		MockEnvironment environment = new MockEnvironment();
		if (strategy != null) {
			environment.setProperty(TrustedProxiesConfiguration.STRATEGY, strategy);
		}
		new TrustedProxiesConfiguration().trustedProxiesOnly(new ProxyProperties(trusted), environment).customize(factory);
		return factory;
	}

	static RemoteIpValve valve(TomcatServletWebServerFactory factory) {
		return factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
			.findFirst().orElse(null);
	}

	@Test
	void withNativeTomcatBelievesOnlyTheListedProxiesNotEveryPrivateAddress() {
		assertThat(new RemoteIpValve().getInternalProxies()).as("Tomcat's default").contains("127.0.0.0/8");
		assertThat(valve(customized("native", List.of()))).satisfies((valve) -> {
			assertThat(valve.getInternalProxies()).isNull();
			assertThat(valve.getTrustedProxies()).isNull();
		});
		assertThat(valve(customized("native", List.of("10.1.2.3"))).getInternalProxies()).isEqualTo("10.1.2.3/32");
	}

	@Test
	void withoutAStrategyTheValveComesWithTheFirstListedProxy() {
		assertThat(valve(customized(null, List.of()))).isNull();
		RemoteIpValve valve = valve(customized(null, List.of("127.0.0.1", "::1")));
		assertThat(valve.getInternalProxies()).isEqualToIgnoringWhitespace("127.0.0.1/32,0:0:0:0:0:0:0:1/128");
		assertThat(valve.getRemoteIpHeader()).isEqualToIgnoringCase("X-Forwarded-For");
		assertThat(valve.getProtocolHeader()).isEqualToIgnoringCase("X-Forwarded-Proto");
	}

	@Test
	void springsFrameworkStrategyWhichBelievesEveryClientIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> customized("framework", List.of("127.0.0.1")))
			.withMessageContaining("PORTAL_TRUSTED_PROXIES");
	}

}
