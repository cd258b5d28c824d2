package vn.tochuc.portal.site.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.news.ArticleFilter;
import vn.tochuc.portal.news.ArticleService;

/** The staff dashboard: what waits for review, what changed lately, and records left behind by their date. */
@Controller
class AdminDashboardController {

	/** How many overdue records the dashboard lists by name; the count is always the whole number. */
	static final int OVERDUE_SHOWN = 8;

	private final ArticleService articles;

	private final MeetingService meetings;

	private final CongressService congresses;

	AdminDashboardController(ArticleService articles, MeetingService meetings, CongressService congresses) {
		this.articles = articles;
		this.meetings = meetings;
		this.congresses = congresses;
	}

	@GetMapping("/admin")
	String dashboard(@AuthenticationPrincipal PortalUser user, Model model) {
		if (user.role().writesArticles()) {
			model.addAttribute("counts", articles.countsByStatus(user));
			model.addAttribute("pending", articles.reviewQueue(user, 0, 8));
			model.addAttribute("recent", articles.list(ArticleFilter.none(), user, 0, 8));
		}
		// Only for those whose role may correct the record (the same rules as SecurityConfiguration's).
		if (user.role().mayPublish()) {
			model.addAttribute("staleMeetings", meetings.awaitingOutcome(OVERDUE_SHOWN));
		}
		if (user.role() != Role.AUTHOR) {
			model.addAttribute("staleCongresses", congresses.awaitingResult(OVERDUE_SHOWN));
		}
		return "site/admin/dashboard";
	}

}
