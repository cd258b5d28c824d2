package vn.tochuc.portal.site.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.site.SiteSettings;
import vn.tochuc.portal.site.WebsiteLink;

/** The administrator's pages for the website-links box (/admin/links) and the banner (/admin/banner). */
@Controller
class SiteAdminController {

	static final String LINK_FORM = "site/admin/link-form";

	/** How many of the newest library pictures the banner form offers. */
	static final int PICTURES_OFFERED = 60;

	private final SiteSettings settings;

	private final MediaLibrary media;

	SiteAdminController(SiteSettings settings, MediaLibrary media) {
		this.settings = settings;
		this.media = media;
	}

	// ---- links ----------------------------------------------------------------------------

	@GetMapping("/admin/links")
	String links(Model model) {
		model.addAttribute("links", settings.links());
		return "site/admin/links";
	}

	@GetMapping("/admin/links/new")
	String newLink(Model model) {
		LinkForm form = new LinkForm();
		form.setPosition(settings.links().size() + 1);
		return showLinkForm(form, null, model);
	}

	@PostMapping("/admin/links")
	String createLink(@Valid @ModelAttribute("form") LinkForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return showLinkForm(form, null, model);
		}
		WebsiteLink link = settings.createLink(form.getTitle(), form.getUrl(), form.getPosition());
		return backToLinks("link.flash.saved", link.getTitle(), redirect);
	}

	@GetMapping("/admin/links/{id}/edit")
	String editLink(@PathVariable Long id, Model model) {
		WebsiteLink link = settings.link(id);
		return showLinkForm(LinkForm.of(link), link, model);
	}

	@PostMapping("/admin/links/{id}")
	String updateLink(@PathVariable Long id, @Valid @ModelAttribute("form") LinkForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return showLinkForm(form, settings.link(id), model);
		}
		WebsiteLink link = settings.updateLink(id, form.getVersion(), form.getTitle(), form.getUrl(), form.getPosition());
		return backToLinks("link.flash.saved", link.getTitle(), redirect);
	}

	@PostMapping("/admin/links/{id}/delete")
	String deleteLink(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		String title = settings.link(id).getTitle();
		settings.deleteLink(id, version);
		return backToLinks("link.flash.deleted", title, redirect);
	}

	private String showLinkForm(LinkForm form, WebsiteLink link, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("link", link);
		return LINK_FORM;
	}

	private static String backToLinks(String message, String title, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", message);
		redirect.addFlashAttribute("flashArgs", new Object[] { title });
		return "redirect:/admin/links";
	}

	// ---- banner ---------------------------------------------------------------------------

	@GetMapping("/admin/banner")
	String banner(Model model) {
		return showBannerForm(BannerForm.of(settings.bannerSettings()), model);
	}

	@PostMapping("/admin/banner")
	String saveBanner(@Valid @ModelAttribute("form") BannerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.getImageId() != null && media.find(form.getImageId()).filter(MediaItem::isImage).isEmpty()) {
			errors.rejectValue("imageId", "banner.image.invalid");
		}
		if (errors.hasErrors()) {
			return showBannerForm(form, model);
		}
		settings.updateBanner(form.getVersion(), form.getOwnerLine(), form.getNameLine(), form.getTagline(),
				form.getImageId());
		redirect.addFlashAttribute("flashMessage", "banner.flash.saved");
		redirect.addFlashAttribute("flashArgs", new Object[0]);
		return "redirect:/admin/banner";
	}

	private String showBannerForm(BannerForm form, Model model) {
		List<MediaItem> pictures = media.browse(null, 0, PICTURES_OFFERED).getContent().stream()
			.filter(MediaItem::isImage)
			.toList();
		model.addAttribute("form", form);
		model.addAttribute("pictures", pictures);
		model.addAttribute("preview", settings.banner());
		return "site/admin/banner";
	}

}
