package vn.tochuc.portal.feedback.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.feedback.FeedbackMessage;
import vn.tochuc.portal.feedback.FeedbackService;

/** The staff inbox of readers' messages, for editors and administrators. */
@Controller
@RequestMapping("/admin/feedback")
class FeedbackAdminController {

	static final int PAGE_SIZE = 20;

	private final FeedbackService feedback;

	FeedbackAdminController(FeedbackService feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	String inbox(@RequestParam(defaultValue = "ALL") FeedbackService.Box box, @RequestParam(defaultValue = "1") int page,
			Model model) {
		int pageNumber = Math.max(page, 1);
		model.addAttribute("messages", feedback.inbox(box, pageNumber - 1, PAGE_SIZE));
		model.addAttribute("box", box);
		model.addAttribute("boxes", FeedbackService.Box.values());
		model.addAttribute("unread", feedback.unreadCount());
		model.addAttribute("pageNumber", pageNumber);
		return "feedback/admin/inbox";
	}

	@GetMapping("/{id}")
	String open(@PathVariable Long id, @AuthenticationPrincipal PortalUser reader, Model model) {
		model.addAttribute("message", feedback.open(id, reader));
		return "feedback/admin/message";
	}

	@PostMapping("/{id}/unread")
	String markUnread(@PathVariable Long id, RedirectAttributes redirect) {
		FeedbackMessage message = feedback.markUnread(id);
		redirect.addFlashAttribute("flashMessage", "feedback.flash.unread");
		redirect.addFlashAttribute("flashArgs", new Object[] { message.getSubject() });
		return "redirect:/admin/feedback?box=UNREAD";
	}

}
