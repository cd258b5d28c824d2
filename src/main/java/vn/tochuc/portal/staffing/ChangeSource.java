package vn.tochuc.portal.staffing;

/** How a change reached the figures. */
public enum ChangeSource {

	FORM, IMPORT, DEMO

}
