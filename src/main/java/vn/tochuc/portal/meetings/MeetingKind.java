package vn.tochuc.portal.meetings;

/** Loại hội nghị. */
public enum MeetingKind {
	/** Sơ kết (half-year review). */
	MID_YEAR_REVIEW,
	/** Tổng kết (year-end review). */
	YEAR_END_REVIEW,
	/** Giao ban (regular or regional briefing). */
	BRIEFING,
	/** Chuyên đề (thematic session). */
	THEMATIC,
	/** Quán triệt, triển khai (briefing on new documents). */
	DOCUMENT_BRIEFING,
	OTHER
}
