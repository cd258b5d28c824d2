package vn.tochuc.portal.platform;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates and numbers the Vietnamese way (dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh; 6.666 and 8,1),
 * available to templates as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final ZoneId zone;

	public Formats(PortalProperties properties) {
		this.zone = properties.site().zone();
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(zone));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}

	public String date(java.time.LocalDate day) {
		return day == null ? "" : DATE.format(day);
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(zone));
	}

	/** For datetime attributes and Open Graph tags. */
	public String iso(Instant instant) {
		return instant == null ? "" : ISO.format(instant.atZone(zone));
	}

	/** Today's date where the department is, e.g. for the top bar. */
	public String today() {
		return date(Instant.now());
	}

	public String number(long value) {
		return vietnameseFormat("#,##0").format(value);
	}

	public String decimal(double value) {
		return vietnameseFormat("#,##0.#").format(value);
	}

	/** Terms and congress ordinals: 12 → "XII". */
	public String roman(int value) {
		return RomanNumerals.format(value);
	}

	public ZoneId zone() {
		return zone;
	}

	private static DecimalFormat vietnameseFormat(String pattern) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat(pattern, symbols);
	}

}
