package vn.tochuc.portal.news;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.tochuc.portal.accounts.PortalUser;

/**
 * Who has which article open in the editor right now, so each sees the others (as WordPress
 * and Wagtail show it). Kept in memory: it only matters for the next minute.
 */
@Component
public class EditingPresence {

	static final Duration STALE_AFTER = Duration.ofSeconds(45);

	private record Seen(String displayName, long at) {
	}

	private final Map<Long, Map<Long, Seen>> editorsByArticle = new ConcurrentHashMap<>();

	private final Clock clock;

	EditingPresence(Clock clock) {
		this.clock = clock;
	}

	/** Notes that the person is editing the article; returns the names of the others editing it. */
	public List<String> editing(Long articleId, PortalUser user) {
		long now = clock.millis();
		Map<Long, Seen> editors = editorsByArticle.computeIfAbsent(articleId, (id) -> new ConcurrentHashMap<>());
		editors.put(user.id(), new Seen(user.displayName(), now));
		editors.values().removeIf((seen) -> now - seen.at() > STALE_AFTER.toMillis());
		return editors.entrySet().stream()
			.filter((entry) -> !entry.getKey().equals(user.id()))
			.map((entry) -> entry.getValue().displayName())
			.sorted()
			.toList();
	}

	public void left(Long articleId, PortalUser user) {
		Map<Long, Seen> editors = editorsByArticle.get(articleId);
		if (editors != null) {
			editors.remove(user.id());
		}
	}

}
