package vn.tochuc.portal.accounts;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The portal's real security rules for web slice tests of other modules' controllers. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, SessionsConfiguration.class, LoginThrottle.class })
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class SecuritySliceConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
