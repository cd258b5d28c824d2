package vn.tochuc.portal.news.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.ArticleViews;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CategoryService;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.PageCache;

/** What readers see: a category's articles and one article. */
@Controller
class ArticleController {

	static final int CATEGORY_PAGE_SIZE = 12;

	static final int RELATED_COUNT = 6;

	private final ArticleService articles;

	private final CategoryService categories;

	private final ArticleViews views;

	ArticleController(ArticleService articles, CategoryService categories, ArticleViews views) {
		this.articles = articles;
		this.categories = categories;
		this.views = views;
	}

	@GetMapping("/chuyen-muc/{slug}")
	String category(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		Category category = categories.findBySlug(slug).orElseThrow(() -> new NotFoundException("category " + slug));
		if (page < 1) {
			throw new NotFoundException("page " + page);
		}
		Page<Article> articlePage = articles.inCategory(category, page - 1, CATEGORY_PAGE_SIZE);
		if (page > 1 && page > articlePage.getTotalPages()) {
			throw new NotFoundException("page " + page);
		}
		model.addAttribute("category", category);
		model.addAttribute("articles", articlePage);
		model.addAttribute("pageNumber", page);
		return "news/category";
	}

	@GetMapping("/bai-viet/{slug}")
	Object article(@PathVariable String slug, Model model, HttpServletRequest request) {
		Article article = articles.findLive(slug).orElse(null);
		if (article == null) {
			return articles.currentPathOfOldSlug(slug).map(ArticleController::permanentRedirect)
				.orElseThrow(() -> new NotFoundException("article " + slug));
		}
		List<Article> related = articles.related(article, RELATED_COUNT);
		Long id = article.getId();
		PageCache.onEveryView(request, (reader) -> views.record(id));
		model.addAttribute("article", article);
		model.addAttribute("viewCount", views.count(article.getId()));
		model.addAttribute("related", related);
		return "news/article";
	}

	private static RedirectView permanentRedirect(String path) {
		RedirectView redirect = new RedirectView(path);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

}
