package vn.tochuc.portal.staffing;

/** Where a unit sits in the province's tree (tỉnh → khối, huyện/thành/thị, sở/ban → cơ sở). */
public enum UnitKind {

	PROVINCE, BLOCK, DISTRICT, DEPARTMENT, COMMITTEE, GRASSROOTS

}
