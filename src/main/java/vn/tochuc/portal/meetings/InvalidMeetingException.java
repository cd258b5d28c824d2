package vn.tochuc.portal.meetings;

import java.util.Map;

/** A meeting that breaks a rule; nothing was saved. */
public class InvalidMeetingException extends RuntimeException {

	private final Map<String, String> problems;

	InvalidMeetingException(Map<String, String> problems) {
		super("Invalid meeting: " + problems);
		this.problems = problems;
	}

	public Map<String, String> getProblems() {
		return problems;
	}

}
