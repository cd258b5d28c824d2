package vn.tochuc.portal.congress;

import org.springframework.context.ApplicationContext;

/** The demo round, loaded once into the shared test database, and its well-known records. */
public final class CongressTestData {

	private CongressTestData() {
	}

	static synchronized void loadDemo(CongressService congresses, CongressDemoLoader demo) {
		boolean loaded = congresses.committees().stream()
			.anyMatch((c) -> c.getName().equals(CongressDemoLoader.PROVINCE));
		if (!loaded) {
			demo.loadNow();
		}
	}

	/** For tests outside this package: the demo round loaded, and its provincial congress. */
	public static Congress demoProvincialCongress(ApplicationContext context) {
		CongressService congresses = context.getBean(CongressService.class);
		loadDemo(congresses, context.getBean(CongressDemoLoader.class));
		return provincial(congresses);
	}

	static CongressTerm round(CongressService congresses) {
		return congresses.termByCode("2020-2025").orElseThrow();
	}

	static Congress byCommittee(CongressService congresses, String committee) {
		return congresses.rows(round(congresses), CongressFilter.none()).stream().map(CongressRow::congress)
			.filter((c) -> c.getCommittee().getName().equals(committee)).findFirst().orElseThrow();
	}

	static Congress provincial(CongressService congresses) {
		return byCommittee(congresses, CongressDemoLoader.PROVINCE);
	}

}
