package vn.tochuc.portal.congress.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.tochuc.portal.congress.CommitteeLevel;
import vn.tochuc.portal.congress.Congress;
import vn.tochuc.portal.congress.CongressDetails;
import vn.tochuc.portal.congress.CongressFilter;
import vn.tochuc.portal.congress.CongressResult;
import vn.tochuc.portal.congress.CongressRuleException;
import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.congress.CongressSpreadsheets;
import vn.tochuc.portal.congress.CongressStatus;
import vn.tochuc.portal.congress.CongressTerm;
import vn.tochuc.portal.congress.PartyCommittee;
import vn.tochuc.portal.congress.ResultValues;
import vn.tochuc.portal.platform.ErrorPages;
import vn.tochuc.portal.platform.ImportResult;
import vn.tochuc.portal.staffing.StaffingService;
import vn.tochuc.portal.staffing.Violation;

/** Committees, terms, congresses and their results, import and export, for ADMIN, EDITOR and STATISTICS. */
@Controller
@RequestMapping("/admin/congresses")
class CongressAdminController {

	static final String LIST = "congress/admin/list";

	static final String FORM = "congress/admin/form";

	static final String RESULT_FORM = "congress/admin/result-form";

	static final String COMMITTEES = "congress/admin/committees";

	static final String COMMITTEE_FORM = "congress/admin/committee-form";

	static final String TERMS = "congress/admin/terms";

	static final String TERM_FORM = "congress/admin/term-form";

	static final String IMPORT = "congress/admin/import";

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CongressService congresses;

	private final CongressSpreadsheets spreadsheets;

	private final StaffingService staffing;

	CongressAdminController(CongressService congresses, CongressSpreadsheets spreadsheets, StaffingService staffing) {
		this.congresses = congresses;
		this.spreadsheets = spreadsheets;
		this.staffing = staffing;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String stale(Model model) {
		return ErrorPages.show(model, HttpStatus.CONFLICT, "congress.stale");
	}

	// ---- congresses ----------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) Long term, Model model) {
		CongressTerm chosen = term != null ? congresses.term(term) : congresses.defaultTerm().orElse(null);
		model.addAttribute("terms", congresses.terms());
		model.addAttribute("term", chosen);
		model.addAttribute("rows", chosen == null ? List.of() : congresses.rows(chosen, CongressFilter.none()));
		model.addAttribute("progress", chosen == null ? null : congresses.progress(chosen));
		return LIST;
	}

