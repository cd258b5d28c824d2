package vn.tochuc.portal.documents;

/** How one document refers to another. */
public enum RelationKind {

	AMENDS, REPLACES, RELATES;

	public String messageKey() {
		return "documents.relation." + name();
	}

	/** The same relation read from the other side ("amended by", "replaced by"). */
	public String inverseMessageKey() {
		return "documents.relation." + name() + ".inverse";
	}

}
