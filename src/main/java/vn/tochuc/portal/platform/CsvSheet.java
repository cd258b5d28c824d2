package vn.tochuc.portal.platform;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Comma-separated values as Excel reads and writes them: fields quoted when they hold a
 * separator, a quote or a line break; a UTF-8 byte order mark first so Excel shows Vietnamese.
 * Reading accepts a semicolon instead of a comma (Excel's choice with Vietnamese regional settings).
 * Writing guards against formula injection ({@link #neutralise}); reading counts the rows as it
 * goes and stops at an import's limit.
 */
public final class CsvSheet {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvSheet() {
	}

	/**
	 * Every .csv the portal writes goes through here, so every cell is {@linkplain #neutralise
	 * neutralised} against formula injection in one place.
	 */
	public static byte[] write(List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(quote(neutralise(row.get(i))));
			}
			out.append("\r\n");
		}
		byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, all, 0, BOM.length);
		System.arraycopy(body, 0, all, BOM.length, body.length);
		return all;
	}

	/** A number as the exports write it: "-3", "-4,5", "1.250"; nothing else can follow a leading minus unguarded. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)*");

	/**
	 * OWASP's rule against CSV (formula) injection: a cell Excel or LibreOffice would read as a
	 * formula or a DDE call ({@code = + - @}, a tab or a carriage return first) gets a leading
	 * apostrophe, so it is shown as the text it is. Plain numbers stay numbers. A cell that already
	 * begins with apostrophes before such a character gets one more, so {@link #read} can undo
	 * exactly what was added and a round trip returns every value unchanged.
	 */
	public static String neutralise(String value) {
		if (value == null) {
			return "";
		}
		return needsApostrophe(value) ? "'" + value : value;
	}

	/** The inverse of {@link #neutralise}: one added apostrophe is taken away again. */
	static String restore(String cell) {
		return cell.length() > 1 && cell.charAt(0) == '\'' && needsApostrophe(cell.substring(1)) ? cell.substring(1) : cell;
	}

	private static boolean needsApostrophe(String value) {
		int first = 0;
		while (first < value.length() && value.charAt(first) == '\'') {
			first++;
		}
		if (first == value.length()) {
			return false;
		}
		char c = value.charAt(first);
		boolean formulaStart = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
		return formulaStart && !(first == 0 && PLAIN_NUMBER.matcher(value).matches());
	}

	static String quote(String value) {
		String text = value == null ? "" : value;
		if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/** The rows of a file the portal wrote itself (its own export), with no limit. */
	public static List<List<String>> read(byte[] file) {
		return read(file, Integer.MAX_VALUE);
	}

	/**
	 * The file's rows and cells, counted as they are read: {@link SpreadsheetRefusedException} at
	 * the first row with text after {@code maxDataRows} rows of data (the header not counted), or a
	 * cell with text past {@link SheetRows#MAX_COLUMNS}; {@link IllegalArgumentException} if it is
	 * not UTF-8 text. The text is decoded as it is read, never copied whole.
	 */
	public static List<List<String>> read(byte[] file, int maxDataRows) {
		char separator = separatorOf(file);
		SheetRows rows = new SheetRows(maxDataRows);
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		boolean first = true;
		int position = 0;
		try (Reader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)))) {
			int next = in.read();
			while (next != -1) {
				char c = (char) next;
				next = in.read();
				if (first) {
					first = false;
					if (c == '\uFEFF') {
						continue;
					}
				}
				if (quoted) {
					if (c == '"') {
						if (next == '"') {
							cell.append('"');
							next = in.read();
						}
						else {
							quoted = false;
						}
					}
					else {
						cell.append(c);
					}
					continue;
				}
				if (c == '"') {
					quoted = true;
					any = true;
				}
				else if (c == separator) {
					endCell(rows, position, row, cell);
					any = true;
				}
				else if (c == '\r') {
					// ignored: a line ends at \n
				}
				else if (c == '\n') {
					endCell(rows, position, row, cell);
					rows.add(position++, row);
					row = new ArrayList<>();
					any = false;
				}
				else {
					cell.append(c);
					any = true;
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("not UTF-8", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (any || cell.length() > 0) {
			endCell(rows, position, row, cell);
			rows.add(position, row);
		}
		return rows.rows();
	}

	private static void endCell(SheetRows rows, int position, List<String> row, StringBuilder cell) {
		String value = restore(cell.toString());
		cell.setLength(0);
		rows.checkCell(position, row.size(), value);
		if (row.size() < SheetRows.MAX_COLUMNS) {
			row.add(value);
		}
	}

	/** Excel with Vietnamese regional settings separates by semicolons: the first line tells. */
	private static char separatorOf(byte[] file) {
		boolean comma = false;
		boolean semicolon = false;
		for (int i = 0; i < file.length && file[i] != '\n'; i++) {
			comma |= file[i] == ',';
			semicolon |= file[i] == ';';
		}
		return semicolon && !comma ? ';' : ',';
	}

}
