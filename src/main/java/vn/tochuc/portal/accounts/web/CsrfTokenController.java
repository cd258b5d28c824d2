package vn.tochuc.portal.accounts.web;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands a CSRF token to portal.js for the readers' forms, whose cached pages carry none. Never
 * stored by any cache: the token belongs to this reader (a visitor's token cookie, which this
 * answer sets when there is none yet; a staff member's session). It creates no session.
 */
@RestController
class CsrfTokenController {

	@GetMapping("/csrf")
	ResponseEntity<Map<String, String>> token(CsrfToken token) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("parameterName", token.getParameterName(), "token", token.getToken()));
	}

}
