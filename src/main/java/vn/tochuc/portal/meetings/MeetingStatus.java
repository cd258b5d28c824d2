package vn.tochuc.portal.meetings;

public enum MeetingStatus {
	PLANNED, HELD, CANCELLED
}
