package vn.tochuc.portal.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules a document's own fields must keep; rules that need the database live in the service. */
public final class DocumentRules {

	/** "NQ/TW", "QĐi/TW", "HD/BTCTW", "2024/NĐ-CP", "QĐ-UBND". */
	private static final Pattern SYMBOL = Pattern.compile("(?:\\d{4}/)?\\p{L}{1,8}(?:[/-][\\p{L}\\d]{1,10}){0,3}");

	private DocumentRules() {
	}

	/** Field name → problem, in form order; empty when every rule holds. */
	public static Map<String, DocumentProblem> problems(DocumentDetails details) {
		Map<String, DocumentProblem> problems = new LinkedHashMap<>();
		if (details.type() == null) {
			problems.put("type", new DocumentProblem("documents.rule.typeRequired"));
		}
		if (details.number() == null || details.number() <= 0 || details.number() > 99_999) {
			problems.put("number", new DocumentProblem("documents.rule.number"));
		}
		if (!details.symbol().isEmpty() && !SYMBOL.matcher(details.symbol()).matches()) {
			problems.put("symbol", new DocumentProblem("documents.rule.symbol"));
		}
		if (details.issuer() == null) {
			problems.put("issuer", new DocumentProblem("documents.rule.issuerRequired"));
		}
		if (details.term() != null && (details.term() < 1 || details.term() > 40)) {
			problems.put("term", new DocumentProblem("documents.rule.term"));
		}
		if (details.plenum() != null && (details.plenum() < 1 || details.plenum() > 30)) {
			problems.put("plenum", new DocumentProblem("documents.rule.plenum"));
		}
		if (details.plenum() != null && details.term() == null) {
			problems.putIfAbsent("term", new DocumentProblem("documents.rule.plenumNeedsTerm"));
		}
		if (details.title() == null || details.title().isBlank()) {
			problems.put("title", new DocumentProblem("documents.rule.titleRequired"));
		}
		else if (details.title().strip().length() > 500) {
			problems.put("title", new DocumentProblem("documents.rule.titleTooLong"));
		}
		if (details.issuedOn() != null && details.effectiveOn() != null
				&& details.effectiveOn().isBefore(details.issuedOn())) {
			problems.put("effectiveOn", new DocumentProblem("documents.rule.effectiveBeforeIssued"));
		}
		return problems;
	}

}
