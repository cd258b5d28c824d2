package vn.tochuc.portal.platform;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as Excel reads and writes them: fields quoted when they hold a
 * separator, a quote or a line break; a UTF-8 byte order mark first so Excel shows Vietnamese.
 * Reading accepts a semicolon instead of a comma (Excel's choice with Vietnamese regional settings).
 */
public final class CsvSheet {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvSheet() {
	}

	public static byte[] write(List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(quote(row.get(i)));
			}
			out.append("\r\n");
		}
		byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, all, 0, BOM.length);
		System.arraycopy(body, 0, all, BOM.length, body.length);
		return all;
	}

	static String quote(String value) {
		String text = value == null ? "" : value;
		if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/** The file's rows and cells; throws {@link IllegalArgumentException} if it is not UTF-8 text. */
	public static List<List<String>> read(byte[] file) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(file)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("not UTF-8", ex);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstLineEnd = text.indexOf('\n');
		String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
		char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
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
				row.add(cell.toString());
				cell.setLength(0);
				any = true;
			}
			else if (c == '\r') {
				// ignored: a line ends at \n
			}
			else if (c == '\n') {
				row.add(cell.toString());
				rows.add(row);
				row = new ArrayList<>();
				cell.setLength(0);
				any = false;
			}
			else {
				cell.append(c);
				any = true;
			}
		}
		if (any || cell.length() > 0) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}



}
