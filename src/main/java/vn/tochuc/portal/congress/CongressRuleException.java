package vn.tochuc.portal.congress;

import java.util.List;

import vn.tochuc.portal.staffing.Violation;

/** A congress, its results, a committee or a term refused by a rule; nothing was saved. */
public class CongressRuleException extends RuntimeException {

	private final List<Violation> violations;

	public CongressRuleException(List<Violation> violations) {
		super("Refused: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> getViolations() {
		return violations;
	}

}
