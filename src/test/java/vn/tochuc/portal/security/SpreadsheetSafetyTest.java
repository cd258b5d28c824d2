package vn.tochuc.portal.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.congress.CongressSpreadsheets;
import vn.tochuc.portal.platform.CsvSheet;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.XlsxSheet;
import vn.tochuc.portal.staffing.StaffingPeriod;
import vn.tochuc.portal.staffing.StaffingService;
import vn.tochuc.portal.staffing.StaffingUnit;
import vn.tochuc.portal.staffing.UnitDraft;
import vn.tochuc.portal.staffing.UnitKind;
import vn.tochuc.portal.staffing.UnitStatus;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Imports have a row limit (here set to 50), counted while the file is read, for .csv and .xlsx
 * alike: over it the file is refused whole with the reason next to the file field, and nothing
 * is saved. Rows declared far away, too many columns and zip bombs are refused the same way.
 * The .xlsx exports write text as string cells.
 */
@SpringBootTest
@AutoConfigureMockMvc
// the same context as CsvFormulaInjectionTest
@TestPropertySource(properties = { "portal.site.province=Tỉnh thử an toàn bảng tính", "portal.imports.max-rows=50" })
class SpreadsheetSafetyTest {

	static final int LIMIT = 50;

	static final String TOO_MANY_ROWS = "Tệp có quá nhiều dòng: tối đa 50 dòng số liệu";

	static final String HEADER = "ma_don_vi,ten_don_vi,giai_doan,can_bo_cong_chuc,vien_chuc,khac,dang_lam_viec,"
			+ "giam_2046\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffingService staffing;

	@Autowired
	TestContent content;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalProperties properties;

	// ---- staffing ----------------------------------------------------------------------------

	@Test
	void aStaffingFileOneRowOverTheLimitIsRefusedNextToTheFieldAndSavesNothingWhileTheLimitItselfImports()
			throws Exception {
		assertThat(properties.imports().maxRows()).isEqualTo(LIMIT);
		PortalUser statistics = content.user("thongke-gioihan", Role.STATISTICS);
		StaffingPeriod period = staffing.periodByCode("2046-2050").orElseGet(() -> staffing
			.createPeriod("Giai đoạn 2046 – 2050", 2046, 2050, new BigDecimal("5"), null, statistics));
		List<StaffingUnit> units = units(LIMIT + 1, statistics);
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(HEADER.strip().split(",")));
		for (StaffingUnit unit : units) {
			rows.add(List.of(unit.getSlug(), unit.getName(), period.getCode(), "13", "100", "5", "110", "1"));
		}
		assertThat(rows).hasSize(LIMIT + 2);
		Map<String, Long> before = stored();

		// every row is valid: only the count refuses it, as .csv and as .xlsx
		assertRefusedNextToTheField(importStaffing("bien-che.csv", CsvSheet.write(rows), statistics), TOO_MANY_ROWS);
		assertRefusedNextToTheField(importStaffing("bien-che.xlsx", XlsxSheet.write(rows, "Bien che"), statistics),
				TOO_MANY_ROWS);
		assertThat(stored()).isEqualTo(before);

