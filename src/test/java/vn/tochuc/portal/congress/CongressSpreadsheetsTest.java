package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
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

/**
 * Results as spreadsheets, with the staffing figures' rules: one bad row writes nothing, the same
 * file twice changes nothing the second time, the export read back equals the data. The tests
 * keep to a term of their own (2010 – 2015) in the shared database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CongressSpreadsheetsTest {

	static final int COMMITTEES = 60;

	static final String PREFIX = "Đảng bộ nhập tệp số ";

	@Autowired
	CongressService congresses;

	@Autowired
	CongressSpreadsheets spreadsheets;

	@Autowired
	TestContent content;

	@Autowired
	MockMvc mvc;

	PortalUser statistics;

	CongressTerm term;

	List<Congress> held;

	Congress planned;

	@BeforeEach
	void setUp() {
		statistics = content.user("thongke", Role.STATISTICS);
		term = congresses.termByCode("2010-2015")
			.orElseGet(() -> congresses.createTerm("Nhiệm kỳ 2010 – 2015", 2010, 2015, statistics));
		if (congresses.rows(term, CongressFilter.none()).isEmpty()) {
			for (int i = 1; i <= COMMITTEES; i++) {
				PartyCommittee committee = congresses.createCommittee(
						new CommitteeDraft(PREFIX + i, CommitteeLevel.ABOVE_GRASSROOTS, null, null, 500 + i), statistics);
				boolean isHeld = i <= COMMITTEES - 2;
				LocalDate day = LocalDate.of(2010, 4, 1).plusDays(i);
				congresses.createCongress(new CongressDetails(committee.getId(), term.getId(), 10 + i % 20, i <= 4,
						day, isHeld ? day : null, isHeld ? day.plusDays(1) : null, "Hội trường số " + i,
						isHeld ? CongressStatus.HELD : CongressStatus.PLANNED), statistics);
			}
		}
		List<Congress> all = congresses.rows(term, CongressFilter.none()).stream().map(CongressRow::congress).toList();
		held = all.stream().filter(Congress::isHeld).toList();
		planned = all.stream().filter((c) -> !c.isHeld()).findFirst().orElseThrow();
	}

	static ResultValues values(int i, int variant) {
		List<ElectedPerson> people = List.of(new ElectedPerson(PersonRole.SECRETARY, "Bí thư số " + i, "Bí thư Huyện ủy"),
				new ElectedPerson(PersonRole.DEPUTY_SECRETARY, "Phó số " + i + "a", "Phó Bí thư Thường trực, Chủ tịch HĐND"),
				new ElectedPerson(PersonRole.DEPUTY_SECRETARY, "Phó số " + i + "b", null),
				new ElectedPerson(PersonRole.INSPECTION_CHAIR, "Chủ nhiệm số " + i, "Chủ nhiệm UBKT"));
		int planned = 40 + i % 10;
		return new ResultValues(1000 + i * 10 + variant, 990 + i * 10, planned, planned - (i % 7 == 0 ? 1 : 0),
				i % 7 != 0, 13, 9, i % 5 == 0 ? null : 20 + i, new BigDecimal("15.5"),
				i % 3 == 0 ? null : new BigDecimal("9.8"), new BigDecimal(30 + i % 10 + ".1"), people);
	}

	/** Every held congress of the term with results, written through the import. */
	List<List<String>> sheet(int variant) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(CongressSpreadsheets.COLUMNS);
		for (int i = 0; i < held.size(); i++) {
			rows.add(CongressSpreadsheets.row(held.get(i), values(i + 1, variant)));
		}
		return rows;
	}

	Map<Long, ResultValues> stored() {
		return congresses.rows(term, CongressFilter.none()).stream().filter((r) -> r.result() != null)
			.collect(Collectors.toMap((r) -> r.congress().getId(), CongressRow::values));
	}

	int historySize() {
		return held.stream().mapToInt((c) -> congresses.history(c.getId()).size()).sum();
	}

	@Test
	void importingTheSameFileTwiceChangesNothingTheSecondTime() {
		spreadsheets.importFile(CsvSheet.write(sheet(0)), statistics);
		ImportResult first = spreadsheets.importFile(CsvSheet.write(sheet(1)), statistics);
		assertThat(first.ok()).as("%s", first.errors()).isTrue();
		assertThat(first.rows()).isEqualTo(held.size());
		assertThat(first.changed()).isEqualTo(held.size());
		int history = historySize();

		ImportResult again = spreadsheets.importFile(CsvSheet.write(sheet(1)), statistics);
		assertThat(again.ok()).isTrue();
		assertThat(again.rows()).isEqualTo(held.size());
		assertThat(again.changed()).isZero();
		assertThat(historySize()).isEqualTo(history);

		// the same through .xlsx
		ImportResult xlsx = spreadsheets.importFile(XlsxSheet.write(sheet(1), "Ket qua"), statistics);
		assertThat(xlsx.ok()).as("%s", xlsx.errors()).isTrue();
		assertThat(xlsx.changed()).isZero();
	}

	@Test
	void theExportReadBackEqualsTheStoredResultsAndImportsAsNoChange() {
		spreadsheets.importFile(CsvSheet.write(sheet(2)), statistics);
		Map<Long, ResultValues> before = stored();
		for (byte[] file : List.of(spreadsheets.exportCsv(term), spreadsheets.exportXlsx(term))) {
			List<List<String>> rows = XlsxSheet.looksLikeXlsx(file) ? XlsxSheet.read(file) : CsvSheet.read(file);
			assertThat(rows.get(0)).isEqualTo(CongressSpreadsheets.COLUMNS);
			assertThat(rows).hasSize(held.size() + 1);
			List<RowError> errors = new ArrayList<>();
			Map<Long, ResultValues> read = spreadsheets.check(rows, errors).stream()
				.collect(Collectors.toMap((p) -> p.congress().getId(), CongressService.PlannedResult::values));
			assertThat(errors).isEmpty();
			assertThat(read).isEqualTo(before);
			ImportResult result = spreadsheets.importFile(file, statistics);
			assertThat(result.ok()).isTrue();
			assertThat(result.changed()).isZero();
		}
		// Vietnamese decimals in the file: 15,5
		String csv = new String(spreadsheets.exportCsv(term), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + String.join(",", CongressSpreadsheets.COLUMNS));
		assertThat(csv).contains("\"15,5\"");
		assertThat(csv).contains("\"Phó số 1a – Phó Bí thư Thường trực, Chủ tịch HĐND; Phó số 1b\"");
	}

	@Test
	void oneBadRowAmongManyWritesNothing() {
		spreadsheets.importFile(CsvSheet.write(sheet(3)), statistics);
		Map<Long, ResultValues> before = stored();
		int history = historySize();
		List<List<String>> rows = sheet(4);
		// row 31 of the file: more delegates attending than summoned
		List<String> bad = new ArrayList<>(rows.get(30));
		bad.set(CongressSpreadsheets.COLUMNS.indexOf(CongressSpreadsheets.ATTENDING), "99999");
		rows.set(30, bad);

		ImportResult result = spreadsheets.importFile(CsvSheet.write(rows), statistics);

		assertThat(result.ok()).isFalse();
		assertThat(result.changed()).isZero();
		assertThat(result.errors()).singleElement().satisfies((e) -> {
			assertThat(e.row()).isEqualTo(31);
			assertThat(e.column()).isEqualTo(CongressSpreadsheets.ATTENDING);
			assertThat(e.messageKey()).isEqualTo("congress.rule.attendingMoreThanSummoned");
		});
		assertThat(stored()).isEqualTo(before);
		assertThat(historySize()).isEqualTo(history);
	}

	@Test
	void everyRowErrorNamesItsRowColumnAndReason() {
		Congress first = held.get(0);
		String code = first.getCommittee().getSlug();
		List<List<String>> rows = new ArrayList<>();
		rows.add(CongressSpreadsheets.COLUMNS);
		rows.add(row("khong-co-dang-bo-nay", "2010-2015", "100", "90", "40", "40", "có", "", ""));
		rows.add(row(code, "1990-1995", "100", "90", "40", "40", "có", "", ""));
		rows.add(row(code, "2010-2015", "một trăm", "90", "40", "40", "có", "", ""));
		rows.add(row(code, "2010-2015", "100", "", "40", "40", "có", "", ""));
		rows.add(row(code, "2010-2015", "100", "90", "40", "40", "chắc chắn", "", ""));
		rows.add(row(code, "2010-2015", "100", "90", "40", "40", "có", "101", ""));
		rows.add(row(code, "2010-2015", "100", "90", "40", "40", "có", "mười", ""));
		rows.add(row(held.get(1).getCommittee().getSlug(), "2010-2015", "100", "90", "40", "41", "không", "", ""));
		rows.add(row(held.get(2).getCommittee().getSlug(), "2010-2015", "100", "90", "40", "39", "có", "", ""));
		rows.add(row(planned.getCommittee().getSlug(), "2010-2015", "100", "90", "40", "40", "có", "", ""));
		rows.add(row(held.get(3).getCommittee().getSlug(), "2010-2015", "1.250", "1.200", "40", "40", "có", "12,5 %", ""));
		rows.add(row(held.get(3).getCommittee().getSlug(), "2010 – 2015", "1.250", "1.200", "40", "40", "có", "", ""));
		rows.add(row("", "2010-2015", "100", "90", "40", "40", "có", "", ""));

		List<RowError> errors = new ArrayList<>();
		List<CongressService.PlannedResult> planned = spreadsheets.check(rows, errors);

		Map<Integer, List<String>> byRow = errors.stream().collect(Collectors.groupingBy(RowError::row,
				Collectors.mapping((e) -> e.column() + ":" + e.messageKey(), Collectors.toList())));
		assertThat(byRow.get(2)).containsExactly("ma_dang_bo:congress.import.committeeUnknown");
		assertThat(byRow.get(3)).containsExactly("nhiem_ky:congress.import.noCongress");
		assertThat(byRow.get(4)).containsExactly("dai_bieu_trieu_tap:congress.import.notNumber");
		assertThat(byRow.get(5)).containsExactly("dai_bieu_co_mat:congress.import.required");
		assertThat(byRow.get(6)).containsExactly("bau_mot_lan_du:congress.import.notYesNo");
		assertThat(byRow.get(7)).containsExactly("ty_le_nu:congress.rule.share");
		assertThat(byRow.get(8)).containsExactly("ty_le_nu:congress.import.notShare");
		assertThat(byRow.get(9)).containsExactly("bch_trung_cu:congress.rule.electedMoreThanPlanned");
		assertThat(byRow.get(10)).containsExactly("bau_mot_lan_du:congress.rule.oneRoundNeedsAllSeats");
		assertThat(byRow.get(11)).containsExactly("ma_dang_bo:congress.rule.notHeld");
		assertThat(byRow.get(12)).isNull();
		assertThat(byRow.get(13)).containsExactly("ma_dang_bo:congress.import.duplicate");
		assertThat(byRow.get(14)).containsExactly("ma_dang_bo:congress.import.committeeMissing");
		assertThat(errors).hasSize(12);
		// the good row reads grouped thousands and a Vietnamese decimal with a per cent sign
		assertThat(planned).singleElement().satisfies((p) -> {
			assertThat(p.values().delegatesSummoned()).isEqualTo(1250);
			assertThat(p.values().womenPercent()).isEqualByComparingTo("12.5");
		});
	}

	List<String> row(String code, String termCode, String summoned, String attending, String plannedSeats,
			String elected, String oneRound, String women, String young) {
		Map<String, String> cells = Map.of(CongressSpreadsheets.COMMITTEE, code, CongressSpreadsheets.TERM, termCode,
				CongressSpreadsheets.SUMMONED, summoned, CongressSpreadsheets.ATTENDING, attending,
				CongressSpreadsheets.PLANNED, plannedSeats, CongressSpreadsheets.ELECTED, elected,
				CongressSpreadsheets.ONE_ROUND, oneRound, CongressSpreadsheets.WOMEN, women,
				CongressSpreadsheets.YOUNG, young);
		return CongressSpreadsheets.COLUMNS.stream().map((c) -> cells.getOrDefault(c, "")).toList();
	}

	@Test
	void brokenFilesAndHeadersAreRefusedWhole() {
		List<RowError> errors = new ArrayList<>();
		spreadsheets.check(List.of(List.of("ma_dang_bo", "nhiem_ky"), List.of("x", "2010-2015")), errors);
		assertThat(errors).extracting(RowError::messageKey).containsOnly("congress.import.missingColumn");
		assertThat(errors).extracting(RowError::column).containsExactly(CongressSpreadsheets.SUMMONED,
				CongressSpreadsheets.ATTENDING, CongressSpreadsheets.PLANNED, CongressSpreadsheets.ELECTED);
		assertThat(spreadsheets.importFile(new byte[] { (byte) 0xC3, (byte) 0x28, 'a' }, statistics).errors())
			.extracting(RowError::messageKey).containsExactly("congress.import.notUtf8");
		assertThat(spreadsheets.importFile(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }, statistics).errors())
			.extracting(RowError::messageKey).containsExactly("congress.import.notXlsx");
		assertThat(spreadsheets.importFile(new byte[0], statistics).errors()).extracting(RowError::messageKey)
			.containsExactly("congress.import.empty");
	}

	@Test
	void theTemplateListsTheTermsCongressesAndImportsAsNothingWhenLeftBlank() {
		byte[] template = spreadsheets.templateCsv(term);
		List<List<String>> rows = CsvSheet.read(template);
		assertThat(rows).hasSize(COMMITTEES + 1);
		Map<String, List<String>> byCode = rows.stream().skip(1)
			.collect(Collectors.toMap((r) -> r.get(0), Function.identity()));
		assertThat(byCode.get(held.get(0).getCommittee().getSlug()).get(2)).isEqualTo("2010-2015");
		ImportResult result = spreadsheets.importFile(template, statistics);
		assertThat(result.ok()).isTrue();
		assertThat(result.rows()).isZero();
		assertThat(XlsxSheet.read(spreadsheets.templateXlsx(term))).hasSize(COMMITTEES + 1);
	}

	@Test
	void theImportPageExplainsEveryErrorInVietnameseAndOnlyKeepersMayUseIt() throws Exception {
		List<List<String>> rows = sheet(5);
		// the 7th congress was not elected in one round, so only one rule breaks
		List<String> bad = new ArrayList<>(rows.get(7));
		bad.set(CongressSpreadsheets.COLUMNS.indexOf(CongressSpreadsheets.ELECTED), "999");
		rows.set(7, bad);
		mvc.perform(multipart("/admin/congresses/import")
				.file(new MockMultipartFile("file", "ket-qua.csv", "text/csv", CsvSheet.write(rows)))
				.with(csrf()).with(user(statistics)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không nhập được tệp ket-qua.csv: có 1 lỗi.")))
			.andExpect(content().string(containsString("Số ủy viên trúng cử (999) không được nhiều hơn số dự kiến")))
			.andExpect(content().string(containsString("<code>bch_trung_cu</code>")));
		mvc.perform(multipart("/admin/congresses/import")
				.file(new MockMultipartFile("file", "ket-qua.xlsx", "application/octet-stream",
						XlsxSheet.write(sheet(5), "Ket qua")))
				.with(csrf()).with(user(content.user("bientap", Role.EDITOR))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/admin/congresses/import")
				.file(new MockMultipartFile("file", "ket-qua.csv", "text/csv", CsvSheet.write(sheet(5))))
				.with(csrf()).with(user(content.user("tacgia", Role.AUTHOR))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/congresses/template.xlsx").param("term", term.getId().toString()).with(user(statistics)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("mau-nhap-ket-qua-dai-hoi-2010-2015.xlsx")));
		mvc.perform(get("/admin/congresses/export.csv").param("term", term.getId().toString()).with(user(statistics)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")));
		mvc.perform(get("/admin/congresses/import").with(user(statistics))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Tải tệp mẫu .xlsx cho Nhiệm kỳ 2010 – 2015")));
	}

}
