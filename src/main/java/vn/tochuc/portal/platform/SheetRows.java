package vn.tochuc.portal.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a spreadsheet as they are read, kept at their position (row 1 is the header, so
 * error messages name the row staff see) and counted on the way: the first row with something in
 * it past the limit stops the reading. Blank rows past the limit are dropped, not counted: Excel
 * often saves some after the data. No row holds more than {@link #MAX_COLUMNS} cells.
 */
final class SheetRows {

	/** Far more than any import's template has (the widest has 17); a guard, not a setting. */
	static final int MAX_COLUMNS = 200;

	private final int maxDataRows;

	private final List<List<String>> rows = new ArrayList<>();

	/** @param maxDataRows rows after the header */
	SheetRows(int maxDataRows) {
		this.maxDataRows = maxDataRows;
	}

	/** Whether a row at this 0-based position (0 = the header) is past the limit. */
	boolean pastTheLimit(int position) {
		return position > maxDataRows;
	}

	/** Refuses a cell with text at a position past the limits, as soon as it is seen. */
	void checkCell(int position, int column, String value) {
		if (value.isBlank()) {
			return;
		}
		if (pastTheLimit(position)) {
			throw SpreadsheetRefusedException.tooManyRows(maxDataRows);
		}
		if (column >= MAX_COLUMNS) {
			throw SpreadsheetRefusedException.tooManyColumns(MAX_COLUMNS);
		}
	}

	/** The row at this position; positions skipped since the last row are blank rows. */
	void add(int position, List<String> cells) {
		boolean blank = cells.stream().allMatch(String::isBlank);
		if (pastTheLimit(position)) {
			if (blank) {
				return;
			}
			throw SpreadsheetRefusedException.tooManyRows(maxDataRows);
		}
		while (rows.size() < position) {
			rows.add(List.of());
		}
		if (rows.size() == position) {
			rows.add(cells);
		}
	}

	List<List<String>> rows() {
		return rows;
	}

}
