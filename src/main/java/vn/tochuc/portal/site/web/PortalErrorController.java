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

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
		int status = statusOf(request);
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains("text/html")) {
			return ResponseEntity.status(status).body(Map.of("status", status));
		}
		response.setStatus(status);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return ErrorPages.show(model, status, null);
	}

	private static int statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400) {
			return value;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR.value();
	}

}
