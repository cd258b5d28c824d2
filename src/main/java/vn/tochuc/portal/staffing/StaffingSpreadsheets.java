package vn.tochuc.portal.staffing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.platform.CsvSheet;
import vn.tochuc.portal.platform.ImportResult.RowError;
import vn.tochuc.portal.platform.ImportResult;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.SpreadsheetRefusedException;
import vn.tochuc.portal.platform.UploadTooLargeException;
import vn.tochuc.portal.platform.XlsxSheet;
import vn.tochuc.portal.staffing.StaffingService.PlannedFigure;

/**
 * The figures as a spreadsheet (.csv or .xlsx): one row per unit and period, the posts assigned by
 * category, the people employed and one column per year of posts cut. Import is all or
 * nothing: every row is checked first and nothing is written unless all pass; a row equal to
 * what is stored changes nothing, so importing the same file twice changes nothing the second time.
 */
@Service
public class StaffingSpreadsheets {

	public static final String UNIT = "ma_don_vi";

	public static final String NAME = "ten_don_vi";

	public static final String PERIOD = "giai_doan";

	public static final String OFFICIALS = "can_bo_cong_chuc";

	public static final String PUBLIC_EMPLOYEES = "vien_chuc";

	public static final String OTHER = "khac";

	public static final String EMPLOYED = "dang_lam_viec";

	public static final String CUT_PREFIX = "giam_";

	static final List<String> FIXED = List.of(UNIT, NAME, PERIOD, OFFICIALS, PUBLIC_EMPLOYEES, OTHER, EMPLOYED);

	static final Pattern CUT_COLUMN = Pattern.compile(CUT_PREFIX + "(\\d{4})");

