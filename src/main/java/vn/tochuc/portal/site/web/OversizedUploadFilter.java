package vn.tochuc.portal.site.web;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import vn.tochuc.portal.platform.RequestWithoutParameters;

/**
 * A multipart request over the container's limit ({@code spring.servlet.multipart.*}) fails when
 * its parameters are first read. That is Spring Security's CSRF check, before any controller, so
 * the container answered with its own bare 413 page and logged the failure twice. This filter
 * reads the parts just ahead of Spring Security and answers such a request with the portal's 413
 * page instead. Nothing of the request reaches a controller, so nothing is stored.
 */
@Component
class OversizedUploadFilter extends OncePerRequestFilter implements Ordered {

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (multipart.isMultipart(request) && overTheLimit(request)) {
			showErrorPage(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Parses the parts now, as the CSRF check would a moment later; Spring tells a size failure apart. */
	private static boolean overTheLimit(HttpServletRequest request) {
		try {
			new StandardMultipartHttpServletRequest(request);
			return false;
		}
		catch (MaxUploadSizeExceededException ex) {
			return true;
		}
		catch (MultipartException ex) {
			// Some other broken body: the rest of the chain answers it as before.
			return false;
		}
	}

	/**
	 * The error page, rendered by the portal's error controller for a request with its unreadable
	 * body set aside (read as a GET without parameters, so no one tries to parse it again).
	 */
	private static void showErrorPage(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		HttpServletRequest withoutBody = new WithoutBody(request);
		withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		request.getRequestDispatcher("/error").forward(withoutBody, response);
	}

	private static final class WithoutBody extends RequestWithoutParameters {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

	}

}
