package vn.tochuc.portal.congress.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.StaffDirectory;
import vn.tochuc.portal.platform.Formats;

/**
 * A congress's history as staff read it ({@code @congressChanges} in templates): the stored
 * values are codes and ISO dates ("PLANNED", "2020-08-31", "true"); shown as labels, dd/MM/yyyy,
 * Có/Không, and the person's full name instead of the user name. Public: SpEL calls it.
 */
@Component("congressChanges")
public class CongressChangeLabels {

	private static final Set<String> DATES = Set.of("plannedOn", "startedOn", "endedOn");

	private static final Set<String> YES_NO = Set.of("pilot", "electedInOneRound");

	private final MessageSource messages;

	private final Formats formats;

	private final StaffDirectory staff;

	CongressChangeLabels(MessageSource messages, Formats formats, StaffDirectory staff) {
		this.messages = messages;
		this.formats = formats;
		this.staff = staff;
	}

	public String value(String field, String stored) {
		if (stored == null || stored.isEmpty()) {
			return "";
		}
		if ("status".equals(field)) {
			return messages.getMessage("congress.status." + stored, null, stored, LocaleContextHolder.getLocale());
		}
		if (YES_NO.contains(field) && ("true".equals(stored) || "false".equals(stored))) {
			return messages.getMessage("congress.history." + stored, null, stored, LocaleContextHolder.getLocale());
		}
		if (DATES.contains(field)) {
			try {
				return formats.date(LocalDate.parse(stored));
			}
			catch (DateTimeParseException notADate) {
				return stored;
			}
		}
		return stored;
	}

	/** The full name of who made the change; the user name when the account is gone. */
	public String who(String username) {
		if (username == null) {
			return "";
		}
		return staff.findUser(username).map(PortalUser::displayName).orElse(username);
	}

}