	/** Plain digits, or digits grouped by dots the Vietnamese way (6.666). */
	static final Pattern NUMBER = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)");

	static final String SHEET = "Bien che";

	private final StaffingService staffing;

	private final long maxUploadBytes;

	private final int maxRows;

	StaffingSpreadsheets(StaffingService staffing, PortalProperties properties) {
		this.staffing = staffing;
		this.maxUploadBytes = properties.imports().maxUploadBytes();
		this.maxRows = properties.imports().maxRows();
	}

	// ---- export ----------------------------------------------------------------------------

	/** The figures of the given periods (all when empty) as .csv, leaf units only, in tree order. */
	public byte[] export(List<StaffingPeriod> periods) {
		return CsvSheet.write(exportRows(periods));
	}

	public byte[] exportXlsx(List<StaffingPeriod> periods) {
		return XlsxSheet.write(exportRows(periods), SHEET);
	}

	public byte[] templateXlsx(StaffingPeriod period) {
		return XlsxSheet.write(templateRows(period), SHEET);
	}

	List<List<String>> exportRows(List<StaffingPeriod> periods) {
		List<StaffingPeriod> chosen = periods.isEmpty() ? staffing.periods() : periods;
		Set<Integer> years = new TreeSet<>();
		chosen.forEach((p) -> {
			for (int year : p.years()) {
				years.add(year);
			}
		});
		List<List<String>> rows = new ArrayList<>();
		rows.add(header(years));
		for (StaffingPeriod period : chosen) {
			Map<Long, StaffingFigure> byUnit = new HashMap<>();
			staffing.figures(period.getId()).forEach((f) -> byUnit.put(f.getUnitId(), f));
			for (StaffingNode root : staffing.tree(period)) {
				root.flatten().filter(StaffingNode::isLeaf).forEach((node) -> {
					StaffingFigure figure = byUnit.get(node.unit().getId());
					if (figure != null) {
						rows.add(row(node.unit(), period, figure.values(), years));
					}
				});
			}
		}
		return rows;
	}

	/** The template: every active leaf unit for the period, its figures blank to fill in. */
	public byte[] template(StaffingPeriod period) {
		return CsvSheet.write(templateRows(period));
	}

	List<List<String>> templateRows(StaffingPeriod period) {
		Set<Integer> years = new TreeSet<>();
		for (int year : period.years()) {
			years.add(year);
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(header(years));
		for (StaffingNode root : staffing.tree(period)) {
			root.flatten().filter(StaffingNode::isLeaf)
				.filter((node) -> node.unit().getStatus() == UnitStatus.ACTIVE)
				.forEach((node) -> {
					List<String> row = new ArrayList<>(List.of(node.unit().getSlug(), node.unit().getName(),
							period.getCode(), "", "", "", ""));
					years.forEach((y) -> row.add(""));
					rows.add(row);
				});
		}
		return rows;
	}

	private static List<String> header(Set<Integer> years) {
		List<String> header = new ArrayList<>(FIXED);
		years.forEach((year) -> header.add(CUT_PREFIX + year));
		return header;
	}

	private static List<String> row(StaffingUnit unit, StaffingPeriod period, FigureValues values, Set<Integer> years) {
		List<String> row = new ArrayList<>(List.of(unit.getSlug(), unit.getName(), period.getCode(),
				String.valueOf(values.officials()), String.valueOf(values.publicEmployees()),
				String.valueOf(values.otherPosts()), String.valueOf(values.employed())));
		for (Integer year : years) {
			row.add(period.contains(year) ? String.valueOf(values.cuts().getOrDefault(year, 0)) : "");
		}
		return row;
	}

	// ---- import ----------------------------------------------------------------------------

	/**
	 * A .csv or an .xlsx (told apart by content, not by name): every row is checked, then all or
	 * nothing is written. A file over the imports' size limit is refused before it is read (413);
	 * one with more rows than the imports' row limit as soon as the reading passes it.
	 */
	public ImportResult importFile(byte[] file, PortalUser user) {
		StaffingService.requireStatistics(user);
		UploadTooLargeException.requireWithin(file.length, maxUploadBytes);
		return XlsxSheet.looksLikeXlsx(file) ? importXlsx(file, user) : importCsv(file, user);
	}

	public ImportResult importXlsx(byte[] file, PortalUser user) {
		StaffingService.requireStatistics(user);
		List<List<String>> rows;
		try {
			rows = XlsxSheet.read(file, maxRows);
		}
		catch (SpreadsheetRefusedException ex) {
			return ImportResult.refused(ex.asRowError());
		}
		catch (IllegalArgumentException ex) {
			return ImportResult.refused(new RowError(0, "", "staffing.import.notXlsx", List.of()));
		}
		return apply(rows, user);
	}

	/** Checks every row; writes them all in one transaction only if none has an error. */
	public ImportResult importCsv(byte[] file, PortalUser user) {
		StaffingService.requireStatistics(user);
		List<List<String>> rows;
		try {
			rows = CsvSheet.read(file, maxRows);
		}
		catch (SpreadsheetRefusedException ex) {
			return ImportResult.refused(ex.asRowError());
		}
		catch (IllegalArgumentException ex) {
			return ImportResult.refused(new RowError(0, "", "staffing.import.notUtf8", List.of()));
		}
		return apply(rows, user);
	}

	private ImportResult apply(List<List<String>> rows, PortalUser user) {
		List<RowError> errors = new ArrayList<>();
		List<PlannedFigure> planned = check(rows, errors);
		if (!errors.isEmpty()) {
			return new ImportResult(errors, planned.size(), 0);
		}
		int changed = staffing.importFigures(planned, user);
		return new ImportResult(List.of(), planned.size(), changed);
	}

	List<PlannedFigure> check(List<List<String>> rows, List<RowError> errors) {
		if (rows.isEmpty()) {
			errors.add(new RowError(0, "", "staffing.import.empty", List.of()));
			return List.of();
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		Map<Integer, Integer> cutColumns = new TreeMap<>();
		List<String> header = rows.get(0);
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			columns.put(name, i);
			Matcher cut = CUT_COLUMN.matcher(name);
			if (cut.matches()) {
				cutColumns.put(Integer.parseInt(cut.group(1)), i);
			}
		}
		for (String required : List.of(UNIT, PERIOD, OFFICIALS, PUBLIC_EMPLOYEES, OTHER, EMPLOYED)) {
			if (!columns.containsKey(required)) {
				errors.add(new RowError(1, required, "staffing.import.missingColumn", List.of(required)));
			}
		}
		if (!errors.isEmpty()) {
			return List.of();
		}

		Map<String, StaffingUnit> units = new HashMap<>();
		Set<Long> parents = new HashSet<>();
		for (StaffingUnit unit : staffing.units()) {
			units.put(unit.getSlug(), unit);
			if (unit.getParentId() != null) {
				parents.add(unit.getParentId());
			}
		}
		Map<String, StaffingPeriod> periods = new HashMap<>();
		staffing.periods().forEach((p) -> periods.put(p.getCode(), p));

		List<PlannedFigure> planned = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			int line = r + 1;
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			int before = errors.size();
			String unitCode = cell(row, columns.get(UNIT));
			String periodCode = cell(row, columns.get(PERIOD)).replace('–', '-').replace(" ", "");
			StaffingUnit unit = units.get(unitCode);
			StaffingPeriod period = periods.get(periodCode);
			if (unitCode.isEmpty()) {
				errors.add(new RowError(line, UNIT, "staffing.import.unitMissing", List.of()));
			}
			else if (unit == null) {
				errors.add(new RowError(line, UNIT, "staffing.import.unitUnknown", List.of(unitCode)));
			}
			if (period == null) {
				errors.add(new RowError(line, PERIOD, "staffing.import.periodUnknown", List.of(periodCode)));
			}
			List<String> numberColumns = List.of(OFFICIALS, PUBLIC_EMPLOYEES, OTHER, EMPLOYED);
			boolean noFigures = numberColumns.stream().allMatch((c) -> cell(row, columns.get(c)).isEmpty())
					&& cutColumns.values().stream().allMatch((i) -> cell(row, i).isEmpty());
			if (noFigures) {
				// a template row left blank: nothing to import
				errors.subList(before, errors.size()).clear();
				continue;
			}
			int[] numbers = new int[4];
			for (int i = 0; i < numberColumns.size(); i++) {
				numbers[i] = number(row, columns.get(numberColumns.get(i)), line, numberColumns.get(i), errors);
			}
			Map<Integer, Integer> cuts = new TreeMap<>();
			cutColumns.forEach((year, index) -> {
				int posts = number(row, index, line, CUT_PREFIX + year, errors);
				if (posts != 0) {
					cuts.put(year, posts);
				}
			});
			if (errors.size() > before || unit == null || period == null) {
				continue;
			}
			String key = unit.getId() + "/" + period.getId();
			Integer first = seen.putIfAbsent(key, line);
			if (first != null) {
				errors.add(new RowError(line, UNIT, "staffing.import.duplicate", List.of(unitCode, periodCode, first)));
				continue;
			}
			FigureValues values = FigureValues.of(numbers[0], numbers[1], numbers[2], numbers[3], cuts);
			for (Violation violation : StaffingRules.check(values, period, parents.contains(unit.getId()))) {
				errors.add(new RowError(line, column(violation.field()), violation.messageKey(), violation.args()));
			}
			if (errors.size() == before) {
				planned.add(new PlannedFigure(unit, period, values));
			}
		}
		return planned;
	}

	private static String column(String field) {
		return switch (field) {
			case "officials" -> OFFICIALS;
			case "publicEmployees" -> PUBLIC_EMPLOYEES;
			case "otherPosts" -> OTHER;
			case "employed" -> EMPLOYED;
			case "unit" -> UNIT;
			default -> CUT_PREFIX + "…";
		};
	}

	private static String cell(List<String> row, Integer index) {
		if (index == null || index >= row.size()) {
			return "";
		}
		return row.get(index).strip();
	}

	/** An empty cell is 0; anything else must be a whole number. */
	private static int number(List<String> row, Integer index, int line, String column, List<RowError> errors) {
		String text = cell(row, index).replace(" ", "").replace("\u00a0", "");
		if (text.isEmpty()) {
			return 0;
		}
		if (!NUMBER.matcher(text).matches()) {
			errors.add(new RowError(line, column, "staffing.import.notNumber", List.of(cell(row, index))));
			return 0;
		}
		try {
			return Integer.parseInt(text.replace(".", ""));
		}
		catch (NumberFormatException ex) {
			errors.add(new RowError(line, column, "staffing.import.notNumber", List.of(cell(row, index))));
			return 0;
		}
	}

}
