package vn.tochuc.portal.news;

import java.util.Locale;
import java.util.Optional;

/** The button a staff member pressed on the article form (the contract's {@code action} field). */
public enum EditorAction {

	SAVE, SUBMIT, PUBLISH, UNPUBLISH;

	public static Optional<EditorAction> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(SAVE);
		}
		try {
			return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
