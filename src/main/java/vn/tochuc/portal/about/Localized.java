package vn.tochuc.portal.about;

import java.util.Locale;

import org.springframework.util.StringUtils;

/** Picks the English text for English readers when there is one, else the Vietnamese. */
final class Localized {

	private Localized() {
	}

	static String pick(Locale locale, String vietnamese, String english) {
		if (locale != null && "en".equals(locale.getLanguage()) && StringUtils.hasText(english)) {
			return english;
		}
		return vietnamese;
	}

	static String blankToNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
