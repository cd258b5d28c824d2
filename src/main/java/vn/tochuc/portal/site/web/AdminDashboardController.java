package vn.tochuc.portal.site.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.news.ArticleFilter;
import vn.tochuc.portal.news.ArticleService;

/** The staff dashboard: what waits for review and what changed lately. */
@Controller
class AdminDashboardController {

	private final ArticleService articles;

	AdminDashboardController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/admin")
	String dashboard(@AuthenticationPrincipal PortalUser user, Model model) {
		if (user.role().writesArticles()) {
			model.addAttribute("counts", articles.countsByStatus(user));
			model.addAttribute("pending", articles.reviewQueue(user, 0, 8));
			model.addAttribute("recent", articles.list(ArticleFilter.none(), user, 0, 8));
		}
		return "site/admin/dashboard";
	}

}
