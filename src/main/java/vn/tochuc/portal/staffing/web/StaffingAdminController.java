package vn.tochuc.portal.staffing.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.platform.ImportResult;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.staffing.StaffingFigure;
import vn.tochuc.portal.staffing.StaffingNode;
import vn.tochuc.portal.staffing.StaffingPeriod;
import vn.tochuc.portal.staffing.StaffingRuleException;
import vn.tochuc.portal.staffing.StaffingService;
import vn.tochuc.portal.staffing.StaffingSpreadsheets;
import vn.tochuc.portal.staffing.StaffingUnit;
import vn.tochuc.portal.staffing.UnitKind;
import vn.tochuc.portal.staffing.UnitStatus;
import vn.tochuc.portal.staffing.Violation;

/** The units tree, figure entry, import and export, for ADMIN and STATISTICS. */
@Controller
@RequestMapping("/admin/staffing")
class StaffingAdminController {

	static final String LIST = "staffing/admin/list";

	static final String UNIT_FORM = "staffing/admin/unit-form";

	static final String FIGURE_FORM = "staffing/admin/figure-form";

	static final String IMPORT = "staffing/admin/import";

	static final String PERIOD_FORM = "staffing/admin/period-form";

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final StaffingService staffing;

	private final StaffingSpreadsheets spreadsheets;

