package vn.tochuc.portal.media.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.media.MediaRejectedException;
import vn.tochuc.portal.platform.UploadTooLargeException;

/** The media library page, and uploads from it or from the editor. */
@Controller
@RequestMapping("/admin/media")
class MediaAdminController {

	static final int PAGE_SIZE = 24;

	private final MediaLibrary library;

	private final MessageSource messages;

	MediaAdminController(MediaLibrary library, MessageSource messages) {
		this.library = library;
		this.messages = messages;
	}

	@GetMapping
	String library(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Page<MediaItem> items = library.browse(q, Math.max(page, 1) - 1, PAGE_SIZE, user);
		model.addAttribute("items", items);
		// The description form only where the server would take it (see MediaLibrary.describe).
		model.addAttribute("describable", library.describableAmong(items.getContent(), user));
		model.addAttribute("q", q);
		model.addAttribute("pageNumber", Math.max(page, 1));
		return "media/library";
	}

	/** The newest pictures, for the editor's "insert image" list. */
	@GetMapping(path = "/images.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Map<String, String>> imageList(@AuthenticationPrincipal PortalUser user) {
		return library.browse(null, 0, 60, user).getContent().stream()
			.filter(MediaItem::isImage)
			.map((item) -> Map.of("title", item.getCaption() != null ? item.getCaption()
					: (item.getOriginalName() != null ? item.getOriginalName() : item.getStorageKey()), "value", item.getUrl()))
			.toList();
	}

	/** The rich-text editor uploads pictures here and inserts the returned location. */
	@PostMapping(headers = "X-Requested-With=XMLHttpRequest", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> uploadFromEditor(@RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal PortalUser user, Locale locale) throws IOException {
		try {
			MediaItem item = library.upload(file.getBytes(), file.getOriginalFilename(), user.id());
			return ResponseEntity.ok(Map.of("location", item.getUrl(), "id", item.getId()));
		}
		catch (UploadTooLargeException ex) {
			// Too large is 413 (Content Too Large), as from every other upload form.
			String message = messages.getMessage(UploadTooLargeException.MESSAGE_KEY, new Object[] { ex.limitText() },
					locale);
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", Map.of("message", message)));
		}
		catch (MediaRejectedException ex) {
			// Busy or not written: the file is fine and may be sent again; otherwise the file is refused.
			HttpStatus status = ex.isTemporary() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST;
			return ResponseEntity.status(status).body(Map.of("error", Map.of("message", messageOf(ex, locale))));
		}
	}

	@PostMapping("/{id}")
	String describe(@org.springframework.web.bind.annotation.PathVariable Long id,
			@RequestParam(required = false) String caption, @RequestParam(required = false) String altText,
			@RequestParam(required = false) String credit, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		library.describe(id, limit(caption, 500), limit(altText, 300), limit(credit, 200), user);
		redirect.addFlashAttribute("flashMessage", "media.flash.described");
		return "redirect:/admin/media";
	}

	private static String limit(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	/**
	 * A refused or unsaved upload shows the library again with the reason next to the file
	 * field and the typed caption kept; a stored one redirects (PRG).
	 */
	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String caption,
			@RequestParam(required = false) String altText, @RequestParam(required = false) String credit,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect, Model model, Locale locale)
			throws IOException {
		try {
			MediaItem item = library.upload(file.getBytes(), file.getOriginalFilename(), user.id());
			library.describe(item.getId(), limit(caption, 500), limit(altText, 300), limit(credit, 200), user);
			redirect.addFlashAttribute("flashMessage", "media.flash.uploaded");
			return "redirect:/admin/media";
		}
		catch (MediaRejectedException ex) {
			model.addAttribute("uploadError", messageOf(ex, locale));
			model.addAttribute("caption", limit(caption, 500));
			model.addAttribute("altText", limit(altText, 300));
			model.addAttribute("credit", limit(credit, 200));
			return library(null, 1, user, model);
		}
	}

	private String messageOf(MediaRejectedException ex, Locale locale) {
		return messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale);
	}

}
