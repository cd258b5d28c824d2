package vn.tochuc.portal.documents;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of Party document, with the word used in prose ("Nghị quyết") and the letters of
 * their symbol ("NQ" in 18-NQ/TW). Quy định and Quyết định share "QĐ".
 */
public enum DocumentType {

	RESOLUTION("Nghị quyết", "NQ"),
	CONCLUSION("Kết luận", "KL"),
	REGULATION("Quy định", "QĐ"),
	DECISION("Quyết định", "QĐ"),
	GUIDANCE("Hướng dẫn", "HD"),
	DIRECTIVE("Chỉ thị", "CT"),
	PLAN("Kế hoạch", "KH"),
	NOTICE("Thông báo", "TB"),
	OTHER("Văn bản", "");

	private final String word;

	private final String abbreviation;

	DocumentType(String word, String abbreviation) {
		this.word = word;
		this.abbreviation = abbreviation;
	}

	/** How the type is written in Vietnamese prose; names and numbers stay Vietnamese in every language. */
	public String word() {
		return word;
	}

	public String abbreviation() {
		return abbreviation;
	}

	public String messageKey() {
		return "documents.type." + name();
	}

	/** The type named by a word as typed, with or without diacritics: "nghi quyet", "Nghị quyết". */
	public static Optional<DocumentType> fromWord(String typed) {
		String folded = fold(typed);
		return Arrays.stream(values()).filter((type) -> type != OTHER && fold(type.word).equals(folded)).findFirst();
	}

	/** The types whose symbol starts with these letters: "NQ" → Nghị quyết; "QĐ" (or "QD") → Quy định and Quyết định. */
	public static DocumentType[] fromAbbreviation(String letters) {
		String folded = fold(letters);
		return Arrays.stream(values())
			.filter((type) -> type != OTHER && fold(type.abbreviation).equals(folded))
			.toArray(DocumentType[]::new);
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
	}

}
