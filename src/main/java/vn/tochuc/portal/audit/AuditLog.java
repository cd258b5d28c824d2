package vn.tochuc.portal.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.platform.PortalProperties;

/** Reads the audit log for the admin page. Writing is {@link AuditRecorder}'s job alone. */
@Service
public class AuditLog {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

	private final AuditEventRepository events;

	private final PortalProperties properties;

	AuditLog(AuditEventRepository events, PortalProperties properties) {
		this.events = events;
		this.properties = properties;
	}

	/** One page (0-based) of the events that match, newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEvent> search(AuditFilter filter, int page, int size) {
		return events.findAll(filter.toSpecification(properties.site().zone()),
				PageRequest.of(Math.max(page, 0), size, NEWEST_FIRST));
	}

	@Transactional(readOnly = true)
	public List<String> actions() {
		return events.distinctActions();
	}

	@Transactional(readOnly = true)
	public List<String> targetTypes() {
		return events.distinctTargetTypes();
	}

}
