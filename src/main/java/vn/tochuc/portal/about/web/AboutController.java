package vn.tochuc.portal.about.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tochuc.portal.about.AboutPage;
import vn.tochuc.portal.about.AboutService;
import vn.tochuc.portal.platform.NotFoundException;

/** The readers' "Giới thiệu" pages, in the reader's language where a translation exists. */
@Controller
class AboutController {

	private final AboutService about;

	AboutController(AboutService about) {
		this.about = about;
	}

	@GetMapping("/gioi-thieu")
	String index(Model model) {
		return show("index", "/gioi-thieu", model);
	}

	@GetMapping("/gioi-thieu/so-do-to-chuc")
	String chart(Model model) {
		model.addAttribute("chart", about.chart());
		return show("chart", "/gioi-thieu/so-do-to-chuc", model);
	}

	@GetMapping("/gioi-thieu/lanh-dao")
	String leaders(Model model) {
		model.addAttribute("leaders", about.leaders());
		return show("leaders", "/gioi-thieu/lanh-dao", model);
	}

	@GetMapping("/gioi-thieu/lien-he")
	String contact(Model model) {
		model.addAttribute("contact", about.contact());
		return show("contact", "/gioi-thieu/lien-he", model);
	}

	@GetMapping("/gioi-thieu/{slug}")
	String page(@PathVariable String slug, Model model) {
		AboutPage page = about.page(slug).orElseThrow(() -> new NotFoundException("about page " + slug));
		model.addAttribute("page", page);
		return show("page", page.getPath(), model);
	}

	private String show(String section, String path, Model model) {
		List<AboutPage> pages = about.pages();
		model.addAttribute("aboutPages", pages);
		model.addAttribute("section", section);
		model.addAttribute("aboutPath", path);
		return "about/" + section;
	}

}
