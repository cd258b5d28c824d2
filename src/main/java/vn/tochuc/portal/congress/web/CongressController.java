package vn.tochuc.portal.congress.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tochuc.portal.congress.CommitteeLevel;
import vn.tochuc.portal.congress.Congress;
import vn.tochuc.portal.congress.CongressFilter;
import vn.tochuc.portal.congress.CongressResult;
import vn.tochuc.portal.congress.CongressRow;
import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.congress.CongressStatus;
import vn.tochuc.portal.congress.CongressTerm;
import vn.tochuc.portal.congress.Progress;
import vn.tochuc.portal.congress.ProgressRow;
import vn.tochuc.portal.congress.ResultValues;
import vn.tochuc.portal.congress.TimelineWeek;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.platform.Formats;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.staffing.StaffingCharts;
import vn.tochuc.portal.staffing.StaffingCharts.Bar;

/**
 * What readers see: a term's congress progress (held out of all, by level and for the pilots),
 * the calendar of the coming weeks, the results table with its filters in the address, and
 * each congress's own page with its results, the people it elected and the articles about it.
 */
@Controller
class CongressController {

	static final String TERM_PARAM = "nhiem-ky";

	static final String LEVEL_PARAM = "cap";

	static final String STATUS_PARAM = "trang-thai";

	static final String PILOT_PARAM = "diem";

	static final String WEEK_PARAM = "tu-tuan";

	static final int WEEKS = 8;

	/** Rows of the results table per page: a province holds about a thousand congresses a term. */
	static final int RESULTS_PER_PAGE = 50;

	/** The filters' values in the address, Vietnamese words rather than enum names. */
	static final Map<String, CommitteeLevel> LEVELS = new LinkedHashMap<>();

	static final Map<String, CongressStatus> STATUSES = new LinkedHashMap<>();

	static {
		LEVELS.put("tinh", CommitteeLevel.PROVINCE);
		LEVELS.put("tren-co-so", CommitteeLevel.ABOVE_GRASSROOTS);
		LEVELS.put("co-so", CommitteeLevel.GRASSROOTS);
		STATUSES.put("da-to-chuc", CongressStatus.HELD);
		STATUSES.put("du-kien", CongressStatus.PLANNED);
		STATUSES.put("hoan", CongressStatus.POSTPONED);
	}

	private final CongressService congresses;

	private final ArticleService articles;

	private final StaffingCharts charts;

	private final MessageSource messages;

	private final Formats fmt;

	CongressController(CongressService congresses, ArticleService articles, StaffingCharts charts,
			MessageSource messages, Formats fmt) {
		this.congresses = congresses;
		this.articles = articles;
		this.charts = charts;
		this.messages = messages;
		this.fmt = fmt;
	}

	@GetMapping("/dai-hoi")
	String overview(@RequestParam(name = TERM_PARAM, required = false) String termCode,
			@RequestParam(name = LEVEL_PARAM, required = false) String levelCode,
			@RequestParam(name = STATUS_PARAM, required = false) String statusCode,
			@RequestParam(name = PILOT_PARAM, required = false) String pilotCode,
			@RequestParam(name = WEEK_PARAM, required = false) String week,
			@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		if (page < 1) {
			throw new NotFoundException("page " + page);
		}
		CongressTerm term = termCode == null || termCode.isBlank() ? congresses.defaultTerm().orElse(null)
				: congresses.termByCode(termCode).orElseThrow(() -> new NotFoundException("congress term " + termCode));
		model.addAttribute("terms", congresses.terms());
		model.addAttribute("term", term);
		model.addAttribute("levelCodes", LEVELS);
		model.addAttribute("statusCodes", STATUSES);
		if (term == null) {
			return "congress/overview";
		}
		CommitteeLevel level = LEVELS.get(levelCode);
		CongressStatus status = STATUSES.get(statusCode);
		Boolean pilot = "co".equals(pilotCode) ? Boolean.TRUE : null;
		model.addAttribute("levelCode", level == null ? null : levelCode);
		model.addAttribute("statusCode", status == null ? null : statusCode);
		model.addAttribute("pilotCode", pilot == null ? null : "co");
		model.addAttribute("filtered", level != null || status != null || pilot != null);

		Progress progress = congresses.progress(term);
		model.addAttribute("progress", progress);
		Page<CongressRow> rows = congresses.rows(term, new CongressFilter(level, status, pilot), page - 1,
				RESULTS_PER_PAGE);
		if (page > 1 && page > rows.getTotalPages()) {
			throw new NotFoundException("page " + page);
		}
		model.addAttribute("rows", rows);
		model.addAttribute("pageNumber", page);
		model.addAttribute("resultsUrl", resultsUrl(term.getCode(), level == null ? null : levelCode,
				status == null ? null : statusCode, pilot == null ? null : "co", week));

		LocalDate monday = mondayOf(week, term);
		List<TimelineWeek> timeline = congresses.timeline(term, monday, WEEKS);
		model.addAttribute("timeline", timeline);
		model.addAttribute("today", congresses.today());
		model.addAttribute("weekValue", isoWeek(monday));
		model.addAttribute("previousWeeks", isoWeek(monday.minusWeeks(WEEKS)));
		model.addAttribute("nextWeeks", isoWeek(monday.plusWeeks(WEEKS)));
		addCharts(model, locale, term, progress, timeline);
		return "congress/overview";
	}

