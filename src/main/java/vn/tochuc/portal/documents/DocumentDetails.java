package vn.tochuc.portal.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff enter for a document. Relations are written as references ("29-QĐ/TW",
 * "Nghị quyết số 18-NQ/TW"), one per line, and resolved to records on save.
 */
public record DocumentDetails(DocumentType type, Integer number, String symbol, DocumentIssuer issuer, Integer term,
		Integer plenum, LocalDate issuedOn, LocalDate effectiveOn, String title, String summary, String body,
		DocumentStatus status, List<String> amends, List<String> replaces, List<String> relates,
		List<Long> attachmentMediaIds) {

	public DocumentDetails {
		symbol = symbol == null ? "" : symbol.strip();
		amends = amends == null ? List.of() : List.copyOf(amends);
		replaces = replaces == null ? List.of() : List.copyOf(replaces);
		relates = relates == null ? List.of() : List.copyOf(relates);
		attachmentMediaIds = attachmentMediaIds == null ? List.of() : List.copyOf(attachmentMediaIds);
		status = status == null ? DocumentStatus.IN_FORCE : status;
	}

}
