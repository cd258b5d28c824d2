package vn.tochuc.portal.platform;

import java.util.List;

/**
 * What an all-or-nothing import of a spreadsheet did: the errors (then nothing was written), or
 * the rows read and how many records changed.
 */
public record ImportResult(List<RowError> errors, int rows, int changed) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

	public static ImportResult refused(RowError error) {
		return new ImportResult(List.of(error), 0, 0);
	}

	public boolean ok() {
		return errors.isEmpty();
	}

	/** A problem with one row (row 1 is the header), in a column, with the reason's message key. */
	public record RowError(int row, String column, String messageKey, List<Object> args) {

		public Object[] arguments() {
			return args.toArray();
		}

	}

}
