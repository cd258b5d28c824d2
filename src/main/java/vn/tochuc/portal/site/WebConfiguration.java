package vn.tochuc.portal.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import vn.tochuc.portal.platform.PageCache;

/** Languages, the visit counter and HTTP caching for the public pages. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Paths that are not reader pages: no visit counted, no public caching. */
	static final String[] NOT_PUBLIC_PAGES = { "/admin/**", "/login", "/logout", "/media/**", "/webjars/**", "/vendor/**",
			"/css/**", "/js/**", "/img/**", "/actuator/**", "/error", "/favicon.ico" };

	private final VisitCounter visits;

	WebConfiguration(VisitCounter visits) {
		this.visits = visits;
	}

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(VIETNAMESE);
		return messages;
	}

	/** Vietnamese unless the reader chose English; the choice is kept in a cookie, not a session. */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("portal-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
		registry.addInterceptor(new PublicPageInterceptor(visits)).excludePathPatterns(NOT_PUBLIC_PAGES);
	}

	/** Versioned links to the portal's own static files, looked up only for those (see StaticUrlVersioning). */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticUrlVersioning(ResourceUrlProvider mvcResourceUrlProvider) {
		// Typed as Spring's filter, so that Spring Boot does not register its own as well.
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticUrlVersioning(mvcResourceUrlProvider));
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** Conditional GETs on reader pages answer 304 when nothing changed. */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI();
				return path.startsWith("/admin") || path.startsWith("/media/") || path.startsWith("/login");
			}
		};
		// Weak: Tomcat leaves an answer with a strong ETag uncompressed (its bytes would change).
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** Counts the visit and lets browsers and proxies keep a reader page for a minute. */
	static final class PublicPageInterceptor implements HandlerInterceptor {

		private final VisitCounter visits;

		PublicPageInterceptor(VisitCounter visits) {
			this.visits = visits;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if ("GET".equals(request.getMethod())) {
				// Counted again each time the page cache answers for this page without rendering it.
				PageCache.onEveryView(request, (reader) -> visits.record(visitorKey(reader)));
				// A language switch answers with this reader's cookie: never for a shared cache.
				boolean switchesLanguage = request.getParameter("lang") != null;
				response.setHeader(HttpHeaders.CACHE_CONTROL, switchesLanguage ? "private, no-store" : "public, max-age=60");
				response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Encoding");
			}
			return true;
		}

		/** A one-way key: the counter never keeps addresses. */
		static String visitorKey(HttpServletRequest request) {
			String raw = request.getRemoteAddr() + "|" + request.getHeader(HttpHeaders.USER_AGENT);
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(digest, 0, 12);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
