package vn.tochuc.portal.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.feedback.FeedbackService;
import vn.tochuc.portal.platform.ReaderFormToken;
import vn.tochuc.portal.platform.ReaderPostLimiter;

/** The public "Góp ý" form: post, redirect, get, with the outcome as a flash message. */
@Controller
class FeedbackController {

	static final String PATH = "/gop-y";

	static final String VIEW = "feedback/form";

	private final FeedbackService feedback;

	FeedbackController(FeedbackService feedback) {
		this.feedback = feedback;
	}

	@GetMapping(PATH)
	String form(Model model, HttpServletResponse response) {
		if (model.containsAttribute("feedbackForm") || model.containsAttribute("feedbackSent")) {
			// The page carries this reader's message or typed text: never keep it in a shared cache.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		if (!model.containsAttribute("feedbackForm")) {
			model.addAttribute("feedbackForm", new FeedbackForm());
		}
		return VIEW;
	}

	@PostMapping(PATH)
	String send(@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!ReaderFormToken.isValid(request)) {
			// No valid token: nothing is saved; the same form comes back filled in, with a fresh
			// token and a line asking the reader to send it again.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("feedbackConfirm", true);
			return VIEW;
		}
		if (ReaderPostLimiter.isBot(form.getWebsite())) {
			redirect.addFlashAttribute("feedbackSent", true);
			return "redirect:" + PATH;
		}
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("feedbackForm", form);
			redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "feedbackForm", errors);
			return "redirect:" + PATH;
		}
		if (!feedback.receive(form.toDraft(), request.getRemoteAddr())) {
			redirect.addFlashAttribute("feedbackForm", form);
			redirect.addFlashAttribute("feedbackRefused", "feedback.throttled");
			return "redirect:" + PATH;
		}
		redirect.addFlashAttribute("feedbackSent", true);
		return "redirect:" + PATH;
	}

}
