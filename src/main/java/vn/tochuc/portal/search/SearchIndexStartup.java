package vn.tochuc.portal.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start-up, fills the index for every kind of record it holds nothing of: a new or upgraded
 * database, or a feature added since. Runs after the demo content, which indexes itself.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchIndexStartup implements ApplicationRunner {

	private final SearchIndex index;

	SearchIndexStartup(SearchIndex index) {
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		index.rebuildMissing();
	}

}
