package vn.tochuc.portal.documents;

/** A document's standing: in force, amended by a later one, replaced by a later one, or expired. */
public enum DocumentStatus {

	IN_FORCE, AMENDED, REPLACED, EXPIRED;

	public String messageKey() {
		return "documents.status." + name();
	}

}
