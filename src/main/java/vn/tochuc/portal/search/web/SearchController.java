package vn.tochuc.portal.search.web;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleService;

/** /tim-kiem: finds published articles whatever the reader's accents and case. */
@Controller
class SearchController {

	static final int PAGE_SIZE = 12;

	static final int MAX_QUERY_LENGTH = 200;

	private final ArticleService articles;

	SearchController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/tim-kiem")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		if (query.isEmpty()) {
			model.addAttribute("problem", "search.empty");
		}
		else if (query.length() > MAX_QUERY_LENGTH) {
			model.addAttribute("problem", "search.tooLong");
		}
		else {
			int pageNumber = Math.max(page, 1);
			Page<Article> results = articles.search(query, pageNumber - 1, PAGE_SIZE);
			model.addAttribute("results", results);
			model.addAttribute("pageNumber", pageNumber);
		}
		return "search/results";
	}

}
