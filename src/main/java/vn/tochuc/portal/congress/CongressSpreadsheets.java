package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.congress.CongressService.PlannedResult;
import vn.tochuc.portal.platform.CsvSheet;
import vn.tochuc.portal.platform.ImportResult;
import vn.tochuc.portal.platform.ImportResult.RowError;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.SpreadsheetRefusedException;
import vn.tochuc.portal.platform.UploadTooLargeException;
import vn.tochuc.portal.platform.XlsxSheet;
import vn.tochuc.portal.staffing.Violation;

/**
 * Congress results as a spreadsheet (.csv or .xlsx, written and read by the staffing module's
 * {@link CsvSheet} and {@link XlsxSheet}): one row per congress, named by its committee's
 * code and its term. Import follows the staffing figures' rules: all or nothing (every row is
 * checked first and nothing is written unless all pass), and a row equal to what is stored
 * changes nothing, so importing the same file twice changes nothing the second time.
 */
@Service
public class CongressSpreadsheets {

	public static final String COMMITTEE = "ma_dang_bo";

	public static final String NAME = "ten_dang_bo";

	public static final String TERM = "nhiem_ky";

	public static final String SUMMONED = "dai_bieu_trieu_tap";

	public static final String ATTENDING = "dai_bieu_co_mat";

	public static final String PLANNED = "bch_du_kien";

	public static final String ELECTED = "bch_trung_cu";

	public static final String ONE_ROUND = "bau_mot_lan_du";

	public static final String STANDING = "ban_thuong_vu";

	public static final String INSPECTION = "uy_ban_kiem_tra";

	public static final String UPPER = "dai_bieu_cap_tren";

	public static final String WOMEN = "ty_le_nu";

	public static final String YOUNG = "ty_le_tre";

	public static final String FIRST_TIME = "ty_le_lan_dau";

	public static final String SECRETARY = "bi_thu";

	public static final String DEPUTIES = "pho_bi_thu";

	public static final String CHAIR = "chu_nhiem_ubkt";

	/** Every column, in the order of the template. */
	public static final List<String> COLUMNS = List.of(COMMITTEE, NAME, TERM, SUMMONED, ATTENDING, PLANNED, ELECTED,
			ONE_ROUND, STANDING, INSPECTION, UPPER, WOMEN, YOUNG, FIRST_TIME, SECRETARY, DEPUTIES, CHAIR);

	static final List<String> REQUIRED = List.of(COMMITTEE, TERM, SUMMONED, ATTENDING, PLANNED, ELECTED);

	/** Columns whose cells hold the results (a row with all of them empty is a blank template row). */
	static final List<String> VALUE_COLUMNS = COLUMNS.subList(3, COLUMNS.size());

