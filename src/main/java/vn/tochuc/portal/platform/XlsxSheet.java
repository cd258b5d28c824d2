package vn.tochuc.portal.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
 * numbers stored as numbers (from the fourth column on) so Excel can sum them.
 */
public final class XlsxSheet {

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

	/** The first sheet's rows as text, as Excel shows them; {@link IllegalArgumentException} if it is no workbook. */
	public static List<List<String>> read(byte[] file) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
			Sheet sheet = workbook.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException("not an .xlsx workbook", ex);
		}
	}

}
