package vn.tochuc.portal.accounts.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import vn.tochuc.portal.accounts.LoginThrottleFilter;
import vn.tochuc.portal.accounts.TypedLoginName;

@Controller
class LoginController {

	static final String VIEW = "accounts/login";

	@GetMapping("/login")
	String login(HttpServletRequest request, HttpServletResponse response, Model model) {
		TypedLoginName.take(request, response).ifPresent((name) -> model.addAttribute("typedUsername", name));
		return VIEW;
	}

	/**
	 * Only reached by a login the throttle refused (every other login post is handled by Spring
	 * Security): 429 with the login page and how long to wait. The same answer whether the
	 * username exists or not, and whether the account or the address is locked.
	 */
	@PostMapping("/login")
	String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
		Duration wait = LoginThrottleFilter.refusal(request).orElse(null);
		if (wait == null) {
			return "redirect:/login";
		}
		long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		model.addAttribute("throttledMinutes", (seconds + 59) / 60);
		// Answered here, not redirected: the name comes straight from the refused post.
		String typed = request.getParameter("username");
		if (typed != null && !typed.isBlank() && typed.length() <= 100) {
			model.addAttribute("typedUsername", typed);
		}
		return VIEW;
	}

}