		// exactly the limit (and blank lines after it, as Excel leaves them) is imported
		List<List<String>> atTheLimit = new ArrayList<>(rows.subList(0, LIMIT + 1));
		Collections.addAll(atTheLimit, List.of("", "", ""), List.of(" ", ""), List.of());
		MockHttpServletResponse imported = importStaffing("bien-che.csv", CsvSheet.write(atTheLimit), statistics);
		assertThat(imported.getRedirectedUrl()).isEqualTo("/admin/staffing");
		assertThat(stored().get("staffing_figure")).isEqualTo(before.get("staffing_figure") + LIMIT);
		MockHttpServletResponse again = importStaffing("bien-che.xlsx",
				XlsxSheet.write(rows.subList(0, LIMIT + 1), "Bien che"), statistics);
		assertThat(again.getRedirectedUrl()).isEqualTo("/admin/staffing");
	}

	List<StaffingUnit> units(int count, PortalUser user) {
		StaffingUnit root = staffing.units().stream().filter((u) -> u.getName().equals("Tỉnh thử giới hạn dòng"))
			.findFirst()
			.orElseGet(() -> staffing.createUnit(new UnitDraft("Tỉnh thử giới hạn dòng", UnitKind.PROVINCE, null, 0,
					false, null, UnitStatus.ACTIVE, null, null), user));
		List<StaffingUnit> units = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String name = "Xã giới hạn " + i;
			int position = i;
			units.add(staffing.units().stream().filter((u) -> u.getName().equals(name)).findFirst()
				.orElseGet(() -> staffing.createUnit(new UnitDraft(name, UnitKind.GRASSROOTS, root.getId(), position, false,
						null, UnitStatus.ACTIVE, null, null), user)));
		}
		return units;
	}

	@Test
	void aRowDeclaredFarAwayTooManyColumnsAndAZipBombAreRefusedAsWholeFiles() throws Exception {
		PortalUser statistics = content.user("thongke-gioihan", Role.STATISTICS);
		Map<String, Long> before = stored();

		// one cell, in row 1,000,000: nothing is allocated for the rows before it
		byte[] farAway;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("ma_don_vi");
			sheet.createRow(999_999).createCell(0).setCellValue("xa-xa");
			workbook.write(out);
			farAway = out.toByteArray();
		}
		assertRefusedNextToTheField(importStaffing("xa.xlsx", farAway, statistics), TOO_MANY_ROWS);

		String wide = HEADER + ",".repeat(250) + "chữ\r\n";
		assertRefusedNextToTheField(importStaffing("rong.csv", wide.getBytes(StandardCharsets.UTF_8), statistics),
				"Tệp có quá nhiều cột: tối đa 200 cột.");

		// 200 MB of sheet in a file of a few hundred kilobytes
		byte[] bomb = withPart(XlsxSheet.write(List.of(List.of("ma_don_vi")), "Bien che"), "xl/worksheets/sheet1.xml",
				(out) -> {
					out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
						.getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1 << 20];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 200; i++) {
						out.write(spaces);
					}
					out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
				});
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertRefusedNextToTheField(importStaffing("bom.xlsx", bomb, statistics),
				"Tệp .xlsx khi giải nén lớn bất thường");

		// shared strings over their limit, packed well enough to pass the inflate ratio
		Random random = new Random(16);
		String[] syllables = { "xã", "huyện", "tỉnh", "đảng", "bộ", "ủy", "ban", "chi", "cơ", "sở", "nghệ", "an", "vinh",
				"cửa", "lò", "diễn" };
		byte[] manyStrings = withPart(XlsxSheet.write(List.of(List.of("ma_don_vi")), "Bien che"), "xl/sharedStrings.xml",
				(out) -> {
					out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>ma_don_vi</t></si><si><t>"
						.getBytes(StandardCharsets.UTF_8));
					StringBuilder text = new StringBuilder();
					for (long written = 0; written < 17L * 1024 * 1024;) {
						text.setLength(0);
						for (int i = 0; i < 4096; i++) {
							text.append(syllables[random.nextInt(syllables.length)]).append(' ');
						}
						byte[] chunk = text.toString().getBytes(StandardCharsets.UTF_8);
						out.write(chunk);
						written += chunk.length;
					}
					out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
				});
		assertThat(manyStrings.length).isLessThan(10 * 1024 * 1024);
		assertRefusedNextToTheField(importStaffing("chu.xlsx", manyStrings, statistics),
				"Tệp .xlsx khi giải nén lớn bất thường");

		assertThat(stored()).isEqualTo(before);
	}

	// ---- congress ----------------------------------------------------------------------------

	@Test
	void aCongressFileOverTheLimitIsRefusedWholeAsCsvAndAsXlsx() throws Exception {
		PortalUser statistics = content.user("thongke-gioihan-dh", Role.STATISTICS);
		List<List<String>> rows = new ArrayList<>();
		rows.add(CongressSpreadsheets.COLUMNS);
		for (int i = 1; i <= LIMIT; i++) {
			rows.add(List.of("khong-co-" + i, "Đảng bộ " + i, "2005-2010", "300", "290", "45", "45"));
		}
		Map<String, Long> before = stored();
		// at the limit the rows are checked: each names a committee that does not exist
		MockHttpServletResponse checked = importCongress("ket-qua.csv", CsvSheet.write(rows), statistics);
		assertThat(checked.getStatus()).isEqualTo(200);
		assertThat(checked.getContentAsString()).contains("Không có đảng bộ mã").doesNotContain("quá nhiều dòng");

		rows.add(List.of("khong-co-them", "Đảng bộ thêm", "2005-2010", "300", "290", "45", "45"));
		assertRefusedNextToTheField(importCongress("ket-qua.csv", CsvSheet.write(rows), statistics), TOO_MANY_ROWS);
		assertRefusedNextToTheField(importCongress("ket-qua.xlsx", XlsxSheet.write(rows, "Ket qua"), statistics),
				TOO_MANY_ROWS);
		assertThat(stored()).isEqualTo(before);
	}

	// ---- the setting ---------------------------------------------------------------------------

	@Test
	void theLimitIs20000RowsUnlessPortalImportsMaxRowsSaysOtherwise() throws Exception {
		assertThat(boundFrom(Map.of()).imports().maxRows()).isEqualTo(20_000);
		assertThat(boundFrom(Map.of("PORTAL_IMPORTS_MAX_ROWS", "1234")).imports().maxRows()).isEqualTo(1234);
	}

	/** The settings as application.properties maps them from the environment given. */
	static PortalProperties boundFrom(Map<String, Object> environment) throws IOException {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new MapPropertySource("environment", environment));
		new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
			.forEach(env.getPropertySources()::addLast);
		return Binder.get(env).bindOrCreate("portal", PortalProperties.class);
	}

	// ---- .xlsx exports -----------------------------------------------------------------------

	@Test
	void theXlsxExportWritesTextAsStringCellsAndNumbersAsNumbers() throws Exception {
		List<List<String>> rows = List.of(List.of("ma", "ten", "ky", "so", "so"),
				List.of("=1+2", "@SUM(A1:A2)", "+1", "=HYPERLINK(\"http://evil.example\")", "-3"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxSheet.write(rows, "Thu")))) {
			Row row = workbook.getSheetAt(0).getRow(1);
			for (int c = 0; c < 4; c++) {
				assertThat(row.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.STRING);
				assertThat(row.getCell(c).getStringCellValue()).isEqualTo(rows.get(1).get(c));
			}
			assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(-3);
		}
	}

	// ---- helpers -------------------------------------------------------------------------------

	MockHttpServletResponse importStaffing(String name, byte[] file, PortalUser user) throws Exception {
		return mvc.perform(multipart("/admin/staffing/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", file)).with(csrf()).with(user(user)))
			.andReturn().getResponse();
	}

	MockHttpServletResponse importCongress(String name, byte[] file, PortalUser user) throws Exception {
		return mvc.perform(multipart("/admin/congresses/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", file)).with(csrf()).with(user(user)))
			.andReturn().getResponse();
	}

	/** The page again (200), the reason under the file field and tied to it, no table of rows. */
	static void assertRefusedNextToTheField(MockHttpServletResponse answer, String reason) throws Exception {
		assertThat(answer.getStatus()).isEqualTo(200);
		String page = answer.getContentAsString();
		assertThat(page).containsPattern("(?s)<input type=\"file\" id=\"file\"[^>]*aria-invalid=\"true\"[^>]*"
				+ "aria-describedby=\"file-error\"[^>]*>\\s*<p class=\"field-error\" id=\"file-error\">"
				+ java.util.regex.Pattern.quote(reason));
		assertThat(page).doesNotContain("import-errors");
	}

	Map<String, Long> stored() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("staffing_figure", "staffing_change", "congress_result", "congress_change",
				"audit_event")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	interface PartWriter {

		void write(ZipOutputStream out) throws IOException;

	}

	/** The workbook with one part replaced (or added) by what the writer writes. */
	static byte[] withPart(byte[] xlsx, String partName, PartWriter writer) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		boolean replaced = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(9);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(partName)) {
					writer.write(out);
					replaced = true;
				}
				else {
					out.write(in.readAllBytes());
				}
				out.closeEntry();
			}
		}
		assertThat(replaced).as(partName).isTrue();
		return bytes.toByteArray();
	}

}
