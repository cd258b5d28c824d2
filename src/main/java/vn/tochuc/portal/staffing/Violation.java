package vn.tochuc.portal.staffing;

import java.util.List;

/** A rule a figure breaks: the field it concerns and the message key (with arguments) that explains why. */
public record Violation(String field, String messageKey, List<Object> args) {

	public static Violation of(String field, String messageKey, Object... args) {
		return new Violation(field, messageKey, List.of(args));
	}

	public Object[] arguments() {
		return args.toArray();
	}

}
