package vn.tochuc.portal.congress;

/** How a change reached a congress or its results. */
public enum ChangeSource {

	FORM, IMPORT, DEMO

}
