package vn.tochuc.portal.documents.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.documents.AttachmentUpload;
import vn.tochuc.portal.documents.DocumentDetails;
import vn.tochuc.portal.documents.DocumentFilter;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentLinks;
import vn.tochuc.portal.documents.DocumentMention;
import vn.tochuc.portal.documents.DocumentMention.Source;
import vn.tochuc.portal.documents.DocumentProblem;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.DocumentStatus;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.documents.InvalidDocumentException;
import vn.tochuc.portal.documents.MentionScanner;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.documents.StaleDocumentException;
import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.media.MediaRejectedException;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.platform.ErrorPages;
import vn.tochuc.portal.platform.NotFoundException;

/** Documents as records for editors and administrators, and the mentions found in articles. */
@Controller
@RequestMapping("/admin/documents")
class DocumentAdminController {

	static final String FORM_VIEW = "documents/admin/form";

	private final DocumentService documents;

	private final DocumentLinks links;

	private final MentionScanner scanner;

	private final MediaLibrary media;

	private final ArticleService articles;

	DocumentAdminController(DocumentService documents, DocumentLinks links, MentionScanner scanner, MediaLibrary media,
			ArticleService articles) {
		this.documents = documents;
		this.links = links;
		this.scanner = scanner;
		this.media = media;
		this.articles = articles;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "loai", required = false) DocumentType type,
			@RequestParam(defaultValue = "1") int page, Model model) {
		DocumentFilter filter = new DocumentFilter(type, null, null, null, null, text, false);
		model.addAttribute("documents", documents.search(filter, Math.max(page, 1) - 1, 30));
		model.addAttribute("filter", filter);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("pageNumber", Math.max(page, 1));
		model.addAttribute("unresolvedCount", links.unresolved(0, 1).getTotalElements());
		return "documents/admin/list";
	}

	@GetMapping("/new")
	String newDocument(@RequestParam(name = "from", required = false) String mentionKey, Model model) {
		DocumentForm form = mentionKey == null ? new DocumentForm()
				: DocumentLinks.referenceOf(mentionKey).map(DocumentForm::from).orElseGet(DocumentForm::new);
		return showForm(form, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) throws IOException {
		// Every field and the file's type are checked before anything is stored: a refused form keeps no file.
		checked(form, null, errors);
		AttachmentUpload upload = attachmentOf(file, user, errors);
		if (errors.hasErrors()) {
			return showForm(form, null, model);
		}
		try {
			return redirectToEdit(documents.create(form.toDetails(List.of()), upload), redirect);
		}
		catch (InvalidDocumentException | MediaRejectedException ex) {
			refused(ex, errors);
			return showForm(form, null, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		PartyDocument document = documents.get(id);
		return showForm(DocumentForm.of(documents.detailsOf(document), document.getVersion()), document, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) throws IOException {
		PartyDocument document = documents.get(id);
		if (document.getVersion() != form.getVersion()) {
			throw new StaleDocumentException(id);
		}
		checked(form, id, errors);
		AttachmentUpload upload = attachmentOf(file, user, errors);
		if (errors.hasErrors()) {
			return showForm(form, document, model);
		}
		try {
			return redirectToEdit(documents.update(id, form.getVersion(), form.toDetails(List.of()), upload), redirect);
		}
		catch (InvalidDocumentException | MediaRejectedException ex) {
			refused(ex, errors);
			return showForm(form, document, model);
		}
	}

	@PostMapping("/{id}/trash")
	String trash(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		PartyDocument trashed = documents.moveToTrash(id, version);
		redirect.addFlashAttribute("flashMessage", "documents.flash.trashed");
		redirect.addFlashAttribute("flashArgs", new Object[] { trashed.getName() });
		return "redirect:/admin/documents";
	}

	@GetMapping("/trash")
	String trashList(Model model) {
		model.addAttribute("documents", documents.trash());
		return "documents/admin/trash";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			PartyDocument restored = documents.restore(id);
			redirect.addFlashAttribute("flashMessage", "documents.flash.restored");
			redirect.addFlashAttribute("flashArgs", new Object[] { restored.getName() });
		}
		catch (InvalidDocumentException ex) {
			redirect.addFlashAttribute("flashError", "documents.rule.restoreDuplicate");
		}
		return "redirect:/admin/documents/trash";
	}

	// ---- mentions -----------------------------------------------------------------------------

	/** Documents named in articles and meetings that no record answers: create them from here. */
	@GetMapping("/mentions")
	String unresolved(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("unresolved", links.unresolved(Math.max(page, 1) - 1, 50));
		model.addAttribute("pageNumber", Math.max(page, 1));
		return "documents/admin/mentions";
	}

	@GetMapping("/mentions/where")
	String whereMentioned(@RequestParam String key, Model model) {
		List<DocumentMention> found = links.unresolvedWithKey(key);
		if (found.isEmpty()) {
			throw new NotFoundException("mention " + key);
		}
		model.addAttribute("key", key);
		model.addAttribute("mentions", found);
		model.addAttribute("articleTitles", titlesOfArticles(found));
		model.addAttribute("candidates", documents.named(found.get(0).getLabel()));
		return "documents/admin/mention-places";
	}

	@PostMapping("/mentions/rescan")
	String rescan(RedirectAttributes redirect) {
		int read = scanner.scanAll();
		redirect.addFlashAttribute("flashMessage", "documents.flash.rescanned");
		redirect.addFlashAttribute("flashArgs", new Object[] { read });
		return "redirect:/admin/documents/mentions";
	}

	/** The mentions in one article, each with its link, for staff to confirm or correct. */
	@GetMapping("/mentions/article/{articleId}")
	String articleMentions(@PathVariable Long articleId, Model model) {
		var article = articles.find(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
		model.addAttribute("article", article);
		model.addAttribute("mentions", links.storedFor(Source.ARTICLE, articleId));
		return "documents/admin/article-mentions";
	}

	@PostMapping("/mentions/{id}")
	String correct(@PathVariable Long id, @RequestParam String decision,
			@RequestParam(name = "document", required = false) String written, RedirectAttributes redirect) {
		DocumentMention mention = links.mention(id);
		switch (decision) {
			case "reject" -> links.reject(id);
			case "reset" -> links.reset(id);
			case "link" -> {
				List<PartyDocument> named = written == null ? List.of() : documents.named(written);
				if (named.size() != 1) {
					redirect.addFlashAttribute("flashError",
							named.isEmpty() ? "documents.mention.notFound" : "documents.mention.ambiguous");
					return backTo(mention);
				}
				links.confirm(id, named.get(0).getId());
			}
			default -> throw new NotFoundException("decision " + decision);
		}
		redirect.addFlashAttribute("flashMessage", "documents.flash.mentionSaved");
		return backTo(mention);
	}

	@ExceptionHandler(StaleDocumentException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String stale(Model model) {
		return ErrorPages.show(model, HttpStatus.CONFLICT, "documents.stale");
	}

	// ---- helpers ------------------------------------------------------------------------------

	private static String backTo(DocumentMention mention) {
		if (mention.getSourceType() == Source.ARTICLE) {
			return "redirect:/admin/documents/mentions/article/" + mention.getSourceId();
		}
		return "redirect:/admin/documents/mentions";
	}

	private Map<Long, String> titlesOfArticles(List<DocumentMention> mentions) {
		Map<Long, String> titles = new java.util.HashMap<>();
		for (DocumentMention mention : mentions) {
			if (mention.getSourceType() == Source.ARTICLE) {
				articles.find(mention.getSourceId()).ifPresent((article) -> titles.put(article.getId(), article.getTitle()));
			}
		}
		return titles;
	}

	/** Every rule, with its message next to its field; the annotations' messages win where both apply. */
	private DocumentDetails checked(DocumentForm form, Long id, BindingResult errors) {
		if (form.termTypedButInvalid()) {
			errors.rejectValue("term", "documents.rule.term");
		}
		DocumentDetails details = form.toDetails(List.of());
		if (details.type() == null || details.number() == null || details.issuer() == null) {
			return details;
		}
		for (Map.Entry<String, DocumentProblem> problem : documents.problems(details, id).entrySet()) {
			reject(errors, problem.getKey(), problem.getValue());
		}
		for (Long mediaId : details.attachmentMediaIds()) {
			media.find(mediaId).filter((item) -> item.isImage()).ifPresent((item) -> {
				if (!errors.hasFieldErrors("attachmentIds")) {
					errors.rejectValue("attachmentIds", "documents.rule.pdfOnly");
				}
			});
		}
		return details;
	}

	/** The file sent with the form, its type checked but not stored; null when none was sent. */
	private AttachmentUpload attachmentOf(MultipartFile file, PortalUser user, BindingResult errors) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		byte[] content = file.getBytes();
		try {
			documents.requireAttachable(content);
		}
		catch (InvalidDocumentException | MediaRejectedException ex) {
			refused(ex, errors);
		}
		return new AttachmentUpload(content, file.getOriginalFilename(), user.id());
	}

	/** A refusal from the service (the file, or a rule another save broke meanwhile) shown next to its field. */
	private static void refused(RuntimeException refusal, BindingResult errors) {
		if (refusal instanceof MediaRejectedException rejected) {
			if (!errors.hasFieldErrors("attachmentIds")) {
				errors.rejectValue("attachmentIds", rejected.getMessageKey(), rejected.getArguments(), null);
			}
			return;
		}
		for (Map.Entry<String, DocumentProblem> problem : ((InvalidDocumentException) refusal).getProblems().entrySet()) {
			reject(errors, problem.getKey(), problem.getValue());
		}
	}

	/** The service names the files "attachments"; the form's field is attachmentIds. First message per field wins. */
	private static void reject(BindingResult errors, String rule, DocumentProblem problem) {
		String field = "attachments".equals(rule) ? "attachmentIds" : rule;
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, problem.messageKey(), problem.args(), null);
		}
	}

	private String showForm(DocumentForm form, PartyDocument document, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("document", document);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("issuers", DocumentIssuer.values());
		model.addAttribute("statuses", DocumentStatus.values());
		List<MediaItem> files = new ArrayList<>();
		if (document != null) {
			document.getAttachments().forEach((attachment) -> files.add(attachment.getMedia()));
		}
		media.browse(null, 0, 60).getContent().stream()
			.filter((item) -> !item.isImage() && files.stream().noneMatch((f) -> f.getId().equals(item.getId())))
			.forEach(files::add);
		model.addAttribute("pdfFiles", files);
		if (document != null) {
			model.addAttribute("outgoing", documents.outgoing(document));
			model.addAttribute("incoming", documents.incoming(document));
		}
		return FORM_VIEW;
	}

	private static String redirectToEdit(PartyDocument saved, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "documents.flash.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { saved.getName() });
		return "redirect:/admin/documents/" + saved.getId() + "/edit";
	}

}
