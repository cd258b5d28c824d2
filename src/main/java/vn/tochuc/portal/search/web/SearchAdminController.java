package vn.tochuc.portal.search.web;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.platform.StaffAction;
import vn.tochuc.portal.search.SearchIndex;

/** /admin/search (administrators): what the index holds, and a full rebuild on request. */
@Controller
@RequestMapping("/admin/search")
class SearchAdminController {

	private final SearchIndex index;

	private final ApplicationEventPublisher events;

	SearchAdminController(SearchIndex index, ApplicationEventPublisher events) {
		this.index = index;
		this.events = events;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("counts", index.counts());
		return "search/admin/index";
	}

	@PostMapping("/rebuild")
	String rebuild(RedirectAttributes redirect) {
		int written = index.rebuildAll();
		events.publishEvent(new StaffAction("search.rebuild", "search", null, written + ""));
		redirect.addFlashAttribute("flashMessage", "search.admin.rebuilt");
		redirect.addFlashAttribute("flashArgs", new Object[] { written });
		return "redirect:/admin/search";
	}

}
