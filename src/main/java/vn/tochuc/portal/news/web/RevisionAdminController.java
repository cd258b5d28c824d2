package vn.tochuc.portal.news.web;

import java.util.List;

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
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleRevision;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.RevisionDiff;

/** An article's revisions: the list, a comparison of any two, and restoring one. */
@Controller
@RequestMapping("/admin/articles/{id}/revisions")
class RevisionAdminController {

	private final ArticleService articles;

	RevisionAdminController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping
	String history(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, Model model) {
		Article article = articles.getForEditing(id, user);
		List<ArticleRevision> revisions = articles.history(id, user);
		model.addAttribute("article", article);
		model.addAttribute("revisions", revisions);
		model.addAttribute("mayEdit", ArticleService.mayEdit(article, user));
		return "news/admin/revisions";
	}

	@GetMapping("/compare")
	String compare(@PathVariable Long id, @RequestParam Long from, @RequestParam Long to,
			@AuthenticationPrincipal PortalUser user, Model model) {
		ArticleRevision before = articles.revision(id, from, user);
		ArticleRevision after = articles.revision(id, to, user);
		model.addAttribute("article", articles.getForEditing(id, user));
		model.addAttribute("before", before);
		model.addAttribute("after", after);
		model.addAttribute("diff", RevisionDiff.between(before, after));
		return "news/admin/revision-diff";
	}

	@PostMapping("/{revisionId}/restore")
	String restore(@PathVariable Long id, @PathVariable Long revisionId, @RequestParam long version,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		Article article = articles.restoreRevision(id, revisionId, version, user);
		redirect.addFlashAttribute("flashMessage", "revision.flash.restored");
		redirect.addFlashAttribute("flashArgs", new Object[] { article.getTitle() });
		return "redirect:/admin/articles/" + id + "/edit";
	}

}
