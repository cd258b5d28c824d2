package vn.tochuc.portal.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Spring Security 7's multi-factor authentication for the staff pages. The portal's request rules
 * ({@code hasRole}, {@code authenticated}, … in {@link SecurityConfiguration}) are built by this
 * factory, which adds {@link SecondFactorGate}'s check to each of them; {@code permitAll} is left
 * alone, so readers' pages, the login pages and logout never ask for a code.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

	@Bean
	AuthorizationManagerFactory<RequestAuthorizationContext> staffAuthorizationRules(SecondFactorGate gate) {
		DefaultAuthorizationManagerFactory<RequestAuthorizationContext> rules = new DefaultAuthorizationManagerFactory<>();
		rules.setAdditionalAuthorization(gate::authorize);
		return rules;
	}

}