	StaffingAdminController(StaffingService staffing, StaffingSpreadsheets spreadsheets) {
		this.staffing = staffing;
		this.spreadsheets = spreadsheets;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) Long period, Model model) {
		StaffingPeriod chosen = period != null ? staffing.period(period)
				: staffing.periods().stream().reduce((a, b) -> b).orElse(null);
		model.addAttribute("periods", staffing.periods());
		model.addAttribute("period", chosen);
		List<StaffingNode> rows = chosen == null ? List.of()
				: staffing.tree(chosen).stream().flatMap(StaffingNode::flatten).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("reorganisation", staffing.reorganisation());
		return LIST;
	}

	// ---- periods ---------------------------------------------------------------------------

	@GetMapping("/periods/new")
	String newPeriod(Model model) {
		model.addAttribute("form", new PeriodForm());
		return PERIOD_FORM;
	}

	@PostMapping("/periods")
	String createPeriod(@Valid @ModelAttribute("form") PeriodForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return PERIOD_FORM;
		}
		try {
			StaffingPeriod period = staffing.createPeriod(form.getName(), form.getStartYear(), form.getEndYear(),
					form.getTargetPercent(), form.getBasis() == null || form.getBasis().isBlank() ? null
							: form.getBasis().strip(), user);
			redirect.addFlashAttribute("flashMessage", "staffing.flash.periodSaved");
			redirect.addFlashAttribute("flashArgs", new Object[] { period.getName() });
			return "redirect:/admin/staffing?period=" + period.getId();
		}
		catch (StaffingRuleException ex) {
			reject(errors, ex);
			return PERIOD_FORM;
		}
	}

	// ---- units -----------------------------------------------------------------------------

	@GetMapping("/units/new")
	String newUnit(@RequestParam(required = false) Long parent, @AuthenticationPrincipal PortalUser user,
			Model model) {
		StaffingService.requireStatistics(user);
		UnitForm form = new UnitForm();
		form.setParentId(parent);
		form.setKind(UnitKind.DEPARTMENT);
		model.addAttribute("form", form);
		return unitForm(model, null);
	}

	@PostMapping("/units")
	String createUnit(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return unitForm(model, null);
		}
		try {
			StaffingUnit unit = staffing.createUnit(form.toDraft(), user);
			redirect.addFlashAttribute("flashMessage", "staffing.flash.unitSaved");
			redirect.addFlashAttribute("flashArgs", new Object[] { unit.getName() });
			return "redirect:/admin/staffing/units/" + unit.getId() + "/edit";
		}
		catch (StaffingRuleException ex) {
			reject(errors, ex);
			return unitForm(model, null);
		}
	}

	@GetMapping("/units/{id}/edit")
	String editUnit(@PathVariable Long id, Model model) {
		StaffingUnit unit = staffing.unit(id);
		model.addAttribute("form", UnitForm.of(unit));
		return unitForm(model, unit);
	}

	@PostMapping("/units/{id}")
	String updateUnit(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		StaffingUnit unit = staffing.unit(id);
		if (errors.hasErrors()) {
			return unitForm(model, unit);
		}
		try {
			StaffingUnit saved = staffing.updateUnit(id, form.getVersion(), form.toDraft(), user);
			redirect.addFlashAttribute("flashMessage", "staffing.flash.unitSaved");
			redirect.addFlashAttribute("flashArgs", new Object[] { saved.getName() });
			return "redirect:/admin/staffing/units/" + id + "/edit";
		}
		catch (StaffingRuleException ex) {
			reject(errors, ex);
			return unitForm(model, unit);
		}
	}

	private String unitForm(Model model, StaffingUnit unit) {
		model.addAttribute("unit", unit);
		model.addAttribute("units", staffing.units());
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("statuses", UnitStatus.values());
		model.addAttribute("history", unit == null ? List.of() : staffing.history(unit.getId()));
		model.addAttribute("periods", staffing.periods());
		return UNIT_FORM;
	}

	// ---- figures ---------------------------------------------------------------------------

	@GetMapping("/figures/{unitId}/{periodId}")
	String editFigures(@PathVariable Long unitId, @PathVariable Long periodId, Model model) {
		StaffingFigure figure = staffing.figure(unitId, periodId).orElse(null);
		model.addAttribute("form", figure == null ? new FigureForm() : FigureForm.of(figure));
		return figureForm(model, unitId, periodId, figure);
	}

	@PostMapping("/figures/{unitId}/{periodId}")
	String saveFigures(@PathVariable Long unitId, @PathVariable Long periodId,
			@Valid @ModelAttribute("form") FigureForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return figureForm(model, unitId, periodId, staffing.figure(unitId, periodId).orElse(null));
		}
		try {
			boolean changed = staffing.saveFigures(unitId, periodId, form.getVersion(), form.toValues(), user);
			redirect.addFlashAttribute("flashMessage",
					changed ? "staffing.flash.figuresSaved" : "staffing.flash.figuresUnchanged");
			redirect.addFlashAttribute("flashArgs", new Object[] { staffing.unit(unitId).getName() });
			return "redirect:/admin/staffing/figures/" + unitId + "/" + periodId;
		}
		catch (StaffingRuleException ex) {
			reject(errors, ex);
			return figureForm(model, unitId, periodId, staffing.figure(unitId, periodId).orElse(null));
		}
	}

	private String figureForm(Model model, Long unitId, Long periodId, StaffingFigure figure) {
		StaffingUnit unit = staffing.unit(unitId);
		StaffingPeriod period = staffing.period(periodId);
		model.addAttribute("unit", unit);
		model.addAttribute("period", period);
		model.addAttribute("figure", figure);
		StaffingNode node = staffing.tree(period).stream().flatMap((root) -> root.find(unit.getSlug()).stream())
			.findFirst().orElseThrow(() -> new NotFoundException("unit " + unitId));
		model.addAttribute("node", node);
		return FIGURE_FORM;
	}

	private static void reject(BindingResult errors, StaffingRuleException ex) {
		for (Violation violation : ex.getViolations()) {
			String field = violation.field();
			if (errors.getFieldType(field) != null || "cuts".equals(field)) {
				errors.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
			}
			else {
				errors.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
			}
		}
	}

	// ---- spreadsheets ----------------------------------------------------------------------

	/** The template's columns and what each holds, for the import page. */
	static final Map<String, String> COLUMNS = columns();

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put(StaffingSpreadsheets.UNIT, "staffing.import.help.unit");
		columns.put(StaffingSpreadsheets.NAME, "staffing.import.help.name");
		columns.put(StaffingSpreadsheets.PERIOD, "staffing.import.help.period");
		columns.put(StaffingSpreadsheets.OFFICIALS, "staffing.category.officials");
		columns.put(StaffingSpreadsheets.PUBLIC_EMPLOYEES, "staffing.category.publicEmployees");
		columns.put(StaffingSpreadsheets.OTHER, "staffing.category.otherPosts");
		columns.put(StaffingSpreadsheets.EMPLOYED, "staffing.col.employed");
		columns.put(StaffingSpreadsheets.CUT_PREFIX + "2022", "staffing.import.help.cut");
		return columns;
	}

	@GetMapping("/import")
	String importPage(Model model) {
		model.addAttribute("periods", staffing.periods());
		model.addAttribute("columns", COLUMNS);
		return IMPORT;
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		StaffingService.requireStatistics(user);
		if (file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "staffing.import.empty");
			return "redirect:/admin/staffing/import";
		}
		ImportResult result = spreadsheets.importFile(file.getBytes(), user);
		if (!result.ok()) {
			model.addAttribute("periods", staffing.periods());
			model.addAttribute("columns", COLUMNS);
			model.addAttribute("result", result);
			model.addAttribute("fileName", file.getOriginalFilename());
			return IMPORT;
		}
		redirect.addFlashAttribute("flashMessage", "staffing.flash.imported");
		redirect.addFlashAttribute("flashArgs", new Object[] { result.rows(), result.changed() });
		return "redirect:/admin/staffing";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long period) {
		List<StaffingPeriod> periods = period == null ? List.of() : List.of(staffing.period(period));
		String name = period == null ? "tinh-gian-bien-che.csv"
				: "tinh-gian-bien-che-" + periods.get(0).getCode() + ".csv";
		return download(spreadsheets.export(periods), name, CSV);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) Long period) {
		List<StaffingPeriod> periods = period == null ? List.of() : List.of(staffing.period(period));
		String name = period == null ? "tinh-gian-bien-che.xlsx"
				: "tinh-gian-bien-che-" + periods.get(0).getCode() + ".xlsx";
		return download(spreadsheets.exportXlsx(periods), name, XLSX);
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(@RequestParam Long period) {
		StaffingPeriod chosen = staffing.period(period);
		return download(spreadsheets.templateXlsx(chosen), "mau-nhap-bien-che-" + chosen.getCode() + ".xlsx", XLSX);
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template(@RequestParam Long period) {
		StaffingPeriod chosen = staffing.period(period);
		return download(spreadsheets.template(chosen), "mau-nhap-bien-che-" + chosen.getCode() + ".csv", CSV);
	}

	private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
