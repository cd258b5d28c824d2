package vn.tochuc.portal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.accounts.AccountRuleException;
import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.SecondFactorGate;
import vn.tochuc.portal.accounts.SecondFactorLogin;

/**
 * The login's second step: after the password, a staff member with a second factor types the
 * code from their app (or a recovery code). Until then the session reaches no staff page.
 */
@Controller
@RequestMapping(SecondFactorGate.CODE_PAGE)
class SecondFactorLoginController {

	static final String VIEW = "accounts/login-code";

	private final SecondFactorGate gate;

	private final SecondFactorLogin login;

	SecondFactorLoginController(SecondFactorGate gate, SecondFactorLogin login) {
		this.gate = gate;
		this.login = login;
	}

	@GetMapping
	String form(Authentication authentication) {
		String elsewhere = elsewhere(authentication);
		return elsewhere != null ? elsewhere : VIEW;
	}

	@PostMapping
	String verify(@RequestParam(required = false) String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		String elsewhere = elsewhere(authentication);
		if (elsewhere != null) {
			return elsewhere;
		}
		SecondFactorLogin.Attempt attempt;
		try {
			attempt = login.attempt((PortalUser) authentication.getPrincipal(), code, request, response);
		}
		catch (AccountRuleException unreadable) {
			model.addAttribute("codeError", unreadable.getMessageKey());
			return VIEW;
		}
		switch (attempt.outcome()) {
			case ACCEPTED -> {
				if (attempt.recoveryCodeUsed()) {
					redirect.addFlashAttribute("flashMessage", "secondFactor.flash.recoveryCodeUsed");
					redirect.addFlashAttribute("flashArgs", new Object[] { attempt.recoveryCodesLeft() });
				}
				return "redirect:" + login.target(request, response);
			}
			case THROTTLED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(attempt.waitMinutes() * 60));
				model.addAttribute("throttledMinutes", attempt.waitMinutes());
				return VIEW;
			}
			default -> {
				return "redirect:" + SecondFactorGate.CODE_PAGE + "?error";
			}
		}
	}

	/** Where someone who owes no code goes instead: the login, the enrolment, or the staff pages. */
	private String elsewhere(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser)) {
			return "redirect:/login";
		}
		return switch (gate.owed(authentication)) {
			case CODE -> null;
			case ENROLMENT -> "redirect:" + SecondFactorGate.ENROLMENT_PAGE;
			case NOTHING -> "redirect:/admin";
		};
	}

}
