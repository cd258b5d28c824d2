package vn.tochuc.portal.staffing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.platform.CsvSheet;
import vn.tochuc.portal.platform.ImportResult.RowError;
import vn.tochuc.portal.platform.ImportResult;
import vn.tochuc.portal.platform.XlsxSheet;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Import all or nothing, re-import changing nothing, and the export read back equal to the data. */
@SpringBootTest
@AutoConfigureMockMvc
// its own context and database: these tests build their own tree of 300 units
@TestPropertySource(properties = "portal.site.province=Tỉnh thử nghiệm nhập tệp")
class StaffingSpreadsheetsTest {

	static final int UNITS = 300;

	@Autowired
	StaffingService staffing;

	@Autowired
	StaffingSpreadsheets spreadsheets;

	@Autowired
	StaffingChangeRepository changes;

	@Autowired
	StaffingFigureRepository figures;

	@Autowired
	TestContent content;

	@Autowired
	MockMvc mvc;

	PortalUser statistics;

	StaffingPeriod period;

	List<StaffingUnit> leaves;

	@BeforeEach
	void setUp() {
		statistics = content.user("thongke", Role.STATISTICS);
		period = staffing.periodByCode("2022-2026").orElseGet(() -> staffing.createPeriod("Giai đoạn 2022 – 2026", 2022,
				2026, new BigDecimal("5"), "Quyết định số 71-QĐ/TW", statistics));
		if (staffing.units().isEmpty()) {
			StaffingUnit root = staffing.createUnit(draft("Tỉnh thử nghiệm", UnitKind.PROVINCE, null), statistics);
			for (int i = 1; i <= UNITS; i++) {
				staffing.createUnit(draft("Xã số " + i, UnitKind.GRASSROOTS, root.getId()), statistics);
			}
		}
		leaves = staffing.units().stream().filter((u) -> u.getParentId() != null).toList();
	}

	static UnitDraft draft(String name, UnitKind kind, Long parentId) {
		return new UnitDraft(name, kind, parentId, 0, false, null, UnitStatus.ACTIVE, null, null);
	}

