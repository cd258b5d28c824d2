package vn.tochuc.portal.staffing;

import java.util.List;

/** Figures or a unit refused by a rule; nothing was saved. */
public class StaffingRuleException extends RuntimeException {

	private final List<Violation> violations;

	public StaffingRuleException(List<Violation> violations) {
		super("Refused: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> getViolations() {
		return violations;
	}

}
