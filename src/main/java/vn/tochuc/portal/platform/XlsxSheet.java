package vn.tochuc.portal.platform;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The same rows as the .csv, as an Excel workbook: one sheet, a bold frozen header, whole
 * numbers stored as numbers (from the fourth column on) so Excel can sum them, every other cell
 * a string cell (never a formula, whatever its text begins with). Reading streams the sheet.
 */
public final class XlsxSheet {

	/** No part of an uploaded workbook may unpack to more (POI's own default allows 4 GB). */
	static final long MAX_PART_BYTES = 64L * 1024 * 1024;

	/** The number formats: a few kilobytes in a normal workbook, parsed into memory whole. */
	static final long MAX_STYLES_BYTES = 4L * 1024 * 1024;

	/** The text cells' strings, kept in memory while the sheet is read. */
	static final long MAX_SHARED_STRINGS_BYTES = 16L * 1024 * 1024;

	/** A part may unpack to at most 100 times its packed size (POI's default, written down so it stays). */
	static final double MIN_INFLATE_RATIO = 0.01;

	static {
		// POI's zip-bomb guards are JVM-wide; the portal reads no other zip files through POI.
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
	}

	/** Every .xlsx is a zip file, which starts with "PK". */
	public static boolean looksLikeXlsx(byte[] file) {
		return file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
	}

	private XlsxSheet() {
	}

	public static byte[] write(List<List<String>> rows, String sheetName) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Cell cell = row.createCell(c);
					String value = cells.get(c);
					if (r > 0 && c >= 3 && value != null && value.matches("-?\\d{1,9}")) {
						cell.setCellValue(Integer.parseInt(value));
					}
					else {
						cell.setCellValue(value == null ? "" : value);
					}
					if (r == 0) {
						cell.setCellStyle(bold);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			if (!rows.isEmpty()) {
				for (int c = 0; c < Math.min(3, rows.get(0).size()); c++) {
					sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 22 * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows of a workbook the portal wrote itself (its own export), with no limit. */
	public static List<List<String>> read(byte[] file) {
		return read(file, Integer.MAX_VALUE);
	}

	/**
	 * The first sheet's rows as text, as Excel shows them (a formula cell as its last computed
	 * value), read as a stream of XML events: the workbook is never built in memory, and the
	 * reading stops at the first row with text after {@code maxDataRows} rows of data
	 * ({@link SpreadsheetRefusedException}). The zip guards refuse a workbook that unpacks to far
	 * more than it weighs. {@link IllegalArgumentException} if it is no workbook.
	 */
	public static List<List<String>> read(byte[] file, int maxDataRows) {
		Path copy = temporaryCopy(file);
		try {
			OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ);
			try {
				XSSFReader reader = new XSSFReader(workbook);
				StylesTable styles = styles(workbook);
				SharedStrings strings = BoundedSharedStrings.of(workbook);
				XSSFReader.SheetIterator sheets = reader.getSheetIterator();
				if (!sheets.hasNext()) {
					throw new IllegalArgumentException("a workbook without a sheet");
				}
				SheetRows rows = new SheetRows(maxDataRows);
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(rows),
							new DataFormatter(Locale.ROOT), false));
					parser.parse(new InputSource(sheet));
				}
				return rows.rows();
			}
			finally {
				// revert, not close: close() is for saving and warns about a read-only package
				workbook.revert();
			}
		}
		catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException ex) {
			throw refusal(ex);
		}
		finally {
			deleteQuietly(copy);
		}
	}

	/**
	 * POI reads a zip file's parts one at a time, through its zip-bomb guards, only from a file:
	 * from a stream it would unpack every part into memory first. The copy is the owner's alone
	 * (a temporary file) and deleted after the reading. A copy that cannot be written is the
	 * server's problem, not the file's: it is not reported as "no workbook".
	 */
	private static Path temporaryCopy(byte[] file) {
		try {
			Path copy = Files.createTempFile("portal-import-", ".xlsx");
			try {
				Files.write(copy, file);
			}
			catch (IOException ex) {
				deleteQuietly(copy);
				throw ex;
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write a temporary copy of the workbook", ex);
		}
	}

	/** What the caller is told: the refusal raised while reading, a zip bomb, or "not a workbook". */
	private static RuntimeException refusal(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SpreadsheetRefusedException refused) {
				return refused;
			}
			if (cause instanceof PartTooLargeException
					|| (cause.getMessage() != null && cause.getMessage().contains("Zip bomb detected"))) {
				return SpreadsheetRefusedException.unpacksTooLarge();
			}
		}
		return new IllegalArgumentException("not an .xlsx workbook", ex);
	}

	private static void deleteQuietly(Path copy) {
		if (copy != null) {
			try {
				Files.deleteIfExists(copy);
			}
			catch (IOException ex) {
				copy.toFile().deleteOnExit();
			}
		}
	}

	/** The number formats (percentages, decimals), read from a part no larger than {@link #MAX_STYLES_BYTES}. */
	private static StylesTable styles(OPCPackage workbook) throws IOException {
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		if (parts.isEmpty()) {
			return new StylesTable();
		}
		try (InputStream in = new LimitedInputStream(parts.get(0).getInputStream(), MAX_STYLES_BYTES)) {
			return new StylesTable(in);
		}
	}

	/** One sheet's rows and cells, handed on to {@link SheetRows} as the parser meets them. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final SheetRows rows;

		private List<String> cells = new ArrayList<>();

		private int position;

		private int nextColumn;

		RowCollector(SheetRows rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells = new ArrayList<>();
			position = rowNum;
			nextColumn = 0;
		}

		@Override
		public void endRow(int rowNum) {
			rows.add(position, cells);
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			nextColumn = column + 1;
			String value = formattedValue == null ? "" : formattedValue;
			rows.checkCell(position, column, value);
			if (column >= SheetRows.MAX_COLUMNS || column < cells.size()) {
				return;
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value);
		}

	}

	/** Refuses a part that unpacks to more than its limit, whatever its zip entry claims. */
	static final class LimitedInputStream extends FilterInputStream {

		private final long limit;

		private long count;

		LimitedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(long n) throws PartTooLargeException {
			count += n;
			if (count > limit) {
				throw new PartTooLargeException(limit);
			}
		}

	}

	static final class PartTooLargeException extends IOException {

		PartTooLargeException(long limit) {
			super("a workbook part unpacks to more than " + limit + " bytes");
		}

	}

}
