package vn.tochuc.portal.meetings.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tochuc.portal.meetings.ICalendar;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingFilter;
import vn.tochuc.portal.meetings.MeetingKind;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.meetings.MeetingStatus;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.PortalProperties;

/** Readers' pages: meetings, one meeting with its reports, and the weekly work schedule. */
@Controller
class MeetingController {

	static final int PAGE_SIZE = 15;

	private final MeetingService meetings;

	private final ArticleService articles;

	private final PortalProperties properties;

	private final Clock clock;

	MeetingController(MeetingService meetings, ArticleService articles, PortalProperties properties, Clock clock) {
		this.meetings = meetings;
		this.articles = articles;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/hoi-nghi")
	String list(@RequestParam(name = "nam", required = false) Integer year,
			@RequestParam(name = "loai", required = false) MeetingKind kind,
			@RequestParam(name = "trang-thai", required = false) MeetingStatus status,
			@RequestParam(name = "chu-tri", required = false) Long personId,
			@RequestParam(name = "don-vi", required = false) Long organisationId,
			@RequestParam(defaultValue = "1") int page, Model model) {
		if (page < 1) {
			throw new NotFoundException("page " + page);
		}
		MeetingFilter filter = new MeetingFilter(year, kind, status, personId, organisationId);
		Page<Meeting> result = meetings.search(filter, page - 1, PAGE_SIZE);
		if (page > 1 && page > result.getTotalPages()) {
			throw new NotFoundException("page " + page);
		}
		model.addAttribute("meetings", result);
		model.addAttribute("filter", filter);
		model.addAttribute("years", meetings.years());
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("pageNumber", page);
		return "meetings/list";
	}

	@GetMapping("/hoi-nghi/{slug}")
	String meeting(@PathVariable String slug, Model model) {
		Meeting meeting = meetings.findBySlug(slug).orElseThrow(() -> new NotFoundException("meeting " + slug));
		List<Article> reports = articles.reportsOf(meeting.getId());
		model.addAttribute("meeting", meeting);
		model.addAttribute("reports", reports);
		return "meetings/meeting";
	}

	@GetMapping("/lich-cong-tac")
	String schedule(@RequestParam(name = "tuan", required = false) String week, Model model) {
		LocalDate monday = mondayOf(week);
		model.addAttribute("monday", monday);
		model.addAttribute("sunday", monday.plusDays(6));
		model.addAttribute("weekValue", isoWeek(monday));
		model.addAttribute("previousWeek", isoWeek(monday.minusWeeks(1)));
		model.addAttribute("nextWeek", isoWeek(monday.plusWeeks(1)));
		model.addAttribute("days", ScheduleDay.of(monday, meetings.week(monday), meetings.zone()));
		return "meetings/schedule";
	}

	@GetMapping(value = "/lich-cong-tac.ics")
	ResponseEntity<String> calendar() {
		String baseUrl = properties.site().baseUrl().replaceAll("/$", "");
		String host = URI.create(baseUrl).getHost();
		String ics = ICalendar.of(meetings.calendar(), properties.site().name(), baseUrl, host == null ? "localhost" : host,
				clock.instant());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePublic())
			.header("Content-Disposition", "inline; filename=\"lich-cong-tac.ics\"")
			.body(ics);
	}

	/** "2026-W48" from the week picker; anything else means this week. */
	private LocalDate mondayOf(String week) {
		if (week != null && week.matches("\\d{4}-W\\d{2}")) {
			try {
				LocalDate day = LocalDate.parse(week + "-1", DateTimeFormatter.ISO_WEEK_DATE);
				return meetings.weekStart(day);
			}
			catch (DateTimeParseException ex) {
				// falls through to this week
			}
		}
		return meetings.weekStart(meetings.today());
	}

	static String isoWeek(LocalDate monday) {
		return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}
