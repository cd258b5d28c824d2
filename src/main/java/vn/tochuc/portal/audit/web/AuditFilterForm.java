package vn.tochuc.portal.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

import vn.tochuc.portal.audit.AuditFilter;

/**
 * The audit page's query parameters. Dates come from HTML date inputs (2025-07-15) or typed
 * the Vietnamese way (15/07/2025); an impossible date is explained next to its field.
 */
public class AuditFilterForm {

	static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private String actor;

	private String action;

	private String targetType;

	private String targetId;

	private String from;

	private String to;

	private String q;

	private int page = 1;

	/** The filter to search with; unreadable dates are rejected into {@code errors} and left out. */
	AuditFilter toFilter(Errors errors) {
		LocalDate fromDate = date("from", from, errors);
		LocalDate toDate = date("to", to, errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.rejectValue("to", "audit.filter.range");
		}
		return new AuditFilter(actor, action, targetType, targetId, fromDate, toDate, q);
	}

	private LocalDate date(String field, String value, Errors errors) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		Optional<LocalDate> parsed = parse(value.strip());
		if (parsed.isEmpty()) {
			errors.rejectValue(field, "audit.filter.date");
			return null;
		}
		// Shown again in the date input, which only understands the ISO form.
		if (field.equals("from")) {
			this.from = parsed.get().toString();
		}
		else {
			this.to = parsed.get().toString();
		}
		return parsed.get();
	}

	static Optional<LocalDate> parse(String value) {
		try {
			return Optional.of(value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getTargetType() {
		return targetType;
	}

	public void setTargetType(String targetType) {
		this.targetType = targetType;
	}

	public String getTargetId() {
		return targetId;
	}

	public void setTargetId(String targetId) {
		this.targetId = targetId;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
