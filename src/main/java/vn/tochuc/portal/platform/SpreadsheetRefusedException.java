package vn.tochuc.portal.platform;

import java.util.List;

import vn.tochuc.portal.platform.ImportResult.RowError;

/**
 * A spreadsheet refused whole while it is read, before any row is checked or anything stored:
 * more rows or columns than an import takes, or an .xlsx that unpacks to far more than it
 * weighs (a zip bomb). The import page shows the reason next to the file field.
 */
public class SpreadsheetRefusedException extends RuntimeException {

	public static final String TOO_MANY_ROWS = "spreadsheet.import.tooManyRows";

	public static final String TOO_MANY_COLUMNS = "spreadsheet.import.tooManyColumns";

	public static final String UNPACKS_TOO_LARGE = "spreadsheet.import.unpacksTooLarge";

	private final String messageKey;

	private final List<Object> args;

	private SpreadsheetRefusedException(String messageKey, List<Object> args) {
		super(messageKey + " " + args, null, false, false);
		this.messageKey = messageKey;
		this.args = List.copyOf(args);
	}

	static SpreadsheetRefusedException tooManyRows(int maxRows) {
		return new SpreadsheetRefusedException(TOO_MANY_ROWS, List.of(maxRows));
	}

	static SpreadsheetRefusedException tooManyColumns(int maxColumns) {
		return new SpreadsheetRefusedException(TOO_MANY_COLUMNS, List.of(maxColumns));
	}

	static SpreadsheetRefusedException unpacksTooLarge() {
		return new SpreadsheetRefusedException(UNPACKS_TOO_LARGE, List.of());
	}

	public String messageKey() {
		return messageKey;
	}

	/** The refusal as the import page shows it: row 0, the whole file. */
	public RowError asRowError() {
		return new RowError(0, "", messageKey, args);
	}

}
