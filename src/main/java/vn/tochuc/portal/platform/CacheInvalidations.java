package vn.tochuc.portal.platform;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns each module's committed {@link ReaderContentChanged} into one
 * {@link CacheTagsInvalidated}, so caches depend on tags and not on every module's events. It
 * waits for the commit: a rolled-back change drops nothing, and a page rendered after the drop
 * reads the committed data.
 */
@Component
class CacheInvalidations {

	private final ApplicationEventPublisher events;

	CacheInvalidations(ApplicationEventPublisher events) {
		this.events = events;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ReaderContentChanged change) {
		events.publishEvent(new CacheTagsInvalidated(change.cacheTags(), false));
	}

}
