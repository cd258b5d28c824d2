package vn.tochuc.portal.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import vn.tochuc.portal.accounts.SecondFactorThrottledException;
import vn.tochuc.portal.accounts.SecondFactors;

/**
 * A staff member's own second factor: enrol an authenticator app (QR code or the secret typed,
 * then a code to confirm), get new recovery codes, or turn it off with the password and a code.
 */
@Controller
@RequestMapping(SecondFactorGate.ENROLMENT_PAGE)
class SecondFactorController {

	static final String VIEW = "accounts/second-factor";

	private static final String BACK = "redirect:" + SecondFactorGate.ENROLMENT_PAGE;

	private final SecondFactors factors;

	private final SecondFactorLogin login;

	SecondFactorController(SecondFactors factors, SecondFactorLogin login) {
		this.factors = factors;
		this.login = login;
	}

	@GetMapping
	String page(@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response) {
		// The page can show the secret and the recovery codes: never kept by a cache.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		SecondFactors.Status status = factors.status(user);
		model.addAttribute("status", status);
		if (status.pending()) {
			factors.pendingEnrolment(user).ifPresent((enrolment) -> model.addAttribute("enrolment", enrolment));
		}
		return VIEW;
	}

	@PostMapping("/start")
	String start(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			factors.startEnrolment(user);
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return BACK;
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam(required = false) String code, @AuthenticationPrincipal PortalUser user,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			List<String> codes = factors.confirmEnrolment(user, code);
			// The code just typed proves the factor for this session too.
			login.complete(request, response);
			redirect.addFlashAttribute("flashMessage", "secondFactor.flash.enabled");
			redirect.addFlashAttribute("recoveryCodes", codes);
			redirect.addFlashAttribute("continueTo", login.target(request, response));
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("flashError", errorKey(ex));
		}
		return BACK;
	}

	@PostMapping("/recovery-codes")
	String newRecoveryCodes(@RequestParam(required = false) String code, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("recoveryCodes", factors.regenerateRecoveryCodes(user, code));
			redirect.addFlashAttribute("flashMessage", "secondFactor.flash.recoveryCodes");
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("flashError", errorKey(ex));
		}
		return BACK;
	}

	@PostMapping("/disable")
	String disable(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String code,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			factors.disable(user, currentPassword, code);
			redirect.addFlashAttribute("flashMessage", "secondFactor.flash.disabled");
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("flashError", errorKey(ex));
		}
		return BACK;
	}

	private static String errorKey(AccountRuleException ex) {
		return ex instanceof SecondFactorThrottledException ? "secondFactor.code.throttledNow" : ex.getMessageKey();
	}

}
