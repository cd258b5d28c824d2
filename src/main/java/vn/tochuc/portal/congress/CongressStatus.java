package vn.tochuc.portal.congress;

/** Where a congress stands: still to come, held, or put off to a later date. */
public enum CongressStatus {

	PLANNED, HELD, POSTPONED

}
