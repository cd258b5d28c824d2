package vn.tochuc.portal.congress;

/** A term's congresses held so far out of all it has: the home page's "x/y". */
public record TermProgress(CongressTerm term, long held, long total) {

	public String fraction() {
		return held + "/" + total;
	}

}