	/** The file: one row per unit, with row {@code badRow} (0-based among the data rows) cutting more than assigned. */
	byte[] file(int badRow, int seed) {
		StringBuilder csv = new StringBuilder("\uFEFFma_don_vi,ten_don_vi,giai_doan,can_bo_cong_chuc,vien_chuc,khac,"
				+ "dang_lam_viec,giam_2022,giam_2023,giam_2024,giam_2025,giam_2026\r\n");
		for (int i = 0; i < leaves.size(); i++) {
			StaffingUnit unit = leaves.get(i);
			int officials = 20 + (i * 7 + seed) % 30;
			int employees = 100 + (i * 13 + seed) % 200;
			int cut = i == badRow ? officials + employees + 5 + 1 : (i % 5);
			csv.append(unit.getSlug()).append(",\"").append(unit.getName()).append("\",2022-2026,").append(officials)
				.append(',').append(employees).append(",5,").append(officials + employees - 3).append(',').append(cut)
				.append(",1,,0,\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void oneBadRowAmongHundredsWritesNothingThenTheFixedFileImportsOnceOnly() {
		assertThat(leaves).hasSize(UNITS);
		long changesBefore = changes.count();

		ImportResult refused = spreadsheets.importCsv(file(157, 1), statistics);
		assertThat(refused.ok()).isFalse();
		assertThat(refused.errors()).singleElement().satisfies((RowError e) -> {
			assertThat(e.row()).isEqualTo(157 + 2); // the header is row 1
			assertThat(e.messageKey()).isEqualTo("staffing.rule.cutMoreThanAssigned");
		});
		assertThat(figures.findAllInPeriod(period.getId())).isEmpty();
		assertThat(changes.count()).isEqualTo(changesBefore);

		byte[] good = file(-1, 1);
		ImportResult imported = spreadsheets.importCsv(good, statistics);
		assertThat(imported.errors()).isEmpty();
		assertThat(imported.changed()).isEqualTo(UNITS);
		long changesAfterFirst = changes.count();
		Map<Long, Long> versions = versions();

		ImportResult again = spreadsheets.importCsv(good, statistics);
		assertThat(again.ok()).isTrue();
		assertThat(again.rows()).isEqualTo(UNITS);
		assertThat(again.changed()).isZero();
		assertThat(changes.count()).isEqualTo(changesAfterFirst);
		assertThat(versions()).isEqualTo(versions);

		// the tree sums what was imported
		StaffingNode root = staffing.tree(period).get(0);
		long assigned = figures.findAllInPeriod(period.getId()).stream().mapToLong((f) -> f.values().assigned()).sum();
		assertThat(root.totals().assigned()).isEqualTo(assigned);

		// the export read back equals the data, and importing it changes nothing
		byte[] exported = spreadsheets.export(List.of(period));
		assertThat(exported).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = CsvSheet.read(exported);
		assertThat(rows.get(0)).startsWith("ma_don_vi", "ten_don_vi", "giai_doan");
		assertThat(rows).hasSize(UNITS + 1);
		Map<String, FigureValues> stored = new HashMap<>();
		Map<Long, String> slugs = new HashMap<>();
		leaves.forEach((u) -> slugs.put(u.getId(), u.getSlug()));
		figures.findAllInPeriod(period.getId()).forEach((f) -> stored.put(slugs.get(f.getUnitId()), f.values()));
		for (List<String> row : rows.subList(1, rows.size())) {
			Map<Integer, Integer> cuts = new HashMap<>();
			for (int year = 2022; year <= 2026; year++) {
				cuts.put(year, Integer.parseInt(row.get(7 + year - 2022)));
			}
			FigureValues read = FigureValues.of(Integer.parseInt(row.get(3)), Integer.parseInt(row.get(4)),
					Integer.parseInt(row.get(5)), Integer.parseInt(row.get(6)), cuts);
			assertThat(read).as(row.get(0)).isEqualTo(stored.get(row.get(0)));
			assertThat(row.get(2)).isEqualTo("2022-2026");
		}
		assertThat(spreadsheets.importCsv(exported, statistics).changed()).isZero();

		// the same as .xlsx: read back it holds the same rows, and importing it changes nothing
		byte[] workbook = spreadsheets.exportXlsx(List.of(period));
		assertThat(XlsxSheet.read(workbook)).isEqualTo(rows);
		ImportResult fromWorkbook = spreadsheets.importFile(workbook, statistics);
		assertThat(fromWorkbook.ok()).isTrue();
		assertThat(fromWorkbook.rows()).isEqualTo(UNITS);
		assertThat(fromWorkbook.changed()).isZero();
		assertThat(changes.count()).isEqualTo(changesAfterFirst);

		// a workbook with one bad row among hundreds writes nothing either
		List<List<String>> broken = new ArrayList<>(rows);
		List<String> bad = new ArrayList<>(broken.get(200));
		bad.set(3, "-4");
		broken.set(200, bad);
		ImportResult refusedWorkbook = spreadsheets.importFile(XlsxSheet.write(broken, "Bien che"), statistics);
		assertThat(refusedWorkbook.errors()).extracting(RowError::row, RowError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(201, "staffing.rule.negative"));
		assertThat(versions()).isEqualTo(versions);
	}

	Map<Long, Long> versions() {
		Map<Long, Long> versions = new HashMap<>();
		figures.findAllInPeriod(period.getId()).forEach((f) -> versions.put(f.getId(), f.getVersion()));
		return versions;
	}

	@Test
	void everyKindOfBadRowIsReportedWithItsRowAndColumn() {
		String csv = "ma_don_vi;giai_doan;can_bo_cong_chuc;vien_chuc;khac;dang_lam_viec;giam_2021;giam_2022\n"
				+ "khong-ton-tai;2022-2026;1;1;1;1;;\n" // row 2: unknown unit
				+ slug(1) + ";2030-2031;1;1;1;1;;\n" // row 3: unknown period
				+ slug(2) + ";2022-2026;mười;1;1;1;;\n" // row 4: not a number
				+ slug(3) + ";2022-2026;10;1;1;1;2;\n" // row 5: a year outside the period
				+ slug(4) + ";2022-2026;10;0;0;20;;\n" // row 6: more employed than assigned
				+ slug(5) + ";2022-2026;10;0;0;5;;1\n" // row 7: fine
				+ slug(5) + ";2022-2026;10;0;0;5;;1\n" // row 8: the same unit and period again
				+ slug(6) + ";2022-2026;-3;0;0;0;;\n" // row 9: negative
				+ ";;;;;;;\n"; // blank: skipped
		List<RowError> errors = spreadsheets.importCsv(csv.getBytes(StandardCharsets.UTF_8), statistics).errors();
		assertThat(errors).extracting(RowError::row, RowError::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(2, "staffing.import.unitUnknown"),
				org.assertj.core.groups.Tuple.tuple(3, "staffing.import.periodUnknown"),
				org.assertj.core.groups.Tuple.tuple(4, "staffing.import.notNumber"),
				org.assertj.core.groups.Tuple.tuple(5, "staffing.rule.yearOutside"),
				org.assertj.core.groups.Tuple.tuple(6, "staffing.rule.employedMoreThanAssigned"),
				org.assertj.core.groups.Tuple.tuple(8, "staffing.import.duplicate"),
				org.assertj.core.groups.Tuple.tuple(9, "staffing.rule.negative"));
		assertThat(errors.get(2).column()).isEqualTo("can_bo_cong_chuc");
		assertThat(spreadsheets.importCsv("ma_don_vi,giai_doan\n".getBytes(StandardCharsets.UTF_8), statistics).errors())
			.extracting(RowError::messageKey).contains("staffing.import.missingColumn");
		assertThat(spreadsheets.importCsv(new byte[] { (byte) 0xC3, 0x28 }, statistics).errors())
			.extracting(RowError::messageKey).containsExactly("staffing.import.notUtf8");
	}

	String slug(int index) {
		return leaves.get(index).getSlug();
	}

	@Test
	void theImportPageShowsTheRowErrorsInVietnamese() throws Exception {
		String csv = "ma_don_vi,giai_doan,can_bo_cong_chuc,vien_chuc,khac,dang_lam_viec,giam_2021\n"
				+ leaves.get(1).getSlug() + ",2022-2026,10,0,0,0,3\n";
		mvc.perform(multipart("/admin/staffing/import")
			.file(new MockMultipartFile("file", "so-lieu.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(user(statistics)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Năm 2021 nằm ngoài giai đoạn 2022 – 2026.")))
			.andExpect(content().string(containsString("Chưa có số liệu nào được ghi")));
		mvc.perform(get("/admin/staffing/template.csv").param("period", String.valueOf(period.getId()))
			.with(user(statistics)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("mau-nhap-bien-che-2022-2026.csv")))
			.andExpect(content().string(containsString("ma_don_vi,ten_don_vi,giai_doan")));
		mvc.perform(get("/admin/staffing/export.csv").with(user(content.user("bientap", Role.EDITOR))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/staffing/export.xlsx").with(user(statistics)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
		mvc.perform(get("/admin/staffing/template.xlsx").param("period", String.valueOf(period.getId()))
			.with(user(statistics)))
			.andExpect(status().isOk());
		mvc.perform(multipart("/admin/staffing/import")
			.file(new MockMultipartFile("file", "hong.xlsx", "application/octet-stream",
					new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 9 }))
			.with(csrf()).with(user(statistics)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.")));
	}

	@Test
	void csvQuotingSurvivesARoundTrip() {
		List<List<String>> rows = List.of(List.of("a,b", "say \"hi\"", "dòng\nmới", "Đảng bộ; tỉnh", ""));
		assertThat(CsvSheet.read(CsvSheet.write(rows))).isEqualTo(rows);
		assertThat(new ArrayList<>(CsvSheet.read("x;y\n1;2".getBytes(StandardCharsets.UTF_8))))
			.containsExactly(List.of("x", "y"), List.of("1", "2"));
	}

}
