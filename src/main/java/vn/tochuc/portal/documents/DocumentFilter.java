package vn.tochuc.portal.documents;

/**
 * What a reader filters the library by; every field may be empty. {@code text} is read the way
 * people write documents ("18-NQ/TW", "nghị quyết 18", "NQ 18", "khóa XII") by {@link DocumentQuery}.
 */
public record DocumentFilter(DocumentType type, DocumentIssuer issuer, Integer term, Integer year,
		DocumentStatus status, String text, boolean oldestFirst) {

	public static DocumentFilter none() {
		return new DocumentFilter(null, null, null, null, null, null, false);
	}

	public boolean isEmpty() {
		return type == null && issuer == null && term == null && year == null && status == null
				&& (text == null || text.isBlank());
	}

}
