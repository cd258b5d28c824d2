package vn.tochuc.portal.staffing;

/** A unit is active until it is merged into another or dissolved; its history stays either way. */
public enum UnitStatus {

	ACTIVE, MERGED, DISSOLVED

}
