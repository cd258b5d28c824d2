package vn.tochuc.portal.congress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.platform.Searchable;
import vn.tochuc.portal.platform.SearchableSource;

/**
 * Congresses as the search index sees them: the title, the committee and term, the place, and
 * the people elected, so "bi thu huyen uy ky son" finds the congress that elected them. Every
 * congress is public, planned ones included.
 */
@Component
class CongressSearch implements SearchableSource {

	static final int BATCH = 200;

	private final CongressRepository congresses;

	private final CongressResultRepository results;

	CongressSearch(CongressRepository congresses, CongressResultRepository results) {
		this.congresses = congresses;
		this.results = results;
	}

	@Override
	public String type() {
		return CongressService.SEARCH_TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachPublic(Consumer<Searchable> consumer) {
		List<Congress> all = congresses.findAllNewestFirst();
		for (int from = 0; from < all.size(); from += BATCH) {
			List<Congress> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			Map<Long, ResultValues> values = results
				.findAllByCongressIdIn(batch.stream().map(Congress::getId).toList()).stream()
				.collect(Collectors.toMap(CongressResult::getCongressId, CongressResult::values, (a, b) -> a));
			batch.forEach((congress) -> consumer.accept(describe(congress, values.get(congress.getId()))));
		}
	}

	static Searchable describe(Congress congress, ResultValues values) {
		List<String> summary = new ArrayList<>();
		summary.add(congress.getTerm().getName());
		if (congress.getPlace() != null) {
			summary.add(congress.getPlace());
		}
		StringBuilder text = new StringBuilder(congress.getTitle()).append('\n')
			.append(congress.getCommittee().getName());
		if (congress.getPlace() != null) {
			text.append('\n').append(congress.getPlace());
		}
		if (values != null) {
			values.people().forEach((person) -> text.append('\n').append(person.getLabel()));
		}
		List<String> exact = new ArrayList<>();
		exact.add(congress.getTerm().getCode());
		if (congress.getOrdinalRoman() != null) {
			exact.add(congress.getOrdinalRoman());
		}
		return new Searchable(CongressService.SEARCH_TYPE, congress.getId(), congress.getTitle(),
				String.join(" · ", summary), text.toString(), congress.getPath(), congress.getDate(), exact);
	}

}
