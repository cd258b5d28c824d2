package vn.tochuc.portal.congress;

/** What a congress (through its new executive committee) elected someone as. */
public enum PersonRole {

	SECRETARY, DEPUTY_SECRETARY, INSPECTION_CHAIR

}
