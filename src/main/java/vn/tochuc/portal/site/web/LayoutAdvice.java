package vn.tochuc.portal.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.SitePaths;

/** Model attributes every page's layout needs. */
@ControllerAdvice
class LayoutAdvice {

	private final PortalProperties properties;

	LayoutAdvice(PortalProperties properties) {
		this.properties = properties;
	}

	/** The portal's public address, for canonical links and Open Graph tags. */
	@ModelAttribute("baseUrl")
	String baseUrl() {
		String url = properties.site().baseUrl();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * The address of the page being shown, so the language switch can stay on it; only ever a
	 * path on this site (an error page for {@code //evil.example/} links to "/").
	 */
	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (errorUri != null) {
			return SitePaths.sameSite(errorUri.toString());
		}
		String query = request.getQueryString();
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(SitePaths.sameSite(request.getRequestURI()));
		if (query != null) {
			builder.query(query).replaceQueryParam("lang");
		}
		return builder.build().toUriString();
	}

}
