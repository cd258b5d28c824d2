package vn.tochuc.portal.meetings;

/** Hình thức: tập trung, trực tuyến, or both. Only online formats have bridge points (điểm cầu). */
public enum MeetingFormat {
	IN_PERSON, ONLINE, HYBRID;

	public boolean hasBridgePoints() {
		return this != IN_PERSON;
	}
}
