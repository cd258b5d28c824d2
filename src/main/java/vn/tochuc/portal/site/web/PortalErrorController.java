package vn.tochuc.portal.site.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.tochuc.portal.platform.ErrorPages;

/**
 * Every error ends on the portal's own page in the reader's language (a JSON body only for
 * clients that ask for JSON alone), and never shows a stack trace.
 */
@Controller
class PortalErrorController implements ErrorController {

	/**
	 * A visitor is only ever refused for a form whose token was missing or stale (pages that need
	 * a login send them to it): the text speaks of the form, not of an account they do not have.
	 */
	static final String VISITOR_403 = "error.403.visitor";

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
		int status = statusOf(request);
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains("text/html")) {
			return ResponseEntity.status(status).body(Map.of("status", status));
		}
		response.setStatus(status);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return ErrorPages.show(model, status, status == HttpStatus.FORBIDDEN.value() && isVisitor() ? VISITOR_403 : null);
	}

	private static boolean isVisitor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || new AuthenticationTrustResolverImpl().isAnonymous(authentication);
	}

	private static int statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400) {
			return value;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR.value();
	}

}
