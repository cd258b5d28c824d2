package vn.tochuc.portal.comments.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.comments.CommentService;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.ReaderFormToken;
import vn.tochuc.portal.platform.ReaderPostLimiter;

/**
 * A reader posts a comment under an article. Whatever happens, the answer is a redirect back to
 * the article's comment area (post, redirect, get): the message and any field errors travel as
 * flash attributes, which the interceptor in {@link CommentsWebConfiguration} puts on the page.
 */
@Controller
class CommentController {

	/** The comment area's anchor on the article page. */
	static final String ANCHOR = "#y-kien";

	static final String POSTED = "commentPosted";

	static final String REFUSED = "commentRefused";

	static final String CONFIRM = "comments/confirm";

	private final CommentService comments;

	CommentController(CommentService comments) {
		this.comments = comments;
	}

	@PostMapping("/bai-viet/{slug}/y-kien")
	String post(@PathVariable String slug, @Valid @ModelAttribute("commentForm") CommentForm form,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Article article = comments.commentable(slug).orElseThrow(() -> new NotFoundException("article " + slug));
		String back = "redirect:" + article.getPath() + ANCHOR;
		if (!ReaderFormToken.isValid(request)) {
			// No valid token (no script ran, or a forged post): nothing is saved; the reader sees
			// the text again in a form with a fresh token and confirms it with one click.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("article", article);
			model.addAttribute("commentAction", article.getPath() + "/y-kien");
			return CONFIRM;
		}
		if (ReaderPostLimiter.isBot(form.getWebsite())) {
			// Bots get the same answer as people, so they learn nothing; nothing is saved.
			redirect.addFlashAttribute(POSTED, true);
			return back;
		}
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("commentForm", form);
			redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "commentForm", errors);
			return back;
		}
		if (comments.submit(article, form.toDraft(), request.getRemoteAddr()) == CommentService.Outcome.THROTTLED) {
			redirect.addFlashAttribute("commentForm", form);
			redirect.addFlashAttribute(REFUSED, "comment.throttled");
			return back;
		}
		redirect.addFlashAttribute(POSTED, true);
		return back;
	}

}
