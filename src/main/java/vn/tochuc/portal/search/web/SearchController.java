package vn.tochuc.portal.search.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tochuc.portal.search.SearchIndex;
import vn.tochuc.portal.search.SearchQuery;
import vn.tochuc.portal.search.SearchResults;
import vn.tochuc.portal.search.SearchService;

/**
 * /tim-kiem: one search over every kind of public record, ranked, filtered by kind and date,
 * paged. Whatever the reader types, the answer is a page: odd input gets a message, never an
 * error.
 */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final SearchService search;

	private final SearchIndex index;

	SearchController(SearchService search, SearchIndex index) {
		this.search = search;
		this.index = index;
	}

	@GetMapping("/tim-kiem")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, Model model) {
		String text = q == null ? "" : q.strip();
		LocalDate fromDate = date(from);
		LocalDate toDate = date(to);
		String kind = type == null || type.isBlank() ? null : type.strip();
		model.addAttribute("q", text);
		model.addAttribute("type", kind);
		model.addAttribute("from", fromDate);
		model.addAttribute("to", toDate);
		model.addAttribute("types", index.types());
		model.addAttribute("maxLength", SearchService.MAX_QUERY_LENGTH);
		model.addAttribute("badDate", (from != null && !from.isBlank() && fromDate == null)
				|| (to != null && !to.isBlank() && toDate == null));
		if (q == null && type == null && from == null && to == null) {
			// The bare page: a form to fill in, no complaint yet.
			return VIEW;
		}
		SearchResults results = search.search(new SearchQuery(text, kind, fromDate, toDate, pageNumber(page)));
		model.addAttribute("results", results);
		model.addAttribute("limit", search.limit());
		return VIEW;
	}

	/** A date as the browser's date field sends it (yyyy-MM-dd); anything else is left out. */
	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			return date.getYear() < 1900 || date.getYear() > 2999 ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static int pageNumber(String value) {
		if (value == null) {
			return 1;
		}
		try {
			return Math.max(1, Math.min(Integer.parseInt(value.strip()), 10_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
