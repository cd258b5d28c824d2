package vn.tochuc.portal.accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionLimit;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.tochuc.portal.platform.ReaderFormToken;

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

	static final String LOGIN_PAGE = "/login";

	/**
	 * The public forms readers post without logging in (comments, "Góp ý"). Their controllers check
	 * the token themselves (see {@link ReaderFormToken}) so that a post without one gets a page that
	 * lets the reader confirm it, rather than a bare error.
	 */
	static final RequestMatcher READER_FORMS = ReaderFormToken::isReaderFormPost;

	static final String USERNAME_PARAMETER = "username";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle, ApplicationEventPublisher events,
			SessionRegistry sessions) throws Exception {
		LoginOutcomes outcomes = new LoginOutcomes(throttle, events);
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/admin/users/**", "/admin/audit/**", "/admin/search/**", "/admin/links/**", "/admin/banner/**",
						"/admin/about/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/admin/comments/**", "/admin/feedback/**").hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
				.requestMatchers("/admin/staffing/**").hasAnyRole(Role.ADMIN.name(), Role.STATISTICS.name())
				.requestMatchers("/admin/congresses/**")
					.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name(), Role.STATISTICS.name())
				.requestMatchers("/admin/categories/**", "/admin/meetings/**", "/admin/documents/**").hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
				.requestMatchers("/admin/articles/**", "/admin/media/**")
					.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name(), Role.AUTHOR.name())
				.requestMatchers("/admin", "/admin/**").authenticated()
				.anyRequest().permitAll())
			// Every state-changing request needs a token. The readers' forms are checked in their
			// controllers instead of here (same token, same repository): see ReaderFormToken.
			// Where tokens live (a cookie for visitors, the session for staff): SessionsConfiguration.
			.csrf(csrf -> csrf.ignoringRequestMatchers(READER_FORMS))
			.addFilterBefore(new LoginThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class)
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.usernameParameter(USERNAME_PARAMETER)
				.successHandler(outcomes)
				.failureHandler(outcomes)
				.permitAll()
				// A refused (throttled) login post is not authenticated; LoginController answers it.
				.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
					@Override
					public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
						filter.setRequiresAuthenticationRequestMatcher(LoginThrottleFilter::mayAuthenticate);
						return filter;
					}
				}))
			// A session that still owes its second factor (SecondFactorConfiguration) is sent to the code page.
			.exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
					(request, response, denied) -> response.sendRedirect(request.getContextPath() + SecondFactorGate.CODE_PAGE),
					SecondFactorGate.FACTOR))
			// Disabling an account or changing its role or password ends its other sessions.
			.sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
				.maximumSessions(SessionLimit.UNLIMITED)
				.sessionRegistry(sessions)
				.expiredUrl(LOGIN_PAGE + "?expired")))
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
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when the container ends a session or changes its id. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
