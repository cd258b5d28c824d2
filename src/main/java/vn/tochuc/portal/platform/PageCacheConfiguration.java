package vn.tochuc.portal.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** Puts the page cache first, before the request observation and Spring Security (see PageCacheFilter). */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver localeResolver) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, localeResolver));
		registration.addUrlPatterns("/*");
		// Ahead of the observation filter (HIGHEST_PRECEDENCE + 1); the character encoding filter,
		// at the same order, does not matter for the GETs served here.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
