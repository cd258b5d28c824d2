package vn.tochuc.portal.accounts.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.accounts.AccountRuleException;
import vn.tochuc.portal.accounts.PasswordPolicy;
import vn.tochuc.portal.accounts.PasswordRejectedException;
import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.UserAdministration;

/** Every signed-in staff member changes their own password here. */
@Controller
@RequestMapping("/admin/account/password")
class AccountController {

	static final String VIEW = "accounts/password";

	private final UserAdministration administration;

	private final PasswordPolicy policy;

	AccountController(UserAdministration administration, PasswordPolicy policy) {
		this.administration = administration;
		this.policy = policy;
	}

	@GetMapping
	String form(@ModelAttribute("form") PasswordChangeForm form) {
		return VIEW;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		form.checkNewPassword(policy, user.username(), errors);
		if (!errors.hasErrors()) {
			try {
				administration.changeOwnPassword(user, form.getCurrentPassword(), form.getPassword());
				redirect.addFlashAttribute("flashMessage", "account.flash.passwordChanged");
				return "redirect:/admin";
			}
			catch (PasswordRejectedException ex) {
				ex.getMessageKeys().forEach((key) -> errors.rejectValue("password", key));
			}
			catch (AccountRuleException ex) {
				errors.rejectValue("currentPassword", ex.getMessageKey());
			}
		}
		form.setCurrentPassword(null);
		form.forgetPasswords();
		return VIEW;
	}

}
