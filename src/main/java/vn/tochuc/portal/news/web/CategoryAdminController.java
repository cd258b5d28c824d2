package vn.tochuc.portal.news.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CategoryService;

/** Category management for editors and administrators. */
@Controller
@RequestMapping("/admin/categories")
class CategoryAdminController {

	private final CategoryService categories;

	CategoryAdminController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("categories", categories.all());
		return "news/admin/categories";
	}

	@GetMapping("/new")
	String newCategory(Model model) {
		CategoryForm form = new CategoryForm();
		form.setPosition(categories.all().size() + 1);
		model.addAttribute("form", form);
		return "news/admin/category-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "news/admin/category-form";
		}
		Category created = categories.create(form.getName(), form.getDescription(), form.getPosition(),
				form.isShowOnHome());
		redirect.addFlashAttribute("flashMessage", "category.flash.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { created.getName() });
		return "redirect:/admin/categories";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		Category category = categories.get(id);
		model.addAttribute("form", CategoryForm.of(category));
		model.addAttribute("category", category);
		return "news/admin/category-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("category", categories.get(id));
			return "news/admin/category-form";
		}
		Category saved = categories.update(id, form.getVersion(), form.getName(), form.getDescription(),
				form.getPosition(), form.isShowOnHome());
		redirect.addFlashAttribute("flashMessage", "category.flash.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { saved.getName() });
		return "redirect:/admin/categories";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		boolean deleted = categories.deleteIfEmpty(id);
		redirect.addFlashAttribute(deleted ? "flashMessage" : "flashError",
				deleted ? "category.flash.deleted" : "category.flash.notEmpty");
		return "redirect:/admin/categories";
	}

}
