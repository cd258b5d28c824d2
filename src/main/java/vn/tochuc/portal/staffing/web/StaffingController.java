package vn.tochuc.portal.staffing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tochuc.portal.platform.Formats;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.staffing.StaffingCharts;
import vn.tochuc.portal.staffing.StaffingCharts.Bar;
import vn.tochuc.portal.staffing.StaffingNode;
import vn.tochuc.portal.staffing.StaffingPeriod;
import vn.tochuc.portal.staffing.StaffingService;
import vn.tochuc.portal.staffing.StaffingTotals;
import vn.tochuc.portal.staffing.StaffingUnit;

/** What readers see: the province's staffing-reduction figures, and each unit's own page. */
@Controller
class StaffingController {

	static final String PERIOD_PARAM = "giai-doan";

	private final StaffingService staffing;

	private final StaffingCharts charts;

	private final MessageSource messages;

	private final Formats fmt;

	StaffingController(StaffingService staffing, StaffingCharts charts, MessageSource messages, Formats fmt) {
		this.staffing = staffing;
		this.charts = charts;
		this.messages = messages;
		this.fmt = fmt;
	}

	/** One row of the per-year table: posts cut that year, and so far with its percentage. */
	record YearRow(int year, long cut, long cumulative, String cumulativePercent) {
	}

	@GetMapping("/tinh-gian-bien-che")
	String overview(@RequestParam(name = PERIOD_PARAM, required = false) String code, Model model, Locale locale) {
		StaffingPeriod period = choosePeriod(code);
		List<StaffingNode> roots = period == null ? List.of() : staffing.tree(period);
		model.addAttribute("periods", staffing.periods());
		model.addAttribute("period", period);
		if (period == null || roots.isEmpty()) {
			return "staffing/overview";
		}
		StaffingNode province = roots.get(0);
		model.addAttribute("node", province);
		model.addAttribute("reorganisation", staffing.reorganisation());
		List<StaffingNode> ranked = province.leaves().stream().filter(StaffingNode::hasFigures)
			.sorted(Comparator.comparing((StaffingNode n) -> n.totals().cutPercent()).reversed()
				.thenComparing((StaffingNode n) -> n.unit().getPosition()))
			.toList();
		addCharts(model, locale, period, province, ranked);
		return "staffing/overview";
	}

	@GetMapping("/tinh-gian-bien-che/{slug}")
	String unit(@PathVariable String slug, @RequestParam(name = PERIOD_PARAM, required = false) String code,
			Model model, Locale locale) {
		StaffingPeriod period = choosePeriod(code);
		if (period == null) {
			throw new NotFoundException("staffing unit " + slug);
		}
		List<StaffingNode> roots = staffing.tree(period);
		StaffingNode node = roots.stream().flatMap((root) -> root.find(slug).stream()).findFirst()
			.orElseThrow(() -> new NotFoundException("staffing unit " + slug));
		List<StaffingUnit> path = roots.stream().map((root) -> root.pathTo(slug)).filter((p) -> !p.isEmpty())
			.findFirst().orElse(List.of());
		model.addAttribute("periods", staffing.periods());
		model.addAttribute("period", period);
		model.addAttribute("node", node);
		model.addAttribute("path", path);
		List<StaffingUnit> all = staffing.units();
		model.addAttribute("mergedInto", node.unit().getMergedIntoId() == null ? null
				: all.stream().filter((u) -> u.getId().equals(node.unit().getMergedIntoId())).findFirst().orElse(null));
		model.addAttribute("absorbed", all.stream()
			.filter((u) -> node.unit().getId().equals(u.getMergedIntoId())).toList());
		List<PeriodRow> byPeriod = new ArrayList<>();
		for (StaffingPeriod p : staffing.periods()) {
			StaffingNode n = p.getId().equals(period.getId()) ? node
					: staffing.tree(p).stream().flatMap((root) -> root.find(slug).stream()).findFirst().orElse(null);
			if (n != null && n.hasFigures()) {
				byPeriod.add(new PeriodRow(p, n.totals()));
			}
		}
		model.addAttribute("byPeriod", byPeriod);
		List<StaffingNode> children = node.children().stream().filter(StaffingNode::hasFigures).toList();
		addCharts(model, locale, period, node, children);
		return "staffing/unit";
	}

	record PeriodRow(StaffingPeriod period, StaffingTotals totals) {
	}

	private StaffingPeriod choosePeriod(String code) {
		if (code != null && !code.isBlank()) {
			return staffing.periodByCode(code).orElseThrow(() -> new NotFoundException("staffing period " + code));
		}
		return staffing.currentPeriod(LocalDate.now(fmt.zone()).getYear()).orElse(null);
	}

	private void addCharts(Model model, Locale locale, StaffingPeriod period, StaffingNode node,
			List<StaffingNode> ranked) {
		StaffingTotals totals = node.totals();
		List<YearRow> years = new ArrayList<>();
		List<Bar> yearBars = new ArrayList<>();
		for (int year : period.years()) {
			years.add(new YearRow(year, totals.cutIn(year), totals.cutUntil(year),
					fmt.decimal(totals.cutPercentUntil(year).doubleValue())));
			yearBars.add(new Bar(String.valueOf(year), totals.cutIn(year)));
		}
		model.addAttribute("years", years);
		String name = node.unit().getName();
		String yearsTitle = message("staffing.chart.years", locale);
		String yearsDescription = message("staffing.chart.years.desc", locale, name, period.getCode(),
				fmt.number(totals.cut()));
		model.addAttribute("yearChart", charts.columns("chart-years", yearsTitle, yearsDescription, yearBars));
		model.addAttribute("yearChartNarrow", charts.columnsNarrow("chart-years", yearsTitle, yearsDescription, yearBars));
		model.addAttribute("ranked", ranked);
		if (!ranked.isEmpty()) {
			List<Bar> progress = ranked.stream()
				.map((n) -> new Bar(n.unit().getName(), n.totals().cutPercent().movePointRight(1).longValue()))
				.toList();
			String target = fmt.decimal(period.getTargetPercent().doubleValue());
			String unitsTitle = message("staffing.chart.units", locale);
			String unitsDescription = message("staffing.chart.units.desc", locale, name, target);
			String targetLine = message("staffing.chart.targetLine", locale, target);
			model.addAttribute("progressChart", charts.progress("chart-units", unitsTitle, unitsDescription, progress,
					period.getTargetPercent(), targetLine));
			model.addAttribute("progressChartNarrow", charts.progressNarrow("chart-units", unitsTitle, unitsDescription,
					progress, period.getTargetPercent(), targetLine));
		}
		List<Bar> parts = List.of(new Bar(message("staffing.category.officials", locale), totals.officials()),
				new Bar(message("staffing.category.publicEmployees", locale), totals.publicEmployees()),
				new Bar(message("staffing.category.otherPosts", locale), totals.otherPosts()));
		String categoriesTitle = message("staffing.chart.categories", locale);
		String categoriesDescription = message("staffing.chart.categories.desc", locale, name,
				fmt.number(totals.assigned()));
		model.addAttribute("categoryChart", charts.stacked("chart-categories", categoriesTitle, categoriesDescription,
				parts));
		model.addAttribute("categoryChartNarrow", charts.stackedNarrow("chart-categories", categoriesTitle,
				categoriesDescription, parts));
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
