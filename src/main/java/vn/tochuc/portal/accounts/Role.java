package vn.tochuc.portal.accounts;

/** What a staff member may do. Spring Security sees these as ROLE_ADMIN, ROLE_EDITOR, … */
public enum Role {

	/** Everything, including users and the audit log. */
	ADMIN,
	/** Edits and publishes any article. */
	EDITOR,
	/** Writes and edits own drafts, submits them for review, cannot publish. */
	AUTHOR,
	/** Keeps the statistics (staffing figures, congress results). */
	STATISTICS;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean mayPublish() {
		return this == ADMIN || this == EDITOR;
	}

	public boolean writesArticles() {
		return this != STATISTICS;
	}

}
