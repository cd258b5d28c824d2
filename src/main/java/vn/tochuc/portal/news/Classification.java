package vn.tochuc.portal.news;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tochuc.portal.platform.RichText;

/**
 * Độ mật: state-secret markings. Content marked Mật, Tối mật or Tuyệt mật, by the field or by
 * the marking in its header, can never be published on a public portal.
 */
public enum Classification {

	NONE, CONFIDENTIAL, SECRET, TOP_SECRET;

	/** How far into the text a document header's marking is looked for. */
	static final int HEADER_LENGTH = 400;

	/** The markings as documents print them: upper case, standing alone. "bí mật" in prose is not one. */
	private static final Pattern MARKING = Pattern.compile("(?<!\\p{L})(TUYỆT MẬT|TỐI MẬT|MẬT)(?!\\p{L})");

	public boolean isSecret() {
		return this != NONE;
	}

	/** The marking found in a title or the head of a body, if any. */
	static Optional<Classification> markedIn(String title, String bodyHtml) {
		String header = (title == null ? "" : title) + "\n" + RichText.toPlainText(bodyHtml);
		if (header.length() > HEADER_LENGTH + 300) {
			header = header.substring(0, HEADER_LENGTH + 300);
		}
		Matcher matcher = MARKING.matcher(header);
		if (!matcher.find()) {
			return Optional.empty();
		}
		return Optional.of(switch (matcher.group(1)) {
			case "TUYỆT MẬT" -> TOP_SECRET;
			case "TỐI MẬT" -> SECRET;
			default -> CONFIDENTIAL;
		});
	}

}