	/** Plain digits, or digits grouped by dots the Vietnamese way (1.250). */
	static final Pattern WHOLE = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)");

	/** A share: digits with a decimal comma or point, an optional per cent sign. */
	static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}([.,]\\d+)?");

	static final String YES = "có";

	static final String NO = "không";

	static final String SHEET = "Ket qua dai hoi";

	private final CongressService congresses;

	private final long maxUploadBytes;

	private final int maxRows;

	CongressSpreadsheets(CongressService congresses, PortalProperties properties) {
		this.congresses = congresses;
		this.maxUploadBytes = properties.imports().maxUploadBytes();
		this.maxRows = properties.imports().maxRows();
	}

	// ---- export ------------------------------------------------------------------------------

	/** The results of the term's congresses (all terms when null) as .csv. */
	public byte[] exportCsv(CongressTerm term) {
		return CsvSheet.write(exportRows(term));
	}

	public byte[] exportXlsx(CongressTerm term) {
		return XlsxSheet.write(exportRows(term), SHEET);
	}

	public byte[] templateCsv(CongressTerm term) {
		return CsvSheet.write(templateRows(term));
	}

	public byte[] templateXlsx(CongressTerm term) {
		return XlsxSheet.write(templateRows(term), SHEET);
	}

	List<List<String>> exportRows(CongressTerm term) {
		List<CongressRow> rows = term == null ? congresses.allRows() : congresses.rows(term, CongressFilter.none());
		List<List<String>> out = new ArrayList<>();
		out.add(COLUMNS);
		for (CongressRow row : rows) {
			if (row.result() != null) {
				out.add(row(row.congress(), row.values()));
			}
		}
		return out;
	}

	/** Every congress of the term, its results left blank to fill in. */
	List<List<String>> templateRows(CongressTerm term) {
		List<List<String>> out = new ArrayList<>();
		out.add(COLUMNS);
		for (CongressRow row : congresses.rows(term, CongressFilter.none())) {
			List<String> cells = new ArrayList<>(List.of(row.congress().getCommittee().getSlug(),
					row.congress().getCommittee().getName(), term.getCode()));
			VALUE_COLUMNS.forEach((c) -> cells.add(""));
			out.add(cells);
		}
		return out;
	}

	static List<String> row(Congress congress, ResultValues values) {
		List<String> cells = new ArrayList<>();
		cells.add(congress.getCommittee().getSlug());
		cells.add(congress.getCommittee().getName());
		cells.add(congress.getTerm().getCode());
		cells.add(String.valueOf(values.delegatesSummoned()));
		cells.add(String.valueOf(values.delegatesAttending()));
		cells.add(String.valueOf(values.executivePlanned()));
		cells.add(String.valueOf(values.executiveElected()));
		cells.add(values.electedInOneRound() ? YES : NO);
		cells.add(text(values.standingSize()));
		cells.add(text(values.inspectionSize()));
		cells.add(text(values.upperDelegates()));
		cells.add(share(values.womenPercent()));
		cells.add(share(values.youngPercent()));
		cells.add(share(values.firstTimePercent()));
		cells.add(values.secretary() == null ? "" : values.secretary().getLabel());
		cells.add(values.deputies().stream().map(ElectedPerson::getLabel).collect(Collectors.joining("; ")));
		cells.add(values.inspectionChair() == null ? "" : values.inspectionChair().getLabel());
		return cells;
	}

	private static String text(Integer value) {
		return value == null ? "" : String.valueOf(value);
	}

	/** "45,5": a decimal comma, as Vietnamese spreadsheets write it. */
	private static String share(BigDecimal value) {
		return value == null ? "" : value.toPlainString().replace('.', ',');
	}

	// ---- import ------------------------------------------------------------------------------

	/** A .csv or an .xlsx (told apart by content, not by name): every row is checked, then all or nothing is written. */
	public ImportResult importFile(byte[] file, PortalUser user) {
		CongressService.requireKeeper(user);
		// Over the imports' limit: refused before it is read, answered 413 like every upload form.
		UploadTooLargeException.requireWithin(file.length, maxUploadBytes);
		List<List<String>> rows;
		boolean workbook = XlsxSheet.looksLikeXlsx(file);
		try {
			// counted as it is read: past the imports' row limit the reading stops and nothing is checked
			rows = workbook ? XlsxSheet.read(file, maxRows) : CsvSheet.read(file, maxRows);
		}
		catch (SpreadsheetRefusedException ex) {
			return ImportResult.refused(ex.asRowError());
		}
		catch (IllegalArgumentException ex) {
			return ImportResult.refused(new RowError(0, "",
					workbook ? "congress.import.notXlsx" : "congress.import.notUtf8", List.of()));
		}
		List<RowError> errors = new ArrayList<>();
		List<PlannedResult> planned = check(rows, errors);
		if (!errors.isEmpty()) {
			return new ImportResult(errors, planned.size(), 0);
		}
		int changed = congresses.importResults(planned, user);
		return new ImportResult(List.of(), planned.size(), changed);
	}

	List<PlannedResult> check(List<List<String>> rows, List<RowError> errors) {
		if (rows.isEmpty() || rows.stream().allMatch((r) -> r.stream().allMatch(String::isBlank))) {
			errors.add(new RowError(0, "", "congress.import.empty", List.of()));
			return List.of();
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> header = rows.get(0);
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		for (String required : REQUIRED) {
			if (!columns.containsKey(required)) {
				errors.add(new RowError(1, required, "congress.import.missingColumn", List.of(required)));
			}
		}
		if (!errors.isEmpty()) {
			return List.of();
		}
		Map<String, PartyCommittee> committees = new HashMap<>();
		congresses.committees().forEach((c) -> committees.put(c.getSlug(), c));
		Map<String, Congress> byKey = new HashMap<>();
		congresses.all().forEach((c) -> byKey.put(c.getCommittee().getSlug() + "/" + c.getTerm().getCode(), c));

		List<PlannedResult> planned = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			int line = r + 1;
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (VALUE_COLUMNS.stream().allMatch((c) -> cell(row, columns.get(c)).isEmpty())) {
				// a template row left blank: nothing to import
				continue;
			}
			int before = errors.size();
			String code = cell(row, columns.get(COMMITTEE));
			String termCode = cell(row, columns.get(TERM)).replace('–', '-').replace(" ", "");
			Congress congress = null;
			if (code.isEmpty()) {
				errors.add(new RowError(line, COMMITTEE, "congress.import.committeeMissing", List.of()));
			}
			else if (!committees.containsKey(code)) {
				errors.add(new RowError(line, COMMITTEE, "congress.import.committeeUnknown", List.of(code)));
			}
			else {
				congress = byKey.get(code + "/" + termCode);
				if (congress == null) {
					errors.add(new RowError(line, TERM, "congress.import.noCongress", List.of(code, termCode)));
				}
			}
			Integer summoned = whole(row, columns, SUMMONED, line, errors, true);
			Integer attending = whole(row, columns, ATTENDING, line, errors, true);
			Integer plannedSeats = whole(row, columns, PLANNED, line, errors, true);
			Integer elected = whole(row, columns, ELECTED, line, errors, true);
			Boolean oneRound = yesNo(row, columns, line, errors);
			Integer standing = whole(row, columns, STANDING, line, errors, false);
			Integer inspection = whole(row, columns, INSPECTION, line, errors, false);
			Integer upper = whole(row, columns, UPPER, line, errors, false);
			BigDecimal women = decimal(row, columns, WOMEN, line, errors);
			BigDecimal young = decimal(row, columns, YOUNG, line, errors);
			BigDecimal firstTime = decimal(row, columns, FIRST_TIME, line, errors);
			List<ElectedPerson> people = new ArrayList<>();
			add(people, ElectedPerson.parse(PersonRole.SECRETARY, cell(row, columns.get(SECRETARY))));
			for (String deputy : cell(row, columns.get(DEPUTIES)).split(";")) {
				add(people, ElectedPerson.parse(PersonRole.DEPUTY_SECRETARY, deputy));
			}
			add(people, ElectedPerson.parse(PersonRole.INSPECTION_CHAIR, cell(row, columns.get(CHAIR))));
			if (errors.size() > before || congress == null) {
				continue;
			}
			Integer first = seen.putIfAbsent(congress.getId().toString(), line);
			if (first != null) {
				errors.add(new RowError(line, COMMITTEE, "congress.import.duplicate", List.of(code, termCode, first)));
				continue;
			}
			ResultValues values = new ResultValues(summoned, attending, plannedSeats, elected,
					Boolean.TRUE.equals(oneRound), standing, inspection, upper, women, young, firstTime, people);
			for (Violation violation : CongressRules.check(values, congress.getStatus())) {
				errors.add(new RowError(line, column(violation.field()), violation.messageKey(), violation.args()));
			}
			if (errors.size() == before) {
				planned.add(new PlannedResult(congress, values));
			}
		}
		return planned;
	}

	private static void add(List<ElectedPerson> people, ElectedPerson person) {
		if (person != null) {
			people.add(person);
		}
	}

	/** The spreadsheet column a rule's field is typed into. */
	static String column(String field) {
		return switch (field) {
			case "delegatesSummoned" -> SUMMONED;
			case "delegatesAttending" -> ATTENDING;
			case "executivePlanned" -> PLANNED;
			case "executiveElected" -> ELECTED;
			case "electedInOneRound" -> ONE_ROUND;
			case "standingSize" -> STANDING;
			case "inspectionSize" -> INSPECTION;
			case "upperDelegates" -> UPPER;
			case "womenPercent" -> WOMEN;
			case "youngPercent" -> YOUNG;
			case "firstTimePercent" -> FIRST_TIME;
			case "secretary" -> SECRETARY;
			case "inspectionChair" -> CHAIR;
			default -> COMMITTEE;
		};
	}

	private static String cell(List<String> row, Integer index) {
		if (index == null || index >= row.size()) {
			return "";
		}
		return row.get(index).strip();
	}

	private static Integer whole(List<String> row, Map<String, Integer> columns, String column, int line,
			List<RowError> errors, boolean required) {
		String raw = cell(row, columns.get(column));
		String text = raw.replace(" ", "").replace("\u00a0", "");
		if (text.isEmpty()) {
			if (required) {
				errors.add(new RowError(line, column, "congress.import.required", List.of()));
			}
			return required ? 0 : null;
		}
		if (!WHOLE.matcher(text).matches()) {
			errors.add(new RowError(line, column, "congress.import.notNumber", List.of(raw)));
			return 0;
		}
		try {
			return Integer.parseInt(text.replace(".", ""));
		}
		catch (NumberFormatException ex) {
			errors.add(new RowError(line, column, "congress.import.notNumber", List.of(raw)));
			return 0;
		}
	}

	private static BigDecimal decimal(List<String> row, Map<String, Integer> columns, String column, int line,
			List<RowError> errors) {
		String raw = cell(row, columns.get(column));
		String text = raw.replace(" ", "").replace("\u00a0", "").replace("%", "");
		if (text.isEmpty()) {
			return null;
		}
		if (!DECIMAL.matcher(text).matches()) {
			errors.add(new RowError(line, column, "congress.import.notShare", List.of(raw)));
			return null;
		}
		return new BigDecimal(text.replace(',', '.'));
	}

	private static Boolean yesNo(List<String> row, Map<String, Integer> columns, int line, List<RowError> errors) {
		String raw = cell(row, columns.get(ONE_ROUND));
		String text = raw.toLowerCase(Locale.ROOT);
		return switch (text) {
			case "", "không", "khong", "k", "0", "false", "no" -> false;
			case "có", "co", "x", "1", "true", "yes" -> true;
			default -> {
				errors.add(new RowError(line, ONE_ROUND, "congress.import.notYesNo", List.of(raw)));
				yield null;
			}
		};
	}

}
