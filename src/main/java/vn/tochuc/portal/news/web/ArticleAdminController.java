package vn.tochuc.portal.news.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.StaffDirectory;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.media.MediaRejectedException;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleFilter;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.ArticleStatus;
import vn.tochuc.portal.news.CategoryService;
import vn.tochuc.portal.news.CoverUpload;
import vn.tochuc.portal.news.EditorAction;
import vn.tochuc.portal.news.StaleArticleException;
import vn.tochuc.portal.news.WorkflowException;

/** The newsroom's article pages under /admin/articles. */
@Controller
@RequestMapping("/admin/articles")
class ArticleAdminController {

	static final String FORM_VIEW = "news/admin/form";

	static final int PAGE_SIZE = 20;

	private final ArticleService articles;

	private final CategoryService categories;

	private final StaffDirectory staff;

	private final MediaLibrary media;

	ArticleAdminController(ArticleService articles, CategoryService categories, StaffDirectory staff,
			MediaLibrary media) {
		this.articles = articles;
		this.categories = categories;
		this.staff = staff;
		this.media = media;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "status", "owner", "slug", "publishedAt");
	}

	@GetMapping
	String list(@RequestParam(required = false) ArticleStatus status, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PortalUser user, Model model) {
		ArticleFilter filter = new ArticleFilter(status, categoryId, ownerId, q);
		Page<Article> result = articles.list(filter, user, Math.max(page, 1) - 1, PAGE_SIZE);
		model.addAttribute("articles", result);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("categories", categories.all());
		model.addAttribute("owners", staff.all());
		model.addAttribute("pageNumber", Math.max(page, 1));
		return "news/admin/list";
	}

	@GetMapping("/new")
	String newArticle(@RequestParam(required = false) Long categoryId, @AuthenticationPrincipal PortalUser user,
			Model model) {
		ArticleForm form = new ArticleForm();
		form.setCategoryId(categoryId);
		form.setAuthor(user.displayName());
		return showForm(form, null, user, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		EditorAction action = actionOf(form, errors);
		if (errors.hasErrors()) {
			return showForm(form, null, user, model);
		}
		try {
			Article saved = articles.create(form.toContent(), coverOf(form), action, user);
			return redirectToEdit(saved, action, redirect);
		}
		catch (MediaRejectedException ex) {
			errors.rejectValue("coverFile", ex.getMessageKey());
			return showForm(form, null, user, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, Model model) {
		Article article = articles.getForEditing(id, user);
		return showForm(ArticleForm.of(article), article, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		EditorAction action = actionOf(form, errors);
		if (errors.hasErrors()) {
			return showForm(form, articles.getForEditing(id, user), user, model);
		}
		try {
			Article saved = articles.update(id, form.getVersion(), form.toContent(), coverOf(form), action, user);
			return redirectToEdit(saved, action, redirect);
		}
		catch (MediaRejectedException ex) {
			errors.rejectValue("coverFile", ex.getMessageKey());
			return showForm(form, articles.getForEditing(id, user), user, model);
		}
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, Model model) {
		Article article = articles.getForEditing(id, user);
		model.addAttribute("article", article);
		model.addAttribute("related", article.getCategory() == null ? java.util.List.of()
				: articles.related(article, ArticleController.RELATED_COUNT));
		model.addAttribute("preview", true);
		return "news/article";
	}

	@ExceptionHandler(StaleArticleException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(StaleArticleException ex, Model model) {
		model.addAttribute("current", ex.getCurrent());
		model.addAttribute("submitted", ex.getSubmitted());
		model.addAttribute("categories", categories.all());
		return "news/admin/conflict";
	}

	@ExceptionHandler(WorkflowException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String workflowConflict(WorkflowException ex, Model model) {
		model.addAttribute("messageKey", ex.getMessageKey());
		return "error/409";
	}

	private String showForm(ArticleForm form, Article article, PortalUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("article", article);
		model.addAttribute("categories", categories.all());
		model.addAttribute("mayPublish", user.role().mayPublish());
		model.addAttribute("cover", media.find(form.getCoverMediaId()).orElse(null));
		return FORM_VIEW;
	}

	private static EditorAction actionOf(ArticleForm form, BindingResult errors) {
		return EditorAction.parse(form.getAction()).orElseGet(() -> {
			errors.rejectValue("action", "article.action.unknown");
			return EditorAction.SAVE;
		});
	}

	private static CoverUpload coverOf(ArticleForm form) {
		MultipartFile file = form.getCoverFile();
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new CoverUpload(file.getBytes(), file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String redirectToEdit(Article saved, EditorAction action, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "article.flash." + action.name().toLowerCase());
		redirect.addFlashAttribute("flashArgs", new Object[] { saved.getTitle() });
		return "redirect:/admin/articles/" + saved.getId() + "/edit";
	}


}
