package vn.tochuc.portal.congress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a term's congresses stand: all together, by level (province, above grassroots,
 * grassroots) and for the pilots. Every figure is counted from the congresses and their results.
 */
public record Progress(ProgressRow overall, List<ProgressRow> byLevel, ProgressRow pilots) {

	/** Counts the given congresses; {@code results} holds the results by congress id. */
	public static Progress of(List<Congress> congresses, Map<Long, ResultValues> results) {
		ProgressRow overall = ProgressRow.empty(null);
		ProgressRow pilots = ProgressRow.empty(null);
		Map<CommitteeLevel, ProgressRow> levels = new EnumMap<>(CommitteeLevel.class);
		for (Congress congress : congresses) {
			ResultValues result = results.get(congress.getId());
			overall = overall.with(congress, result);
			CommitteeLevel level = congress.getCommittee().getLevel();
			levels.put(level, levels.getOrDefault(level, ProgressRow.empty(level)).with(congress, result));
			if (congress.isPilot()) {
				pilots = pilots.with(congress, result);
			}
		}
		List<ProgressRow> byLevel = new ArrayList<>();
		for (CommitteeLevel level : CommitteeLevel.values()) {
			if (levels.containsKey(level)) {
				byLevel.add(levels.get(level));
			}
		}
		return new Progress(overall, byLevel, pilots);
	}

	public ProgressRow level(CommitteeLevel level) {
		return byLevel.stream().filter((row) -> row.level() == level).findFirst()
			.orElse(ProgressRow.empty(level));
	}

}
