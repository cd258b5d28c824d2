package vn.tochuc.portal.news.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
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
import vn.tochuc.portal.news.Classification;
import vn.tochuc.portal.news.CoverUpload;
import vn.tochuc.portal.news.EditingPresence;
import vn.tochuc.portal.news.EditorAction;
import vn.tochuc.portal.news.EditorCommand;
import vn.tochuc.portal.news.WorkflowException;
import vn.tochuc.portal.platform.Formats;
import vn.tochuc.portal.platform.RichText;

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

	private final EditingPresence presence;

	private final Formats formats;

	ArticleAdminController(ArticleService articles, CategoryService categories, StaffDirectory staff,
			MediaLibrary media, EditingPresence presence, Formats formats) {
		this.articles = articles;
		this.categories = categories;
		this.staff = staff;
		this.media = media;
		this.presence = presence;
		this.formats = formats;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "status", "owner", "slug", "publishedAt", "deletedAt");
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

	@GetMapping("/review")
	String reviewQueue(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PortalUser user,
			Model model) {
		model.addAttribute("articles", articles.reviewQueue(user, Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("pageNumber", Math.max(page, 1));
		return "news/admin/review";
	}

	@GetMapping("/new")
	String newArticle(@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Long meetingId,
			@RequestParam(required = false) Long congressId, @AuthenticationPrincipal PortalUser user, Model model) {
		ArticleForm form = new ArticleForm();
		form.setCategoryId(categoryId);
		form.setMeetingId(meetingId);
		form.setCongressId(congressId);
		form.setAuthor(user.displayName());
		return showForm(form, null, user, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		EditorCommand command = commandOf(form, errors);
		if (errors.hasErrors()) {
			return showForm(form, null, user, model);
		}
		try {
			Article saved = articles.create(form.toContent(), coverOf(form), command, user);
			return redirectToEdit(saved, command.action(), redirect);
		}
		catch (MediaRejectedException ex) {
			errors.rejectValue("coverFile", ex.getMessageKey(), ex.getArguments(), null);
		}
		catch (WorkflowException ex) {
			errors.reject(ex.getMessageKey());
		}
		return showForm(form, null, user, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, @RequestParam(required = false) String autosave,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Article article = articles.getForEditing(id, user);
		ArticleForm form = ArticleForm.of(article);
		articles.newerAutosave(article, user).ifPresent((saved) -> {
			if ("restore".equals(autosave)) {
				form.takeTextFrom(saved);
				model.addAttribute("autosaveRestored", true);
			}
			else {
				model.addAttribute("autosave", saved);
			}
		});
		return showForm(form, article, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		EditorCommand command = commandOf(form, errors);
		if (errors.hasErrors()) {
			return showForm(form, articles.getForEditing(id, user), user, model);
		}
		try {
			Article saved = articles.update(id, form.getVersion(), form.toContent(), coverOf(form), command, user);
			return redirectToEdit(saved, command.action(), redirect);
		}
		catch (MediaRejectedException ex) {
			errors.rejectValue("coverFile", ex.getMessageKey(), ex.getArguments(), null);
		}
		catch (WorkflowException ex) {
			errors.reject(ex.getMessageKey());
		}
		return showForm(form, articles.getForEditing(id, user), user, model);
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, Model model) {
		Article article = articles.previewOf(id, user);
		model.addAttribute("article", article);
		model.addAttribute("related", articles.related(article, ArticleController.RELATED_COUNT));
		model.addAttribute("preview", true);
		return "news/article";
	}

	/** Keeps the form's text on the server every few seconds; never touches the article itself. */
	@PostMapping(path = "/{id}/autosave", headers = "X-Requested-With=XMLHttpRequest")
	@ResponseBody
	Map<String, Object> autosave(@PathVariable Long id, @ModelAttribute("form") ArticleForm form,
			@AuthenticationPrincipal PortalUser user) {
		Instant savedAt = articles.autosave(id, form.toContent(), user);
		return Map.of("savedAt", formats.dateTime(savedAt));
	}

	@PostMapping("/{id}/autosave/discard")
	String discardAutosave(@PathVariable Long id, @AuthenticationPrincipal PortalUser user) {
		articles.discardAutosave(id, user);
		return "redirect:/admin/articles/" + id + "/edit";
	}

	/** Who else has the article open; called by the editor page every few seconds. */
	@PostMapping(path = "/{id}/presence", headers = "X-Requested-With=XMLHttpRequest")
	@ResponseBody
	Map<String, Object> presence(@PathVariable Long id, @AuthenticationPrincipal PortalUser user) {
		articles.getForEditing(id, user);
		List<String> others = presence.editing(id, user);
		return Map.of("others", others);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		Article article = articles.moveToTrash(id, user);
		redirect.addFlashAttribute("flashMessage", "article.flash.trashed");
		redirect.addFlashAttribute("flashArgs", new Object[] { article.getTitle() });
		return "redirect:/admin/articles";
	}

	@GetMapping("/trash")
	String trash(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("articles", articles.trash(user, Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("pageNumber", Math.max(page, 1));
		return "news/admin/trash";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		Article article = articles.restoreFromTrash(id, user);
		redirect.addFlashAttribute("flashMessage", "article.flash.restored");
		redirect.addFlashAttribute("flashArgs", new Object[] { article.getTitle() });
		return "redirect:/admin/articles/trash";
	}

	@PostMapping("/trash/empty")
	String emptyTrash(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		int purged = articles.emptyTrash(user);
		redirect.addFlashAttribute("flashMessage", "article.flash.trashEmptied");
		redirect.addFlashAttribute("flashArgs", new Object[] { purged });
		return "redirect:/admin/articles/trash";
	}

	private String showForm(ArticleForm form, Article article, PortalUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("article", article);
		model.addAttribute("categories", categories.all());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("mayPublish", user.role().mayPublish());
		// Only a picture this person may pick, or the article's own: never another's draft picture by its id.
		model.addAttribute("cover", media.find(form.getCoverMediaId())
			.filter((item) -> media.mayView(item, user)
					|| (article != null && ArticleService.coversOf(article).contains(item.getId())))
			.orElse(null));
		model.addAttribute("editorSchema", RichText.editorSchema());
		return FORM_VIEW;
	}

	private EditorCommand commandOf(ArticleForm form, BindingResult errors) {
		EditorAction action = EditorAction.parse(form.getAction()).orElseGet(() -> {
			errors.reject("article.action.unknown");
			return EditorAction.SAVE;
		});
		Instant scheduledAt = null;
		if (action == EditorAction.SCHEDULE) {
			scheduledAt = parseLocal(form.getScheduledAt());
			if (scheduledAt == null) {
				errors.rejectValue("scheduledAt", "article.scheduledAt.required");
			}
		}
		if (action == EditorAction.SEND_BACK && !StringUtils.hasText(form.getNote())) {
			errors.rejectValue("note", "article.note.required");
		}
		return new EditorCommand(action, scheduledAt, form.getNote());
	}

	private Instant parseLocal(String value) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(formats.zone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
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
		String key = action == EditorAction.SAVE && saved.hasWorkingCopy() ? "article.flash.savedWorkingCopy"
				: "article.flash." + action.name().toLowerCase().replace('_', '-');
		redirect.addFlashAttribute("flashMessage", key);
		redirect.addFlashAttribute("flashArgs", new Object[] { saved.getTitle() });
		return "redirect:/admin/articles/" + saved.getId() + "/edit";
	}

}
