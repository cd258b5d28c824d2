package vn.tochuc.portal.site.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.meetings.MeetingStatus;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CategoryService;

/**
 * The home page: a lead story, the latest news, a block per main category, and boxes for this
 * week's meetings, the newest documents and the congress round's progress.
 */
@Controller
class HomeController {

	static final int SECONDARY_COUNT = 3;

	static final int LATEST_COUNT = 7;

	static final int PER_CATEGORY = 5;

	static final int NEW_DOCUMENTS = 5;

	private final ArticleService articles;

	private final CategoryService categories;

	private final MeetingService meetings;

	private final DocumentService documents;

	private final CongressService congresses;

	HomeController(ArticleService articles, CategoryService categories, MeetingService meetings,
			DocumentService documents, CongressService congresses) {
		this.articles = articles;
		this.categories = categories;
		this.meetings = meetings;
		this.documents = documents;
		this.congresses = congresses;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Article> newest = articles.latest(SECONDARY_COUNT + LATEST_COUNT + 1);
		List<Article> featured = articles.featured(1);
		Article lead = !featured.isEmpty() ? featured.get(0) : (newest.isEmpty() ? null : newest.get(0));
		List<Article> others = newest.stream().filter((article) -> lead == null || !article.getId().equals(lead.getId()))
			.limit(SECONDARY_COUNT + LATEST_COUNT)
			.toList();
		List<Category> blockCategories = categories.all().stream().filter(Category::isShowOnHome).toList();
		Map<Long, List<Article>> blocks = articles.newestPerCategory(blockCategories, PER_CATEGORY);
		model.addAttribute("lead", lead);
		model.addAttribute("secondary", others.subList(0, Math.min(SECONDARY_COUNT, others.size())));
		model.addAttribute("latest", others.subList(Math.min(SECONDARY_COUNT, others.size()), others.size()));
		model.addAttribute("blockCategories", blockCategories.stream().filter((c) -> blocks.containsKey(c.getId())).toList());
		model.addAttribute("blocks", blocks);
		// The three boxes: this week's meetings, the newest documents, the congress round's x/y.
		model.addAttribute("weekMeetings", meetings.week(meetings.weekStart(meetings.today())).stream()
			.filter((meeting) -> meeting.getStatus() != MeetingStatus.CANCELLED)
			.toList());
		model.addAttribute("newDocuments", documents.newest(NEW_DOCUMENTS));
		model.addAttribute("congressProgress", congresses.headline().orElse(null));
		return "site/home";
	}

}
