package vn.tochuc.portal.congress;

/** A congress with its results (null until they are entered), as lists and tables show them. */
public record CongressRow(Congress congress, CongressResult result) {

	public ResultValues values() {
		return result == null ? null : result.values();
	}

	public ResultFigures figures() {
		return result == null ? null : result.figures();
	}

}
