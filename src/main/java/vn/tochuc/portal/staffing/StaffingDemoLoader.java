package vn.tochuc.portal.staffing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.Slugs;

/**
 * Demo staffing figures for an empty database, under the same rule as the other demo content
 * (on with the embedded database, off with an external one, PORTAL_DEMO_DATA either way). Runs
 * after the news demo. The province's totals reproduce the published numbers: 6.666 posts cut
 * in 2015–2018, about 8,1 % of the 82.300 assigned, and 4 of the 11 units in the plan reorganised.
 * Each total is shared out over the units by largest remainders, so the sums are exact.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StaffingDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StaffingDemoLoader.class);

	static final String WHO = "du-lieu-mau";

	/** name, kind, size weight; parents before children. */
	private record DemoUnit(String name, UnitKind kind, String parent, double weight) {
	}

	private record DemoPeriod(String name, int startYear, int endYear, String target, String basis, int officials,
			int publicEmployees, int otherPosts, int[] cutsPerYear) {
	}

	static final DemoPeriod FIRST = new DemoPeriod("Giai đoạn 2015 – 2021", 2015, 2021, "10",
			"Nghị quyết số 39-NQ/TW của Bộ Chính trị về tinh giản biên chế", 9_120, 70_410, 2_770,
			new int[] { 1_402, 1_611, 1_735, 1_918, 612, 540, 455 });

	static final DemoPeriod SECOND = new DemoPeriod("Giai đoạn 2022 – 2026", 2022, 2026, "5",
			"Quyết định số 71-QĐ/TW giao biên chế cho các cơ quan, đơn vị giai đoạn 2022 – 2026", 8_640, 65_120,
			2_220, new int[] { 802, 918, 1_046, 977, 0 });

	private static final String BLOCK_AGENCIES = "Khối các cơ quan tỉnh";

	private static final String BLOCK_DISTRICTS = "Các huyện, thành phố, thị xã";

	static final List<DemoUnit> UNITS = List.of(
			new DemoUnit(BLOCK_AGENCIES, UnitKind.BLOCK, null, 0),
			new DemoUnit("Văn phòng Tỉnh ủy", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 3),
			new DemoUnit("Ban Tổ chức Tỉnh ủy", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 2),
			new DemoUnit("Ban Tuyên giáo Tỉnh ủy", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 2),
			new DemoUnit("Ban Dân vận Tỉnh ủy", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 1.5),
			new DemoUnit("Ủy ban Kiểm tra Tỉnh ủy", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 1.5),
			new DemoUnit("Sở Nội vụ", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 3),
			new DemoUnit("Sở Tài chính", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 3),
			new DemoUnit("Sở Giáo dục và Đào tạo", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 20),
			new DemoUnit("Sở Y tế", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 25),
			new DemoUnit("Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 1.5),
			new DemoUnit("Chi cục Quản lý thị trường tỉnh", UnitKind.DEPARTMENT, BLOCK_AGENCIES, 2),
			new DemoUnit("Đảng bộ Khối Doanh nghiệp tỉnh", UnitKind.COMMITTEE, null, 2),
			new DemoUnit(BLOCK_DISTRICTS, UnitKind.BLOCK, null, 0),
			new DemoUnit("Thành phố Vinh", UnitKind.DISTRICT, BLOCK_DISTRICTS, 30),
			new DemoUnit("Thị xã Cửa Lò", UnitKind.DISTRICT, BLOCK_DISTRICTS, 6),
			new DemoUnit("Thị xã Thái Hòa", UnitKind.DISTRICT, BLOCK_DISTRICTS, 7),
			new DemoUnit("Thị xã Hoàng Mai", UnitKind.DISTRICT, BLOCK_DISTRICTS, 8),
			new DemoUnit("Huyện Diễn Châu", UnitKind.DISTRICT, BLOCK_DISTRICTS, 24),
			new DemoUnit("Huyện Quỳnh Lưu", UnitKind.DISTRICT, BLOCK_DISTRICTS, 22),
			new DemoUnit("Huyện Yên Thành", UnitKind.DISTRICT, BLOCK_DISTRICTS, 22),
			new DemoUnit("Huyện Nghi Lộc", UnitKind.DISTRICT, BLOCK_DISTRICTS, 18),
			new DemoUnit("Huyện Đô Lương", UnitKind.DISTRICT, BLOCK_DISTRICTS, 18),
			new DemoUnit("Huyện Thanh Chương", UnitKind.DISTRICT, BLOCK_DISTRICTS, 20),
			new DemoUnit("Huyện Nam Đàn", UnitKind.DISTRICT, BLOCK_DISTRICTS, 12),
			new DemoUnit("Huyện Anh Sơn", UnitKind.DISTRICT, BLOCK_DISTRICTS, 11),
			new DemoUnit("Huyện Tân Kỳ", UnitKind.DISTRICT, BLOCK_DISTRICTS, 12),
			new DemoUnit("Huyện Quỳ Châu", UnitKind.DISTRICT, BLOCK_DISTRICTS, 7),
			new DemoUnit("Huyện Kỳ Sơn", UnitKind.DISTRICT, BLOCK_DISTRICTS, 9));

	private final PortalProperties properties;

	private final Environment environment;

	private final StaffingService service;

	private final StaffingUnitRepository units;

	private final StaffingPeriodRepository periods;

	private final TransactionTemplate transaction;

	StaffingDemoLoader(PortalProperties properties, Environment environment, StaffingService service,
			StaffingUnitRepository units, StaffingPeriodRepository periods, TransactionTemplate transaction) {
		this.properties = properties;
		this.environment = environment;
		this.service = service;
		this.units = units;
		this.periods = periods;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		if (!service.isEmpty()) {
			log.debug("Staffing demo skipped: the staffing tables already hold data");
			return;
		}
		loadNow();
		log.info("Loaded the staffing demo: {} units, 2 periods", units.count());
	}

	/** Loads the demo in one transaction (the units' reorganisation is set on managed entities). */
	void loadNow() {
		transaction.executeWithoutResult((status) -> load());
	}

	boolean enabled() {
		return properties.demoDataEnabled(environment);
	}

	void load() {
		StaffingUnit province = unit("Tỉnh " + properties.site().province(), UnitKind.PROVINCE, null, 0);
		Map<String, StaffingUnit> byName = new LinkedHashMap<>();
		Map<StaffingUnit, Double> weights = new LinkedHashMap<>();
		int position = 1;
		for (DemoUnit demo : UNITS) {
			Long parentId = demo.parent() == null ? province.getId() : byName.get(demo.parent()).getId();
			StaffingUnit unit = unit(demo.name(), demo.kind(), parentId, position++);
			byName.put(demo.name(), unit);
			if (demo.weight() > 0) {
				weights.put(unit, demo.weight());
			}
		}
		// The reorganisation plan: the 11 agencies of the province, 4 of them reorganised.
		byName.values().stream().filter((u) -> BLOCK_AGENCIES.equals(parentName(u, byName)))
			.forEach((u) -> u.describe(u.getName(), u.getKind(), u.getParentId(), u.getPosition(), true, null));
		StaffingUnit organisation = byName.get("Ban Tổ chức Tỉnh ủy");
		reorganise(organisation, LocalDate.of(2019, 1, 1));
		reorganise(byName.get("Sở Y tế"), LocalDate.of(2018, 6, 1));
		byName.get("Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh").end(UnitStatus.MERGED, LocalDate.of(2018, 12, 31),
				organisation.getId());
		byName.get("Chi cục Quản lý thị trường tỉnh").end(UnitStatus.DISSOLVED, LocalDate.of(2018, 10, 1), null);
		units.flush();

		StaffingPeriod first = period(FIRST);
		StaffingPeriod second = period(SECOND);
		figures(first, FIRST, weights);
		Map<StaffingUnit, Double> active = new LinkedHashMap<>();
		weights.forEach((unit, weight) -> {
			if (unit.getStatus() == UnitStatus.ACTIVE) {
				active.put(unit, weight);
			}
		});
		figures(second, SECOND, active);
	}

	private static String parentName(StaffingUnit unit, Map<String, StaffingUnit> byName) {
		return byName.values().stream().filter((p) -> p.getId().equals(unit.getParentId())).map(StaffingUnit::getName)
			.findFirst().orElse(null);
	}

	private static void reorganise(StaffingUnit unit, LocalDate on) {
		unit.describe(unit.getName(), unit.getKind(), unit.getParentId(), unit.getPosition(), unit.isInPlan(), on);
	}

	private StaffingUnit unit(String name, UnitKind kind, Long parentId, int position) {
		String slug = Slugs.unique(Slugs.slugify(name), units::existsBySlug);
		return units.saveAndFlush(new StaffingUnit(slug, name, kind, parentId, position));
	}

	private StaffingPeriod period(DemoPeriod demo) {
		return periods.save(new StaffingPeriod(demo.name(), demo.startYear(), demo.endYear(),
				new BigDecimal(demo.target()), demo.basis()));
	}

	/** Shares the period's totals out over the units: officials weigh more in agencies, public employees in districts. */
	private void figures(StaffingPeriod period, DemoPeriod demo, Map<StaffingUnit, Double> weights) {
		List<StaffingUnit> list = new ArrayList<>(weights.keySet());
		double[] officialWeights = list.stream()
			.mapToDouble((u) -> weights.get(u) * (u.getKind() == UnitKind.DISTRICT ? 1 : 4)).toArray();
		double[] employeeWeights = list.stream()
			.mapToDouble((u) -> weights.get(u) * (u.getKind() == UnitKind.DISTRICT ? 1.3 : 0.8)).toArray();
		double[] otherWeights = list.stream().mapToDouble(weights::get).toArray();
		int[] officials = apportion(demo.officials(), officialWeights);
		int[] employees = apportion(demo.publicEmployees(), employeeWeights);
		int[] others = apportion(demo.otherPosts(), otherWeights);
		double[] assignedWeights = new double[list.size()];
		for (int i = 0; i < list.size(); i++) {
			// units cut at different paces (from about 0,75 to 1,25 times the average)
			assignedWeights[i] = (officials[i] + employees[i] + others[i]) * (0.75 + 0.05 * ((i * 7 + 3) % 11));
		}
		int[][] cuts = new int[demo.cutsPerYear().length][];
		for (int y = 0; y < cuts.length; y++) {
			cuts[y] = apportion(demo.cutsPerYear()[y], assignedWeights);
		}
		for (int i = 0; i < list.size(); i++) {
			Map<Integer, Integer> byYear = new TreeMap<>();
			int cut = 0;
			for (int y = 0; y < cuts.length; y++) {
				byYear.put(demo.startYear() + y, cuts[y][i]);
				cut += cuts[y][i];
			}
			int assigned = officials[i] + employees[i] + others[i];
			int employed = assigned - cut - (int) Math.floor(assigned * 0.012);
			service.writeDemo(list.get(i), period,
					FigureValues.of(officials[i], employees[i], others[i], Math.max(0, employed), byYear), WHO);
		}
	}

	/** Largest-remainder apportionment: the parts always add up to the total exactly. */
	static int[] apportion(int total, double[] weights) {
		double sum = Arrays.stream(weights).sum();
		int[] parts = new int[weights.length];
		double[] remainders = new double[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = total * weights[i] / sum;
			parts[i] = (int) Math.floor(exact);
			remainders[i] = exact - parts[i];
			given += parts[i];
		}
		for (int left = total - given; left > 0; left--) {
			int best = 0;
			for (int i = 1; i < remainders.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			parts[best]++;
			remainders[best] = -1;
		}
		return parts;
	}

}
