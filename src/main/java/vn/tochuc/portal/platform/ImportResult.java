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

	/** Errors of the file as a whole (row 0): shown next to the file field. */
	public List<RowError> fileErrors() {
		return errors.stream().filter((e) -> e.row() == 0).toList();
	}

	/** Errors of single rows: shown in the table of rows. */
	public List<RowError> rowErrors() {
		return errors.stream().filter((e) -> e.row() > 0).toList();
	}

	/** A problem with one row (row 1 is the header), in a column, with the reason's message key. */
	public record RowError(int row, String column, String messageKey, List<Object> args) {

		public Object[] arguments() {
			return args.toArray();
		}

	}

}