	@GetMapping("/new")
	String newCongress(@RequestParam(required = false) Long term, @RequestParam(required = false) Long committee,
			Model model) {
		CongressForm form = new CongressForm();
		form.setTermId(term != null ? term : congresses.defaultTerm().map(CongressTerm::getId).orElse(null));
		form.setCommitteeId(committee);
		model.addAttribute("form", form);
		return congressForm(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CongressForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		CongressDetails details = details(form, errors);
		if (errors.hasErrors()) {
			return congressForm(model, null);
		}
		try {
			Congress saved = congresses.createCongress(details, user);
			flash(redirect, "congress.flash.saved", saved.getTitle());
			return "redirect:/admin/congresses/" + saved.getId() + "/edit";
		}
		catch (CongressRuleException ex) {
			reject(errors, ex);
			return congressForm(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		Congress congress = congresses.congress(id);
		model.addAttribute("form", CongressForm.of(congress));
		return congressForm(model, congress);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") CongressForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		Congress congress = congresses.congress(id);
		CongressDetails details = details(form, errors);
		if (errors.hasErrors()) {
			return congressForm(model, congress);
		}
		try {
			Congress saved = congresses.updateCongress(id, form.getVersion(), details, user);
			flash(redirect, "congress.flash.saved", saved.getTitle());
			return "redirect:/admin/congresses/" + id + "/edit";
		}
		catch (CongressRuleException ex) {
			reject(errors, ex);
			return congressForm(model, congress);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		Congress congress = congresses.congress(id);
		congresses.deleteCongress(id, version, user);
		flash(redirect, "congress.flash.deleted", congress.getTitle());
		return "redirect:/admin/congresses?term=" + congress.getTerm().getId();
	}

	private static CongressDetails details(CongressForm form, BindingResult errors) {
		Integer ordinal = null;
		try {
			ordinal = form.ordinalNumber();
		}
		catch (IllegalArgumentException ex) {
			if (!errors.hasFieldErrors("ordinal")) {
				errors.rejectValue("ordinal", "congress.ordinal.invalid");
			}
		}
		return form.toDetails(ordinal);
	}

	private String congressForm(Model model, Congress congress) {
		model.addAttribute("congress", congress);
		model.addAttribute("committees", congresses.committeeTree());
		model.addAttribute("terms", congresses.terms());
		model.addAttribute("statuses", CongressStatus.values());
		model.addAttribute("history", congress == null ? List.of() : congresses.history(congress.getId()));
		model.addAttribute("hasResult", congress != null && congresses.result(congress.getId()).isPresent());
		return FORM;
	}

	// ---- results -------------------------------------------------------------------------------

	@GetMapping("/{id}/result")
	String editResult(@PathVariable Long id, Model model) {
		CongressResult result = congresses.result(id).orElse(null);
		model.addAttribute("form", result == null ? new ResultForm() : ResultForm.of(result));
		return resultForm(model, id, result);
	}

	@PostMapping("/{id}/result")
	String saveResult(@PathVariable Long id, @Valid @ModelAttribute("form") ResultForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		CongressService.requireKeeper(user);
		ResultValues values = errors.hasErrors() ? null : form.toValues(errors);
		if (errors.hasErrors()) {
			return resultForm(model, id, congresses.result(id).orElse(null));
		}
		try {
			boolean changed = congresses.saveResult(id, form.getVersion(), values, user);
			flash(redirect, changed ? "congress.flash.resultSaved" : "congress.flash.resultUnchanged",
					congresses.congress(id).getTitle());
			return "redirect:/admin/congresses/" + id + "/result";
		}
		catch (CongressRuleException ex) {
			reject(errors, ex);
			return resultForm(model, id, congresses.result(id).orElse(null));
		}
	}

	private String resultForm(Model model, Long id, CongressResult result) {
		Congress congress = congresses.congress(id);
		model.addAttribute("congress", congress);
		model.addAttribute("result", result);
		model.addAttribute("history", congresses.history(id));
		return RESULT_FORM;
	}

	// ---- committees ----------------------------------------------------------------------------

	@GetMapping("/committees")
	String committees(Model model) {
		model.addAttribute("committees", congresses.committeeTree());
		return COMMITTEES;
	}

	@GetMapping("/committees/new")
	String newCommittee(@RequestParam(required = false) Long parent, Model model) {
		CommitteeForm form = new CommitteeForm();
		form.setParentId(parent);
		form.setLevel(parent == null ? CommitteeLevel.ABOVE_GRASSROOTS : CommitteeLevel.GRASSROOTS);
		if (parent != null && congresses.committee(parent).getLevel() == CommitteeLevel.PROVINCE) {
			form.setLevel(CommitteeLevel.ABOVE_GRASSROOTS);
		}
		model.addAttribute("form", form);
		return committeeForm(model, null);
	}

	@PostMapping("/committees")
	String createCommittee(@Valid @ModelAttribute("form") CommitteeForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return committeeForm(model, null);
		}
		try {
			PartyCommittee saved = congresses.createCommittee(form.toDraft(), user);
			flash(redirect, "congress.flash.committeeSaved", saved.getName());
			return "redirect:/admin/congresses/committees/" + saved.getId() + "/edit";
		}
		catch (CongressRuleException ex) {
			reject(errors, ex);
			return committeeForm(model, null);
		}
	}

	@GetMapping("/committees/{id}/edit")
	String editCommittee(@PathVariable Long id, Model model) {
		PartyCommittee committee = congresses.committee(id);
		model.addAttribute("form", CommitteeForm.of(committee));
		return committeeForm(model, committee);
	}

	@PostMapping("/committees/{id}")
	String updateCommittee(@PathVariable Long id, @Valid @ModelAttribute("form") CommitteeForm form,
			BindingResult errors, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		PartyCommittee committee = congresses.committee(id);
		if (errors.hasErrors()) {
			return committeeForm(model, committee);
		}
		try {
			PartyCommittee saved = congresses.updateCommittee(id, form.getVersion(), form.toDraft(), user);
			flash(redirect, "congress.flash.committeeSaved", saved.getName());
			return "redirect:/admin/congresses/committees/" + id + "/edit";
		}
		catch (CongressRuleException ex) {
			reject(errors, ex);
			return committeeForm(model, committee);
		}
	}

	@PostMapping("/committees/{id}/delete")
	String deleteCommittee(@PathVariable Long id, @RequestParam long version,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		PartyCommittee committee = congresses.committee(id);
		try {
			congresses.deleteCommittee(id, version, user);
			flash(redirect, "congress.flash.committeeDeleted", committee.getName());
			return "redirect:/admin/congresses/committees";
		}
		catch (CongressRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getViolations().get(0).messageKey());
			return "redirect:/admin/congresses/committees/" + id + "/edit";
		}
	}

	private String committeeForm(Model model, PartyCommittee committee) {
		model.addAttribute("committee", committee);
		model.addAttribute("committees", congresses.committeeTree());
		model.addAttribute("levels", CommitteeLevel.values());
		model.addAttribute("units", staffing.units());
		model.addAttribute("congresses", committee == null ? List.of() : congresses.ofCommittee(committee.getId()));
		return COMMITTEE_FORM;
	}

	// ---- terms ---------------------------------------------------------------------------------

	@GetMapping("/terms")
	String terms(Model model) {
		model.addAttribute("terms", congresses.terms());
		return TERMS;
	}

	@GetMapping("/terms/new")
	String newTerm(Model model) {
		model.addAttribute("form", new TermForm());
		model.addAttribute("term", null);
		return TERM_FORM;
	}

	@PostMapping("/terms")
	String createTerm(@Valid @ModelAttribute("form") TermForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("term", null);
		if (errors.hasErrors()) {
			return TERM_FORM;
		}
		try {
			CongressTerm term = congresses.createTerm(form.getName(), form.getStartYear(), form.getEndYear(), user);
			flash(redirect, "congress.flash.termSaved", term.getName());
			return "redirect:/admin/congresses/terms";
		}
		catch (CongressRuleException ex) {
			reject(errors, ex);
			return TERM_FORM;
		}
	}

	@GetMapping("/terms/{id}/edit")
	String editTerm(@PathVariable Long id, Model model) {
		CongressTerm term = congresses.term(id);
		model.addAttribute("form", TermForm.of(term));
		model.addAttribute("term", term);
		return TERM_FORM;
	}

	@PostMapping("/terms/{id}")
	String updateTerm(@PathVariable Long id, @Valid @ModelAttribute("form") TermForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("term", congresses.term(id));
		if (errors.hasErrors()) {
			return TERM_FORM;
		}
		try {
			CongressTerm term = congresses.updateTerm(id, form.getVersion(), form.getName(), form.getStartYear(),
					form.getEndYear(), user);
			flash(redirect, "congress.flash.termSaved", term.getName());
			return "redirect:/admin/congresses/terms";
		}
		catch (CongressRuleException ex) {
			reject(errors, ex);
			return TERM_FORM;
		}
	}

	// ---- spreadsheets --------------------------------------------------------------------------

	/** The template's columns and what each holds, for the import page. */
	static final Map<String, String> COLUMNS = columns();

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		for (String column : CongressSpreadsheets.COLUMNS) {
			columns.put(column, "congress.import.help." + column);
		}
		return columns;
	}

	@GetMapping("/import")
	String importPage(Model model) {
		model.addAttribute("terms", congresses.terms());
		model.addAttribute("columns", COLUMNS);
		return IMPORT;
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		CongressService.requireKeeper(user);
		if (file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "congress.import.empty");
			return "redirect:/admin/congresses/import";
		}
		ImportResult result = spreadsheets.importFile(file.getBytes(), user);
		if (!result.ok()) {
			model.addAttribute("terms", congresses.terms());
			model.addAttribute("columns", COLUMNS);
			model.addAttribute("result", result);
			model.addAttribute("fileName", file.getOriginalFilename());
			return IMPORT;
		}
		redirect.addFlashAttribute("flashMessage", "congress.flash.imported");
		redirect.addFlashAttribute("flashArgs", new Object[] { result.rows(), result.changed() });
		return "redirect:/admin/congresses";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) Long term) {
		CongressTerm chosen = term == null ? null : congresses.term(term);
		return download(spreadsheets.exportCsv(chosen), fileName("ket-qua-dai-hoi", chosen, "csv"), CSV);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) Long term) {
		CongressTerm chosen = term == null ? null : congresses.term(term);
		return download(spreadsheets.exportXlsx(chosen), fileName("ket-qua-dai-hoi", chosen, "xlsx"), XLSX);
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> templateCsv(@RequestParam Long term) {
		CongressTerm chosen = congresses.term(term);
		return download(spreadsheets.templateCsv(chosen), fileName("mau-nhap-ket-qua-dai-hoi", chosen, "csv"), CSV);
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(@RequestParam Long term) {
		CongressTerm chosen = congresses.term(term);
		return download(spreadsheets.templateXlsx(chosen), fileName("mau-nhap-ket-qua-dai-hoi", chosen, "xlsx"),
				XLSX);
	}

	private static String fileName(String base, CongressTerm term, String extension) {
		return (term == null ? base : base + "-" + term.getCode()) + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	// ---- helpers -------------------------------------------------------------------------------

	private static void flash(RedirectAttributes redirect, String key, String argument) {
		redirect.addFlashAttribute("flashMessage", key);
		redirect.addFlashAttribute("flashArgs", new Object[] { argument });
	}

	/** Each broken rule next to its field, or above the form when it concerns no field of it. */
	private static void reject(BindingResult errors, CongressRuleException ex) {
		for (Violation violation : ex.getViolations()) {
			String field = violation.field();
			if (errors.getFieldType(field) != null) {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
				}
			}
			else {
				errors.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
			}
		}
	}

}
