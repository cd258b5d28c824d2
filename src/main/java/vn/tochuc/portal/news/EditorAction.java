package vn.tochuc.portal.news;

import java.util.Locale;
import java.util.Optional;

/** The button a staff member pressed on the article form (the contract's {@code action} field). */
public enum EditorAction {

	SAVE, SUBMIT, PUBLISH, SCHEDULE, UNPUBLISH, SEND_BACK;

	/** Actions that decide what readers see: editors and administrators only. */
	public boolean needsEditor() {
		return this == PUBLISH || this == SCHEDULE || this == UNPUBLISH || this == SEND_BACK;
	}

	public static Optional<EditorAction> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(SAVE);
		}
		try {
			return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
