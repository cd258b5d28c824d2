package vn.tochuc.portal.news;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

	/**
	 * The markings as documents print them: upper case, opening the title or a line of the
	 * header ("TỐI MẬT", "(MẬT) Báo cáo"). "bí mật" in prose, or "BẢO VỆ BÍ MẬT NHÀ NƯỚC" in a
	 * heading, is not one.
	 */
	private static final Pattern MARKING = Pattern.compile("^[\\p{P}\\s]*(TUYỆT MẬT|TỐI MẬT|MẬT)(?!\\p{L})");

	public boolean isSecret() {
		return this != NONE;
	}

	/** The marking found in a title or the head of a body, if any. */
	static Optional<Classification> markedIn(String title, String bodyHtml) {
		List<String> lines = new ArrayList<>();
		lines.add(title == null ? "" : title);
		int length = 0;
		for (String paragraph : RichText.paragraphs(bodyHtml)) {
			if (length > HEADER_LENGTH) {
				break;
			}
			lines.add(paragraph);
			length += paragraph.length();
		}
		for (String line : lines) {
			// Text typed with a decomposed-Unicode keyboard must match as well.
			Matcher matcher = MARKING.matcher(Normalizer.normalize(line, Normalizer.Form.NFC));
			if (matcher.find()) {
				return Optional.of(switch (matcher.group(1)) {
					case "TUYỆT MẬT" -> TOP_SECRET;
					case "TỐI MẬT" -> SECRET;
					default -> CONFIDENTIAL;
				});
			}
		}
		return Optional.empty();
	}

}
