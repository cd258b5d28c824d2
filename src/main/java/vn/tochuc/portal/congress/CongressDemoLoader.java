package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.Slugs;
import vn.tochuc.portal.staffing.StaffingService;
import vn.tochuc.portal.staffing.StaffingUnit;

/**
 * Demo congresses for an empty database, under the same rule as the other demo content (on with
 * the embedded database, off with an external one, PORTAL_DEMO_DATA either way). Runs after the
 * news and staffing demos so the district committees can point at the same staffing units and
 * the demo articles about a congress can be linked to it.
 *
 * <p>The 2020 – 2025 round: the four pilot committees held their congresses first (04/04), most
 * districts followed in July and August, a few are still planned and one was postponed; the
 * provincial congress elected its 129-member executive committee in one round. The people's
 * names below are made up for the demo, except where the demo articles already name them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class CongressDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CongressDemoLoader.class);

	static final String WHO = "du-lieu-mau";

	/** A committee of the demo: its name, whether it is a pilot, its congress (dates, status, ordinal). */
	record DemoCongress(String name, boolean pilot, Integer ordinal, String planned, String started, String ended,
			CongressStatus status, String place) {
	}

	static final String PROVINCE = "Đảng bộ tỉnh Nghệ An";

	static final List<DemoCongress> DISTRICTS = List.of(
			// the four pilots, held before mid-June
			new DemoCongress("Đảng bộ Quân sự tỉnh", true, 12, "2020-05-20", "2020-05-20", "2020-05-21",
					CongressStatus.HELD, "Hội trường Bộ Chỉ huy Quân sự tỉnh"),
			new DemoCongress("Đảng bộ Khối Doanh nghiệp tỉnh", true, 5, "2020-05-27", "2020-05-27", "2020-05-28",
					CongressStatus.HELD, "Trung tâm Hội nghị tỉnh"),
			new DemoCongress("Đảng bộ thị xã Thái Hòa", true, 4, "2020-06-04", "2020-06-04", "2020-06-06",
					CongressStatus.HELD, "Hội trường Thị ủy Thái Hòa"),
			new DemoCongress("Đảng bộ huyện Tân Kỳ", true, 26, "2020-06-10", "2020-06-10", "2020-06-12",
					CongressStatus.HELD, "Trung tâm Văn hóa huyện Tân Kỳ"),
			// held in July and August
			new DemoCongress("Đảng bộ huyện Quỳ Châu", false, 24, "2020-07-08", "2020-07-08", "2020-07-10",
					CongressStatus.HELD, "Hội trường Huyện ủy Quỳ Châu"),
			new DemoCongress("Đảng bộ huyện Nam Đàn", false, 31, "2020-07-14", "2020-07-14", "2020-07-16",
					CongressStatus.HELD, "Hội trường Huyện ủy Nam Đàn"),
			new DemoCongress("Đảng bộ huyện Con Cuông", false, 27, "2020-07-16", "2020-07-16", "2020-07-18",
					CongressStatus.HELD, "Hội trường Huyện ủy Con Cuông"),
			new DemoCongress("Đảng bộ thị xã Cửa Lò", false, 10, "2020-07-21", "2020-07-21", "2020-07-23",
					CongressStatus.HELD, "Trung tâm Hội nghị thị xã Cửa Lò"),
			new DemoCongress("Đảng bộ huyện Kỳ Sơn", false, 23, "2020-07-27", "2020-07-27", "2020-07-29",
					CongressStatus.HELD, "Hội trường Huyện ủy Kỳ Sơn"),
			new DemoCongress("Đảng bộ huyện Tương Dương", false, 26, "2020-07-29", "2020-07-29", "2020-07-31",
					CongressStatus.HELD, "Hội trường Huyện ủy Tương Dương"),
			new DemoCongress("Đảng bộ huyện Nghĩa Đàn", false, 27, "2020-08-04", "2020-08-04", "2020-08-06",
					CongressStatus.HELD, "Trung tâm Văn hóa huyện Nghĩa Đàn"),
			new DemoCongress("Đảng bộ huyện Anh Sơn", false, 29, "2020-08-12", "2020-08-12", "2020-08-14",
					CongressStatus.HELD, "Hội trường Huyện ủy Anh Sơn"),
			new DemoCongress("Đảng bộ huyện Thanh Chương", false, 31, "2020-08-18", "2020-08-18", "2020-08-20",
					CongressStatus.HELD, "Nhà Văn hóa trung tâm huyện Thanh Chương"),
			new DemoCongress("Đảng bộ huyện Đô Lương", false, 29, "2020-08-19", "2020-08-19", "2020-08-21",
					CongressStatus.HELD, "Hội trường Huyện ủy Đô Lương"),
			new DemoCongress("Đảng bộ thị xã Hoàng Mai", false, 2, "2020-08-25", "2020-08-25", "2020-08-27",
					CongressStatus.HELD, "Hội trường Thị ủy Hoàng Mai"),
			// still to come when the figures were last entered
			new DemoCongress("Đảng bộ huyện Quỳ Hợp", false, 27, "2020-08-31", null, null, CongressStatus.PLANNED,
					"Hội trường Huyện ủy Quỳ Hợp"),
			new DemoCongress("Đảng bộ huyện Yên Thành", false, 29, "2020-09-03", null, null, CongressStatus.PLANNED,
					"Trung tâm Văn hóa huyện Yên Thành"),
			new DemoCongress("Đảng bộ huyện Diễn Châu", false, 29, "2020-09-08", null, null, CongressStatus.PLANNED,
					"Hội trường Huyện ủy Diễn Châu"),
			new DemoCongress("Đảng bộ huyện Quỳnh Lưu", false, 30, "2020-09-10", null, null, CongressStatus.PLANNED,
					"Hội trường Huyện ủy Quỳnh Lưu"),
			new DemoCongress("Đảng bộ huyện Nghi Lộc", false, 28, "2020-09-15", null, null, CongressStatus.PLANNED,
					"Hội trường Huyện ủy Nghi Lộc"),
			new DemoCongress("Đảng bộ thành phố Vinh", false, 31, "2020-09-22", null, null, CongressStatus.PLANNED,
					"Trung tâm Hội nghị thành phố Vinh"),
			new DemoCongress("Đảng bộ huyện Quế Phong", false, 25, "2020-08-26", null, null, CongressStatus.POSTPONED,
					"Hội trường Huyện ủy Quế Phong"));

	/** Two grassroots committees under Tân Kỳ, to show that level too; they hold their congresses first. */
	static final List<DemoCongress> GRASSROOTS = List.of(
			new DemoCongress("Đảng bộ xã Nghĩa Đồng", false, null, "2020-04-16", "2020-04-16", "2020-04-16",
					CongressStatus.HELD, "Hội trường Đảng ủy xã Nghĩa Đồng"),
			new DemoCongress("Đảng bộ thị trấn Tân Kỳ", false, null, "2020-04-09", "2020-04-09", "2020-04-10",
					CongressStatus.HELD, "Hội trường Đảng ủy thị trấn Tân Kỳ"));

	static final DemoCongress PROVINCIAL = new DemoCongress(PROVINCE, false, 19, "2020-10-14", "2020-10-14",
			"2020-10-16", CongressStatus.HELD, "Trung tâm Hội nghị tỉnh Nghệ An");

	/** Demo articles (by the start of their title) and the committee whose congress they report on. */
	static final Map<String, String> REPORTS = Map.of(
			"Đảng bộ huyện Kỳ Sơn khai mạc Đại hội", "Đảng bộ huyện Kỳ Sơn",
			"Ban Thường vụ Tỉnh ủy duyệt văn kiện, phương án nhân sự Đại hội Đảng bộ huyện Anh Sơn",
			"Đảng bộ huyện Anh Sơn",
			"Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX", PROVINCE);

	static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phan", "Hoàng", "Võ", "Đặng", "Hồ", "Bùi", "Đinh",
			"Lương", "Vi" };

	static final String[] MIDDLE = { "Văn", "Đình", "Hữu", "Thị", "Công", "Quang", "Xuân", "Minh" };

	static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lâm", "Long", "Mai", "Nam",
			"Phúc", "Quân", "Sơn", "Tâm", "Thành", "Thủy", "Trung", "Tuấn", "Vinh" };

	private final PortalProperties properties;

	private final Environment environment;

	private final CongressService service;

	private final PartyCommitteeRepository committees;

	private final CongressTermRepository terms;

	private final StaffingService staffing;

	private final ArticleService articles;

	private final TransactionTemplate transaction;

	CongressDemoLoader(PortalProperties properties, Environment environment, CongressService service,
			PartyCommitteeRepository committees, CongressTermRepository terms, StaffingService staffing,
			ArticleService articles, TransactionTemplate transaction) {
		this.properties = properties;
		this.environment = environment;
		this.service = service;
		this.committees = committees;
		this.terms = terms;
		this.staffing = staffing;
		this.articles = articles;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoDataEnabled(environment)) {
			return;
		}
		if (!service.isEmpty()) {
			log.debug("Congress demo skipped: the congress tables already hold data");
			return;
		}
		loadNow();
		log.info("Loaded the congress demo: {} committees, {} terms", committees.count(), terms.count());
	}

	/** Loads the demo in one transaction. */
	void loadNow() {
		transaction.executeWithoutResult((status) -> load());
	}

	void load() {
		terms.save(new CongressTerm("Nhiệm kỳ 2015 – 2020", 2015, 2020));
		CongressTerm term = terms.save(new CongressTerm("Nhiệm kỳ 2020 – 2025", 2020, 2025));
		terms.save(new CongressTerm("Nhiệm kỳ 2025 – 2030", 2025, 2030));
		terms.flush();

		Map<String, Long> units = new HashMap<>();
		for (StaffingUnit unit : staffing.units()) {
			units.put(unit.getName().toLowerCase(Locale.ROOT), unit.getId());
		}
		PartyCommittee province = committee(PROVINCE, CommitteeLevel.PROVINCE, null, 0, units);
		Map<String, PartyCommittee> byName = new HashMap<>();
		byName.put(PROVINCE, province);
		int position = 1;
		for (DemoCongress demo : DISTRICTS) {
			byName.put(demo.name(), committee(demo.name(), CommitteeLevel.ABOVE_GRASSROOTS, province.getId(),
					position++, units));
		}
		PartyCommittee tanKy = byName.get("Đảng bộ huyện Tân Kỳ");
		for (DemoCongress demo : GRASSROOTS) {
			byName.put(demo.name(), committee(demo.name(), CommitteeLevel.GRASSROOTS, tanKy.getId(), position++, units));
		}

		int index = 0;
		List<DemoCongress> all = new ArrayList<>(GRASSROOTS);
		all.addAll(DISTRICTS);
		for (DemoCongress demo : all) {
			Congress congress = congress(demo, byName.get(demo.name()), term);
			if (demo.status() == CongressStatus.HELD) {
				service.writeDemo(congress, districtResult(index, demo, byName.get(demo.name())), WHO);
			}
			index++;
		}
		Congress provincial = congress(PROVINCIAL, province, term);
		service.writeDemo(provincial, provincialResult(), WHO);

		REPORTS.forEach((titleStart, committee) -> service.all().stream()
			.filter((c) -> c.getCommittee().getName().equals(committee) && c.getTerm().getId().equals(term.getId()))
			.findFirst()
			.ifPresent((c) -> articles.linkToCongress(titleStart, c.getId())));
	}

	private PartyCommittee committee(String name, CommitteeLevel level, Long parentId, int position,
			Map<String, Long> units) {
		PartyCommittee committee = new PartyCommittee(Slugs.unique(Slugs.slugify(name), committees::existsBySlug));
		Long unitId = units.getOrDefault(unitName(name), units.get(name.toLowerCase(Locale.ROOT)));
		committee.describe(name, level, parentId, unitId, position);
		return committees.saveAndFlush(committee);
	}

	/** "Đảng bộ huyện Tân Kỳ" is the party organisation of the staffing unit "Huyện Tân Kỳ". */
	static String unitName(String committeeName) {
		String place = committeeName.replaceFirst("^Đảng bộ ", "");
		if (place.startsWith("tỉnh ")) {
			return ("Tỉnh " + place.substring(5)).toLowerCase(Locale.ROOT);
		}
		return place.toLowerCase(Locale.ROOT);
	}

	private Congress congress(DemoCongress demo, PartyCommittee committee, CongressTerm term) {
		return service.createDemo(new CongressDetails(committee.getId(), term.getId(), demo.ordinal(), demo.pilot(),
				day(demo.planned()), day(demo.started()), day(demo.ended()), demo.place(), demo.status()), WHO);
	}

	private static LocalDate day(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	/**
	 * Plausible results for a committee, varied by its place in the list but always within the
	 * rules: grassroots committees are small; most districts fill every seat in one round.
	 */
	static ResultValues districtResult(int index, DemoCongress demo, PartyCommittee committee) {
		boolean grassroots = committee.getLevel() == CommitteeLevel.GRASSROOTS;
		int summoned = grassroots ? 120 + 15 * index : 250 + (index * 37) % 110;
		int attending = summoned - (index * 3) % 7;
		int planned = grassroots ? 15 : 43 + (index * 5) % 10;
		boolean allSeats = index % 6 != 3;
		int elected = allSeats ? planned : planned - 1;
		int standing = grassroots ? 5 : 13 + index % 3;
		int inspection = grassroots ? 5 : 9 + index % 3;
		Integer upper = grassroots ? null : 12 + (index * 7) % 19;
		BigDecimal women = BigDecimal.valueOf(120 + (index * 17) % 90, 1);
		BigDecimal young = BigDecimal.valueOf(60 + (index * 13) % 80, 1);
		BigDecimal firstTime = BigDecimal.valueOf(250 + (index * 29) % 160, 1);
		List<ElectedPerson> people = new ArrayList<>();
		String place = committee.getName().replaceFirst("^Đảng bộ (huyện|thị xã|thành phố|xã|thị trấn) ", "");
		String body = grassroots ? "Đảng ủy " : (committee.getName().contains("thị xã") ? "Thị ủy "
				: committee.getName().contains("huyện") ? "Huyện ủy " : "Đảng ủy ");
		String who = committee.getName().contains("Quân sự") || committee.getName().contains("Khối") ? "Đảng ủy"
				: body.strip() + " " + place;
		people.add(new ElectedPerson(PersonRole.SECRETARY, name(index, 0), "Bí thư " + who));
		people.add(new ElectedPerson(PersonRole.DEPUTY_SECRETARY, name(index, 1), "Phó Bí thư Thường trực " + who));
		if (!grassroots) {
			people.add(new ElectedPerson(PersonRole.DEPUTY_SECRETARY, name(index, 2), "Phó Bí thư " + who));
		}
		people.add(new ElectedPerson(PersonRole.INSPECTION_CHAIR, name(index, 3),
				"Chủ nhiệm Ủy ban Kiểm tra " + who));
		return new ResultValues(summoned, attending, planned, elected, allSeats, standing, inspection, upper, women,
				young, firstTime, people);
	}

	/** A made-up name, different for each committee and role. */
	static String name(int index, int role) {
		int n = index * 4 + role;
		return FAMILY[(n * 7) % FAMILY.length] + " " + MIDDLE[(n * 3 + index) % MIDDLE.length] + " "
				+ GIVEN[(n * 11 + role) % GIVEN.length];
	}

	/** The provincial congress: 129 members of the executive committee elected in one round. */
	static ResultValues provincialResult() {
		// only the people the demo articles and the seeds name; the others are left for staff to enter
		List<ElectedPerson> people = List.of(
				new ElectedPerson(PersonRole.SECRETARY, "Thái Thanh Quý", "Bí thư Tỉnh ủy khóa XIX"),
				new ElectedPerson(PersonRole.DEPUTY_SECRETARY, "Nguyễn Xuân Sơn", "Phó Bí thư Thường trực Tỉnh ủy"));
		return new ResultValues(400, 396, 129, 129, true, 17, 11, 31, new BigDecimal("15.5"),
				new BigDecimal("10.1"), new BigDecimal("38.8"), people);
	}

}
