package vn.tochuc.portal.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Every staff page sits under /admin and needs a login; finer rules
 * (an author's own drafts, who may publish) are checked again in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline scripts anywhere: every script is a file served by the portal. */
	static final String CONTENT_SECURITY_POLICY = String.join("; ",
			"default-src 'self'",
			"script-src 'self'",
			"style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:",
			"font-src 'self' data:",
			"connect-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			"frame-ancestors 'self'");

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/admin/users/**", "/admin/audit/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/admin/staffing/**").hasAnyRole(Role.ADMIN.name(), Role.STATISTICS.name())
				.requestMatchers("/admin/categories/**").hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
				.requestMatchers("/admin/articles/**", "/admin/media/**")
					.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name(), Role.AUTHOR.name())
				.requestMatchers("/admin", "/admin/**").authenticated()
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/admin", false)
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.sameOrigin()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
