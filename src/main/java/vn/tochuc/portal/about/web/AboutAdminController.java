package vn.tochuc.portal.about.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.about.AboutLeader;
import vn.tochuc.portal.about.AboutPage;
import vn.tochuc.portal.about.AboutRuleException;
import vn.tochuc.portal.about.AboutService;
import vn.tochuc.portal.about.AboutUnit;
import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;

/** The administrator's pages for "Giới thiệu": text pages, chart units, leaders and contacts. */
@Controller
@RequestMapping("/admin/about")
class AboutAdminController {

	static final int PICTURES_OFFERED = 60;

	private final AboutService about;

	private final MediaLibrary media;

	AboutAdminController(AboutService about, MediaLibrary media) {
		this.about = about;
		this.media = media;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("pages", about.pages());
		model.addAttribute("units", about.chart());
		model.addAttribute("leaders", about.leaders());
		return "about/admin/index";
	}

	// ---- text pages -----------------------------------------------------------------------

	@GetMapping("/pages/new")
	String newPage(Model model) {
		PageForm form = new PageForm();
		form.setPosition(about.pages().size() + 1);
		return pageForm(form, null, model);
	}

	@PostMapping("/pages")
	String createPage(@Valid @ModelAttribute("form") PageForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return pageForm(form, null, model);
		}
		AboutPage page = about.createPage(form.toText());
		return back("about.flash.saved", page.getTitleVi(), redirect);
	}

	@GetMapping("/pages/{id}/edit")
	String editPage(@PathVariable Long id, Model model) {
		AboutPage page = about.page(id);
		return pageForm(PageForm.of(page), page, model);
	}

	@PostMapping("/pages/{id}")
	String updatePage(@PathVariable Long id, @Valid @ModelAttribute("form") PageForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return pageForm(form, about.page(id), model);
		}
		AboutPage page = about.updatePage(id, form.getVersion(), form.toText());
		return back("about.flash.saved", page.getTitleVi(), redirect);
	}

	private String pageForm(PageForm form, AboutPage page, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("page", page);
		return "about/admin/page-form";
	}

	// ---- units ----------------------------------------------------------------------------

	@GetMapping("/units/new")
	String newUnit(@RequestParam(required = false) Long parent, Model model) {
		UnitForm form = new UnitForm();
		form.setParentId(parent);
		return unitForm(form, null, model);
	}

	@PostMapping("/units")
	String createUnit(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return unitForm(form, null, model);
		}
		AboutUnit unit = about.createUnit(form.getParentId(), form.getNameVi(), form.getNameEn(), form.getPosition());
		return back("about.flash.saved", unit.getNameVi(), redirect);
	}

	@GetMapping("/units/{id}/edit")
	String editUnit(@PathVariable Long id, Model model) {
		AboutUnit unit = about.unit(id);
		return unitForm(UnitForm.of(unit), unit, model);
	}

	@PostMapping("/units/{id}")
	String updateUnit(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AboutUnit unit = about.unit(id);
		if (!errors.hasErrors()) {
			try {
				unit = about.updateUnit(id, form.getVersion(), form.getParentId(), form.getNameVi(), form.getNameEn(),
						form.getPosition());
				return back("about.flash.saved", unit.getNameVi(), redirect);
			}
			catch (AboutRuleException refused) {
				errors.rejectValue(refused.getField(), refused.getMessageKey());
			}
		}
		return unitForm(form, unit, model);
	}

	@PostMapping("/units/{id}/delete")
	String deleteUnit(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		AboutUnit unit = about.unit(id);
		try {
			about.deleteUnit(id, version);
		}
		catch (AboutRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessageKey());
			return "redirect:/admin/about";
		}
		return back("about.flash.deleted", unit.getNameVi(), redirect);
	}

	private String unitForm(UnitForm form, AboutUnit unit, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		List<AboutUnit> parents = about.units().stream()
			.filter((candidate) -> unit == null || !candidate.getId().equals(unit.getId()))
			.toList();
		model.addAttribute("parents", parents);
		return "about/admin/unit-form";
	}

	// ---- leaders --------------------------------------------------------------------------

	@GetMapping("/leaders/new")
	String newLeader(Model model) {
		LeaderForm form = new LeaderForm();
		form.setPosition(about.leaders().size() + 1);
		return leaderForm(form, null, model);
	}

	@PostMapping("/leaders")
	String createLeader(@Valid @ModelAttribute("form") LeaderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				AboutLeader leader = about.createLeader(form.getName(), form.getTitleVi(), form.getTitleEn(),
						form.getPhotoId(), form.getPosition());
				return back("about.flash.saved", leader.getName(), redirect);
			}
			catch (AboutRuleException refused) {
				errors.rejectValue(refused.getField(), refused.getMessageKey());
			}
		}
		return leaderForm(form, null, model);
	}

	@GetMapping("/leaders/{id}/edit")
	String editLeader(@PathVariable Long id, Model model) {
		AboutLeader leader = about.leader(id);
		return leaderForm(LeaderForm.of(leader), leader, model);
	}

	@PostMapping("/leaders/{id}")
	String updateLeader(@PathVariable Long id, @Valid @ModelAttribute("form") LeaderForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AboutLeader leader = about.leader(id);
		if (!errors.hasErrors()) {
			try {
				leader = about.updateLeader(id, form.getVersion(), form.getName(), form.getTitleVi(), form.getTitleEn(),
						form.getPhotoId(), form.getPosition());
				return back("about.flash.saved", leader.getName(), redirect);
			}
			catch (AboutRuleException refused) {
				errors.rejectValue(refused.getField(), refused.getMessageKey());
			}
		}
		return leaderForm(form, leader, model);
	}

	@PostMapping("/leaders/{id}/delete")
	String deleteLeader(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		String name = about.leader(id).getName();
		about.deleteLeader(id, version);
		return back("about.flash.deleted", name, redirect);
	}

	private String leaderForm(LeaderForm form, AboutLeader leader, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("leader", leader);
		List<MediaItem> pictures = media.browse(null, 0, PICTURES_OFFERED).getContent().stream()
			.filter(MediaItem::isImage)
			.toList();
		model.addAttribute("pictures", pictures);
		return "about/admin/leader-form";
	}

	// ---- contacts -------------------------------------------------------------------------

	@GetMapping("/contact")
	String contact(Model model) {
		model.addAttribute("form", ContactForm.of(about.contact()));
		return "about/admin/contact-form";
	}

	@PostMapping("/contact")
	String saveContact(@Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "about/admin/contact-form";
		}
		about.updateContact(form.getVersion(), form.toDetails());
		return back("about.flash.saved", form.getOfficerName(), redirect);
	}

	private static String back(String message, String name, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", message);
		redirect.addFlashAttribute("flashArgs", new Object[] { name });
		return "redirect:/admin/about";
	}

}
