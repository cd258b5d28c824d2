package vn.tochuc.portal.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Puts the content version into the links to the portal's own CSS, scripts and images, as
 * Spring's {@link ResourceUrlEncodingFilter} does, but asks the resource chain only about those:
 * Spring's filter looks every link of a page (each article, each category) up as a possible
 * static file, and in the packaged jar each such miss searches every nested jar. A profile of
 * the home page rendered without cache put about 70 % of its CPU there.
 *
 * <p>Declared as a {@link ResourceUrlEncodingFilter} so that Spring Boot does not add its own.
 */
class StaticUrlVersioning extends ResourceUrlEncodingFilter {

	/** Where the portal's own static files are served; webjars version themselves by path. */
	static final String[] STATIC_PREFIXES = { "/css/", "/js/", "/img/", "/webjars/" };

	private final ResourceUrlProvider urls;

	StaticUrlVersioning(ResourceUrlProvider urls) {
		this.urls = urls;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest httpRequest) || !(response instanceof HttpServletResponse httpResponse)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {
			@Override
			public String encodeURL(String url) {
				if (isStatic(url)) {
					String versioned = urls.getForRequestUrl(httpRequest, url);
					if (versioned != null) {
						return super.encodeURL(versioned);
					}
				}
				return super.encodeURL(url);
			}
		});
	}

	static boolean isStatic(String url) {
		for (String prefix : STATIC_PREFIXES) {
			if (url.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
