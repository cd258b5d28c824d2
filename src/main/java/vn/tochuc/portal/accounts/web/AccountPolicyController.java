package vn.tochuc.portal.accounts.web;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.accounts.AccountPolicies;
import vn.tochuc.portal.accounts.AccountPolicy;
import vn.tochuc.portal.accounts.AccountRuleException;
import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.platform.ErrorPages;

/** The administrators' switch that requires a second factor of every administrator and editor. */
@Controller
@RequestMapping(AccountPolicyController.PATH)
class AccountPolicyController {

	static final String PATH = "/admin/users/second-factor-rule";

	static final String VIEW = "accounts/admin/second-factor-rule";

	private final AccountPolicies policies;

	AccountPolicyController(AccountPolicies policies) {
		this.policies = policies;
	}

	@GetMapping
	String page(Model model) {
		AccountPolicy policy = policies.current();
		model.addAttribute("policy", policy);
		model.addAttribute("withoutSecondFactor", policies.editorsWithoutSecondFactor());
		return VIEW;
	}

	@PostMapping
	String save(@RequestParam(defaultValue = "false") boolean required, @RequestParam long version,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			policies.requireSecondFactorForEditors(required, version, user);
			redirect.addFlashAttribute("flashMessage",
					required ? "secondFactor.rule.flash.on" : "secondFactor.rule.flash.off");
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:" + PATH;
	}

	/** Another administrator changed the rule after this page was loaded: nothing was saved. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String stale(Model model) {
		return ErrorPages.show(model, HttpStatus.CONFLICT, "secondFactor.rule.stale");
	}

}
