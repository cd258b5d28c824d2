package vn.tochuc.portal.comments.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.comments.Comment;
import vn.tochuc.portal.comments.CommentService;
import vn.tochuc.portal.comments.CommentStatus;

/** The moderation queue, for editors and administrators (see SecurityConfiguration). */
@Controller
@RequestMapping("/admin/comments")
class CommentAdminController {

	static final int PAGE_SIZE = 20;

	private final CommentService comments;

	CommentAdminController(CommentService comments) {
		this.comments = comments;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "PENDING") CommentStatus status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		int pageNumber = Math.max(page, 1);
		model.addAttribute("comments", comments.queue(status, pageNumber - 1, PAGE_SIZE));
		model.addAttribute("status", status);
		model.addAttribute("statuses", CommentStatus.values());
		model.addAttribute("counts", comments.counts());
		model.addAttribute("pageNumber", pageNumber);
		return "comments/admin/queue";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam long version, @RequestParam(defaultValue = "PENDING") CommentStatus from,
			@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PortalUser actor,
			RedirectAttributes redirect) {
		return moderate(id, version, CommentStatus.APPROVED, from, page, actor, redirect);
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable Long id, @RequestParam long version, @RequestParam(defaultValue = "PENDING") CommentStatus from,
			@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PortalUser actor,
			RedirectAttributes redirect) {
		return moderate(id, version, CommentStatus.REJECTED, from, page, actor, redirect);
	}

	@PostMapping("/{id}/spam")
	String spam(@PathVariable Long id, @RequestParam long version, @RequestParam(defaultValue = "PENDING") CommentStatus from,
			@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PortalUser actor,
			RedirectAttributes redirect) {
		return moderate(id, version, CommentStatus.SPAM, from, page, actor, redirect);
	}

	private String moderate(Long id, long version, CommentStatus target, CommentStatus from, int page,
			PortalUser actor, RedirectAttributes redirect) {
		Comment comment = comments.moderate(id, version, target, actor);
		redirect.addFlashAttribute("flashMessage", "comment.flash." + target.name());
		redirect.addFlashAttribute("flashArgs", new Object[] { comment.getAuthorName() });
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/comments")
			.queryParam("status", from)
			.queryParam("page", Math.max(page, 1))
			.build()
			.toUriString();
	}

}
