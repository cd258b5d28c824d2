package vn.tochuc.portal.platform;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Puts the page cache in front of the application, just before Spring Security (see PageCacheFilter). */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver localeResolver) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, localeResolver));
		registration.addUrlPatterns("/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
