package vn.tochuc.portal.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * .xlsx imports are read as a stream of XML events. An 88,000-row workbook (the one that took
 * 66 s and ~950 MB in one request) is refused at the row limit in about a second of processor
 * time in a JVM of 128 MB, where building the workbook in memory, as the import used to, runs out
 * of memory. Normal files read the same as through POI's workbook model.
 */
class SpreadsheetReadingTest {

	static final int LARGE_ROWS = 88_000;

	static final int LIMIT = 20_000;

	static final String SMALL_HEAP = "-Xmx128m";

	@TempDir
	static Path files;

	static Path large;

	static Path atTheLimit;

	@BeforeAll
	static void generate() throws IOException {
		large = files.resolve("88000.xlsx");
		atTheLimit = files.resolve("20000.xlsx");
		// as Excel saves it: every text in the shared strings table, read before the sheet
		writeStaffingLike(large, LARGE_ROWS, true);
		writeStaffingLike(atTheLimit, LIMIT, false);
	}

	/** Rows as staffing staff would fill them: codes, long Vietnamese names, figures (streamed, so the test stays small too). */
	static void writeStaffingLike(Path file, int dataRows, boolean sharedStrings) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, sharedStrings);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Bien che");
			String[] header = { "ma_don_vi", "ten_don_vi", "giai_doan", "can_bo_cong_chuc", "vien_chuc", "khac",
					"dang_lam_viec", "giam_2022", "giam_2023", "giam_2024", "giam_2025", "giam_2026" };
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			for (int r = 1; r <= dataRows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("xa-so-" + r);
				row.createCell(1).setCellValue("Đảng ủy xã số " + r + " thuộc Huyện ủy Diễn Châu, tỉnh Nghệ An");
				row.createCell(2).setCellValue("2022-2026");
				for (int c = 3; c < header.length; c++) {
					row.createCell(c).setCellValue((r * 7 + c) % 300);
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	// ---- bounded memory, in a JVM of its own -------------------------------------------------

	@Test
	void an88000RowWorkbookIsRefusedAtTheLimitQuicklyInA128MegabyteHeap() throws Exception {
		long started = System.nanoTime();
		String answer = inSmallHeap("stream", large);
		assertThat(answer).startsWith("REFUSED " + SpreadsheetRefusedException.TOO_MANY_ROWS + " ");
		// the processor time the reading took: about a second; the wall clock depends on what else the machine runs
		long cpuMillis = Long.parseLong(answer.split(" ")[2]);
		assertThat(cpuMillis).as("processor time until refused, in ms: %s", answer).isLessThan(10_000);
		assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(90);
	}

	@Test
	void aWorkbookAtTheLimitIsReadWholeInTheSameHeap() throws Exception {
		assertThat(inSmallHeap("stream", atTheLimit)).startsWith("READ " + (LIMIT + 1) + " ");
	}

	@Test
	void theWorkbookModelTheImportUsedToBuildDoesNotFitInThatHeap() throws Exception {
		// the control: 128 MB is a real bound for this file, not a generous one
		assertThat(inSmallHeap("model", large)).isEqualTo("OUT OF MEMORY");
	}

	/** Reads the file in a child JVM with a small heap; its one line of answer. */
	static String inSmallHeap(String how, Path file) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), SMALL_HEAP, "-XX:+UseSerialGC", "-Djava.awt.headless=true",
				"-cp", System.getProperty("java.class.path"), ReadInASmallHeap.class.getName(), how, file.toString(),
				String.valueOf(LIMIT))
			.redirectErrorStream(true)
			.start();
		boolean ended = process.waitFor(90, TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly();
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(ended).as("the child ended: %s", output).isTrue();
		List<String> answers = output.lines().filter((line) -> line.startsWith("READ ") || line.startsWith("REFUSED ")
				|| line.equals("OUT OF MEMORY")).toList();
		assertThat(answers).as(output).hasSize(1);
		System.out.println("In " + SMALL_HEAP + ", " + how + " " + file.getFileName() + ": " + answers.get(0));
		return answers.get(0);
	}

	/** The child: reads the file one way and says what happened. */
	public static final class ReadInASmallHeap {

		public static void main(String[] args) throws IOException {
			byte[] file = Files.readAllBytes(Path.of(args[1]));
			int limit = Integer.parseInt(args[2]);
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long started = threads.getCurrentThreadCpuTime();
			long startedWall = System.nanoTime();
			try {
				if (args[0].equals("model")) {
					System.out.println("READ " + throughTheWorkbookModel(file).size());
				}
				else {
					System.out.println("READ " + XlsxSheet.read(file, limit).size() + " "
							+ TimeUnit.NANOSECONDS.toMillis(threads.getCurrentThreadCpuTime() - started) + " ms cpu, "
							+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedWall) + " ms wall");
				}
			}
			catch (SpreadsheetRefusedException ex) {
				System.out.println("REFUSED " + ex.messageKey() + " "
						+ TimeUnit.NANOSECONDS.toMillis(threads.getCurrentThreadCpuTime() - started) + " ms cpu, "
						+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedWall) + " ms wall");
			}
			catch (OutOfMemoryError ex) {
				file = null;
				System.out.println("OUT OF MEMORY");
			}
		}

	}

	// ---- the same rows as before -------------------------------------------------------------

	/** How the import read a workbook before: POI's workbook model, built whole in memory. */
	static List<List<String>> throughTheWorkbookModel(byte[] file) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
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
	}

	/** Cells that are empty at the end of a row say nothing: the imports read them as empty anyway. */
	static List<List<String>> withoutTrailingEmptyCells(List<List<String>> rows) {
		List<List<String>> trimmed = new ArrayList<>();
		for (List<String> row : rows) {
			int end = row.size();
			while (end > 0 && row.get(end - 1).isEmpty()) {
				end--;
			}
			trimmed.add(row.subList(0, end));
		}
		return trimmed;
	}

	@Test
	void aWorkbookAsStaffTypeItReadsAsTheWorkbookModelReadsIt() throws IOException {
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Ket qua");
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
			CellStyle grouped = workbook.createCellStyle();
			grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			Row header = sheet.createRow(0);
			String[] names = { "ma_dang_bo", "ten_dang_bo", "nhiem_ky", "dai_bieu_trieu_tap", "ty_le_nu", "ty_le_tre",
					"bau_mot_lan_du", "bi_thu" };
			for (int c = 0; c < names.length; c++) {
				header.createCell(c).setCellValue(names[c]);
			}
			Row one = sheet.createRow(1);
			one.createCell(0).setCellValue("dang-bo-huyen-dien-chau");
			one.createCell(1).setCellValue("Đảng bộ huyện Diễn Châu");
			one.createCell(2).setCellValue("2020-2025");
			Cell summoned = one.createCell(3);
			summoned.setCellValue(1250);
			summoned.setCellStyle(grouped);
			Cell women = one.createCell(4);
			women.setCellValue(0.155);
			women.setCellStyle(percent);
			Cell young = one.createCell(5);
			young.setCellValue(9.8);
			young.setCellStyle(decimal);
			one.createCell(6).setCellValue(true);
			one.createCell(7).setCellValue("Nguyễn Văn A – Bí thư Huyện ủy");
			// row 3 left out, row 4 with a gap in the middle and a styled empty cell at its end
			Row four = sheet.createRow(3);
			four.createCell(0).setCellValue("dang-bo-thi-xa-cua-lo");
			four.createCell(3).setCellValue(-4);
			four.createCell(5).setCellValue("=không phải công thức");
			four.createCell(9).setCellStyle(percent);
			workbook.write(out);
			file = out.toByteArray();
		}
		List<List<String>> streamed = XlsxSheet.read(file, LIMIT);
		assertThat(withoutTrailingEmptyCells(streamed))
			.isEqualTo(withoutTrailingEmptyCells(throughTheWorkbookModel(file)));
		assertThat(streamed.get(1)).containsExactly("dang-bo-huyen-dien-chau", "Đảng bộ huyện Diễn Châu", "2020-2025",
				"1,250", "15.5%", "9.8", "TRUE", "Nguyễn Văn A – Bí thư Huyện ủy");
		assertThat(streamed.get(2)).isEmpty();
	}

	@Test
	void thePortalsOwnExportsReadBackExactlyAsBefore() throws IOException {
		List<List<String>> rows = List.of(List.of("ma_don_vi", "ten_don_vi", "giai_doan", "can_bo_cong_chuc", "giam_2022"),
				List.of("xa-1", "Xã Một, \"Nghệ An\"", "2022-2026", "13", "-2"), List.of("xa-2", "", "2022-2026", "0", ""),
				List.of("xa-3", "=HYPERLINK(\"http://evil.example\")", "2022-2026", "1234567890", "7"));
		byte[] file = XlsxSheet.write(rows, "Bien che");
		assertThat(withoutTrailingEmptyCells(XlsxSheet.read(file, LIMIT))).isEqualTo(withoutTrailingEmptyCells(rows));
		assertThat(XlsxSheet.read(file, LIMIT)).isEqualTo(throughTheWorkbookModel(file));

		// generated workbooks, with shared strings and with inline strings (as streaming writers save them)
		for (boolean sharedStrings : new boolean[] { true, false }) {
			Path generated = files.resolve("small-" + sharedStrings + ".xlsx");
			writeStaffingLike(generated, 500, sharedStrings);
			byte[] bytes = Files.readAllBytes(generated);
			List<List<String>> streamed = XlsxSheet.read(bytes, LIMIT);
			assertThat(streamed).isEqualTo(throughTheWorkbookModel(bytes)).hasSize(501);
			assertThat(streamed.get(500)).containsExactly("xa-so-500",
					"Đảng ủy xã số 500 thuộc Huyện ủy Diễn Châu, tỉnh Nghệ An", "2022-2026", "203", "204", "205", "206",
					"207", "208", "209", "210", "211");
		}
	}

	@Test
	void aCsvFileIsCountedAsItIsReadToo() {
		StringBuilder csv = new StringBuilder("ma_don_vi,giai_doan\r\n");
		for (int r = 1; r <= LIMIT; r++) {
			csv.append("xa-").append(r).append(",2022-2026\r\n");
		}
		byte[] atLimit = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(CsvSheet.read(atLimit, LIMIT)).hasSize(LIMIT + 1);
		byte[] over = (csv + "xa-them,2022-2026\r\n").getBytes(StandardCharsets.UTF_8);
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(SpreadsheetRefusedException.class,
				() -> CsvSheet.read(over, LIMIT)).messageKey()).isEqualTo(SpreadsheetRefusedException.TOO_MANY_ROWS);
	}

}
