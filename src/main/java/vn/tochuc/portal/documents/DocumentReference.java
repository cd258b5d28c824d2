package vn.tochuc.portal.documents;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A document as a text names it: "Nghị quyết số 18-NQ/TW" (type, number, symbol), "Kết luận số
 * 40 của Bộ Chính trị" (with the issuer), "71-QĐ/TW" (type from the symbol, Quy định or Quyết
 * định), "Nghị quyết Trung ương 4 (khóa XII)" (the plenum and term instead of a number).
 *
 * @param types the types it may be (one, or two for "QĐ")
 * @param number the number, or null for a plenum reference
 * @param symbol the symbol after the number as written ("NQ/TW"), or empty
 * @param issuer the issuer named after it, or null
 * @param plenum the Central Committee plenum ("Trung ương 4"), or null
 * @param term the term (khóa) as a number, or null
 * @param start where it starts in the text
 * @param end where it ends in the text
 * @param text the words as written
 */
public record DocumentReference(Set<DocumentType> types, Integer number, String symbol, DocumentIssuer issuer,
		Integer plenum, Integer term, int start, int end, String text) {

	public DocumentReference {
		types = Set.copyOf(types);
		symbol = symbol == null ? "" : symbol;
	}

	public boolean isPlenum() {
		return number == null;
	}

	/** What was named, independent of how it was written: two mentions with one key name one document. */
	public String key() {
		if (isPlenum()) {
			return "PLENUM|" + plenum + "|" + (term == null ? "" : term);
		}
		String typeNames = types.stream().map(Enum::name).sorted().collect(Collectors.joining("+"));
		return typeNames + "|" + number + "|" + symbol.toUpperCase(Locale.ROOT) + "|"
				+ (issuer == null ? "" : issuer.name());
	}

}
