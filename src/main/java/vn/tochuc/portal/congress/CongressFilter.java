package vn.tochuc.portal.congress;

/** The filters of the results table; null means "any". */
public record CongressFilter(CommitteeLevel level, CongressStatus status, Boolean pilot) {

	public static CongressFilter none() {
		return new CongressFilter(null, null, null);
	}

}
