package vn.tochuc.portal.meetings;

/** Filters of the meeting lists; every one optional. */
public record MeetingFilter(Integer year, MeetingKind kind, MeetingStatus status, Long personId, Long organisationId) {

	public static MeetingFilter none() {
		return new MeetingFilter(null, null, null, null, null);
	}

}