	@GetMapping("/dai-hoi/{slug}")
	String congress(@PathVariable String slug, Model model) {
		Congress congress = congresses.bySlug(slug).orElseThrow(() -> new NotFoundException("congress " + slug));
		ResultValues result = congresses.result(congress.getId()).map(CongressResult::values).orElse(null);
		model.addAttribute("congress", congress);
		model.addAttribute("result", result);
		model.addAttribute("articles", articles.aboutCongress(congress.getId()));
		model.addAttribute("otherTerms", congresses.ofCommittee(congress.getCommittee().getId()).stream()
			.filter((c) -> !c.getId().equals(congress.getId())).toList());
		return "congress/congress";
	}

	/** The results table's address with only the filters that are set, for its page links. */
	static String resultsUrl(String term, String level, String status, String pilot, String week) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/dai-hoi").queryParam(TERM_PARAM, term);
		if (level != null) {
			url.queryParam(LEVEL_PARAM, level);
		}
		if (status != null) {
			url.queryParam(STATUS_PARAM, status);
		}
		if (pilot != null) {
			url.queryParam(PILOT_PARAM, pilot);
		}
		if (week != null && week.matches("\\d{4}-W\\d{2}")) {
			url.queryParam(WEEK_PARAM, week);
		}
		return url.encode().build().toUriString();
	}

	/** "2020-W34" from the address; else where the service says the coming weeks start. */
	private LocalDate mondayOf(String week, CongressTerm term) {
		if (week != null && week.matches("\\d{4}-W\\d{2}")) {
			try {
				return congresses.weekStart(LocalDate.parse(week + "-1", DateTimeFormatter.ISO_WEEK_DATE));
			}
			catch (DateTimeParseException ex) {
				// falls through to the default start
			}
		}
		return congresses.timelineStart(term);
	}

	static String isoWeek(LocalDate monday) {
		return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private void addCharts(Model model, Locale locale, CongressTerm term, Progress progress,
			List<TimelineWeek> timeline) {
		if (progress.overall().total() > 0) {
			List<Bar> bars = new ArrayList<>();
			for (ProgressRow row : progress.byLevel()) {
				bars.add(new Bar(message("congress.level." + row.level(), locale) + " (" + row.fraction() + ")",
						tenths(row.heldPercent())));
			}
			if (progress.pilots().total() > 0) {
				bars.add(new Bar(message("congress.pilots", locale) + " (" + progress.pilots().fraction() + ")",
						tenths(progress.pilots().heldPercent())));
			}
			bars.add(new Bar(message("congress.progress.all", locale) + " (" + progress.overall().fraction() + ")",
					tenths(progress.overall().heldPercent())));
			String progressTitle = message("congress.chart.progress", locale);
			String progressDescription = message("congress.chart.progress.desc", locale, term.getName(),
					progress.overall().held(), progress.overall().total());
			String complete = message("congress.chart.complete", locale);
			model.addAttribute("progressChart", charts.progress("chart-progress", progressTitle, progressDescription,
					bars, BigDecimal.valueOf(100), complete));
			model.addAttribute("progressChartNarrow", charts.progressNarrow("chart-progress", progressTitle,
					progressDescription, bars, BigDecimal.valueOf(100), complete));
		}
		List<Bar> weeks = timeline.stream()
			.map((w) -> new Bar(fmt.date(w.monday()).substring(0, 5), w.congresses().size()))
			.toList();
		long inWeeks = timeline.stream().mapToLong((w) -> w.congresses().size()).sum();
		model.addAttribute("timelineCount", inWeeks);
		String weeksTitle = message("congress.chart.weeks", locale);
		String weeksDescription = message("congress.chart.weeks.desc", locale, fmt.date(timeline.get(0).monday()),
				fmt.date(timeline.get(timeline.size() - 1).sunday()), inWeeks);
		model.addAttribute("weekChart", charts.columns("chart-weeks", weeksTitle, weeksDescription, weeks));
		model.addAttribute("weekChartNarrow", charts.columnsNarrow("chart-weeks", weeksTitle, weeksDescription, weeks));
	}

	private static long tenths(BigDecimal percent) {
		return percent.movePointRight(1).longValue();
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
