package vn.tochuc.portal.documents;

import java.util.Map;

/** A document that breaks a rule (a duplicate number, an unknown related document …); nothing was saved. */
public class InvalidDocumentException extends RuntimeException {

	private final Map<String, DocumentProblem> problems;

	InvalidDocumentException(Map<String, DocumentProblem> problems) {
		super("Invalid document: " + problems.keySet());
		this.problems = Map.copyOf(problems);
	}

	public Map<String, DocumentProblem> getProblems() {
		return problems;
	}

}
