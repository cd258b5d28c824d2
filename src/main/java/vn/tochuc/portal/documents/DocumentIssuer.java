package vn.tochuc.portal.documents;

import java.util.Arrays;
import java.util.Optional;

/** Who issued a document, with the way prose names it after "của …". */
public enum DocumentIssuer {

	CENTRAL_COMMITTEE("Ban Chấp hành Trung ương"),
	POLITBURO("Bộ Chính trị"),
	SECRETARIAT("Ban Bí thư"),
	CENTRAL_ORGANISATION_COMMISSION("Ban Tổ chức Trung ương"),
	PROVINCIAL_COMMITTEE("Tỉnh ủy"),
	PROVINCIAL_STANDING_COMMITTEE("Ban Thường vụ Tỉnh ủy"),
	GOVERNMENT("Chính phủ"),
	OTHER("");

	private final String name;

	DocumentIssuer(String name) {
		this.name = name;
	}

	public String displayName() {
		return name;
	}

	public String messageKey() {
		return "documents.issuer." + name();
	}

	/** The issuer named at the start of the text ("Bộ Chính trị về …"), longest name first. */
	static Optional<DocumentIssuer> namedAtStartOf(String text) {
		String folded = DocumentType.fold(text);
		return Arrays.stream(values())
			.filter((issuer) -> issuer != OTHER)
			.sorted((a, b) -> b.name.length() - a.name.length())
			.filter((issuer) -> folded.startsWith(DocumentType.fold(issuer.name))
					|| (issuer == CENTRAL_COMMITTEE && (folded.startsWith("bch trung uong") || folded.startsWith("bchtw"))))
			.findFirst();
	}

}
