package vn.tochuc.portal.staffing;

import org.springframework.context.ApplicationContext;

/** For tests outside this package: the demo staffing figures loaded once into the shared test database. */
public final class StaffingTestData {

	private StaffingTestData() {
	}

	/** The demo loaded, and the first unit under the province that has units of its own. */
	public static synchronized StaffingUnit demoUnitWithChildren(ApplicationContext context) {
		StaffingService staffing = context.getBean(StaffingService.class);
		if (staffing.isEmpty()) {
			context.getBean(StaffingDemoLoader.class).loadNow();
		}
		StaffingNode province = staffing.tree(staffing.periods().get(0)).get(0);
		return province.children().stream().filter((n) -> !n.isLeaf()).findFirst().orElseThrow().unit();
	}

}
