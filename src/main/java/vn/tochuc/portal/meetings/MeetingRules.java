package vn.tochuc.portal.meetings;

import java.util.LinkedHashMap;
import java.util.Map;

/** The checks a meeting must pass, as field → message key, used by the form and again by the service. */
public final class MeetingRules {

	private MeetingRules() {
	}

	public static Map<String, String> problems(MeetingDetails details) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (details.startsAt() != null && details.endsAt() != null && details.endsAt().isBefore(details.startsAt())) {
			problems.put("endsAt", "meeting.endsAt.beforeStart");
		}
		if (details.bridgePoints() != null) {
			if (details.bridgePoints() < 0) {
				problems.put("bridgePoints", "meeting.bridgePoints.negative");
			}
			else if (details.format() != null && !details.format().hasBridgePoints() && details.bridgePoints() > 0) {
				problems.put("bridgePoints", "meeting.bridgePoints.inPerson");
			}
		}
		return problems;
	}

}
