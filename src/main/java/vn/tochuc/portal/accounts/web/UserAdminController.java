package vn.tochuc.portal.accounts.web;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.accounts.AccountRuleException;
import vn.tochuc.portal.accounts.PasswordPolicy;
import vn.tochuc.portal.accounts.PasswordRejectedException;
import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.SecondFactors;
import vn.tochuc.portal.accounts.StaffDirectory;
import vn.tochuc.portal.accounts.UserAccount;
import vn.tochuc.portal.accounts.UserAdministration;
import vn.tochuc.portal.platform.ErrorPages;

/** User management under /admin/users (administrators only: the URL rule says so). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String LIST_VIEW = "accounts/admin/users";

	static final String NEW_VIEW = "accounts/admin/user-new";

	static final String EDIT_VIEW = "accounts/admin/user-edit";

	private final UserAdministration administration;

	private final StaffDirectory staff;

	private final PasswordPolicy policy;

	private final SecondFactors secondFactors;

	UserAdminController(UserAdministration administration, StaffDirectory staff, PasswordPolicy policy,
			SecondFactors secondFactors) {
		this.administration = administration;
		this.staff = staff;
		this.policy = policy;
		this.secondFactors = secondFactors;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "enabled", "passwordHash");
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", administration.all());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new NewUserForm());
		return NEW_VIEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, RedirectAttributes redirect) {
		form.checkNewPassword(policy, form.getUsername(), errors);
		if (!errors.hasFieldErrors("username") && staff.findUser(form.getUsername()).isPresent()) {
			errors.rejectValue("username", "user.username.taken");
		}
		if (!errors.hasErrors()) {
			try {
				UserAccount created = administration.create(form.getUsername(), form.getDisplayName(), form.getRole(),
						form.getPassword());
				redirect.addFlashAttribute("flashMessage", "user.flash.created");
				redirect.addFlashAttribute("flashArgs", new Object[] { created.getUsername() });
				return "redirect:/admin/users";
			}
			catch (PasswordRejectedException ex) {
				ex.getMessageKeys().forEach((key) -> errors.rejectValue("password", key));
			}
			catch (AccountRuleException | DataIntegrityViolationException ex) {
				// Someone took the name between the check above and the insert (a unique index).
				errors.rejectValue("username", "user.username.taken");
			}
		}
		form.forgetPasswords();
		return NEW_VIEW;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, Model model) {
		UserAccount account = administration.get(id);
		return showEdit(account, UserForm.of(account), PasswordResetForm.forVersion(account.getVersion()), user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				UserAccount saved = administration.update(id, form.getVersion(), form.getDisplayName(), form.getRole(),
						user);
				redirect.addFlashAttribute("flashMessage", "user.flash.updated");
				redirect.addFlashAttribute("flashArgs", new Object[] { saved.getUsername() });
				return "redirect:/admin/users";
			}
			catch (AccountRuleException ex) {
				errors.rejectValue("role", ex.getMessageKey());
			}
		}
		UserAccount account = administration.get(id);
		return showEdit(account, form, PasswordResetForm.forVersion(form.getVersion()), user, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		try {
			UserAccount saved = administration.disable(id, version, user);
			redirect.addFlashAttribute("flashMessage", "user.flash.disabled");
			redirect.addFlashAttribute("flashArgs", new Object[] { saved.getUsername() });
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		UserAccount saved = administration.enable(id, version);
		redirect.addFlashAttribute("flashMessage", "user.flash.enabled");
		redirect.addFlashAttribute("flashArgs", new Object[] { saved.getUsername() });
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @ModelAttribute("passwordForm") PasswordResetForm form,
			BindingResult errors, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		UserAccount account = administration.get(id);
		form.checkNewPassword(policy, account.getUsername(), errors);
		if (!errors.hasErrors()) {
			try {
				UserAccount saved = administration.resetPassword(id, form.getVersion(), form.getPassword());
				redirect.addFlashAttribute("flashMessage", "user.flash.passwordReset");
				redirect.addFlashAttribute("flashArgs", new Object[] { saved.getUsername() });
				return "redirect:/admin/users/" + id + "/edit";
			}
			catch (PasswordRejectedException ex) {
				ex.getMessageKeys().forEach((key) -> errors.rejectValue("password", key));
			}
		}
		form.forgetPasswords();
		return showEdit(account, UserForm.of(account), form, user, model);
	}

	/**
	 * Removes someone's second factor (a lost phone and lost recovery codes): their sessions end,
	 * and they log in with the password alone, or enrol again first when the site's rule says so.
	 */
	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
		UserAccount account = administration.get(id);
		secondFactors.reset(id);
		redirect.addFlashAttribute("flashMessage", "user.flash.secondFactorReset");
		redirect.addFlashAttribute("flashArgs", new Object[] { account.getUsername() });
		return "redirect:/admin/users/" + id + "/edit";
	}

	/** Someone changed the account after this page was loaded: nothing was saved. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String stale(Model model) {
		return ErrorPages.show(model, HttpStatus.CONFLICT, "user.error.stale");
	}

	private String showEdit(UserAccount account, UserForm form, PasswordResetForm passwordForm, PortalUser user,
			Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("passwordForm", passwordForm);
		model.addAttribute("self", account.getId().equals(user.id()));
		model.addAttribute("secondFactor", secondFactors.status(account.getId(), account.getRole()));
		return EDIT_VIEW;
	}

}
