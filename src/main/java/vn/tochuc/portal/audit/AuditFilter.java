package vn.tochuc.portal.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;

import vn.tochuc.portal.platform.Slugs;

/**
 * The audit page's filters, every one optional: the actor's username (any case), an action, a
 * target (type, and id within it), a range of days where the department is (both days
 * included) and words in the summary, with or without accents.
 */
public record AuditFilter(String actor, String action, String targetType, String targetId, LocalDate from,
		LocalDate to, String text) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

	Specification<AuditEvent> toSpecification(ZoneId zone) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (StringUtils.hasText(actor)) {
				predicates.add(cb.equal(cb.lower(root.get("actorUsername")), actor.strip().toLowerCase(Locale.ROOT)));
			}
			if (StringUtils.hasText(action)) {
				predicates.add(cb.equal(root.get("action"), action.strip()));
			}
			if (StringUtils.hasText(targetType)) {
				predicates.add(cb.equal(root.get("targetType"), targetType.strip()));
			}
			if (StringUtils.hasText(targetId)) {
				predicates.add(cb.equal(root.get("targetId"), targetId.strip()));
			}
			if (from != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(zone).toInstant()));
			}
			if (to != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (StringUtils.hasText(text)) {
				Expression<String> folded = cb.function("portal_fold", String.class, root.get("summary"));
				predicates.add(cb.like(folded, "%" + likeEscaped(fold(text)) + "%", '\\'));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	static String fold(String text) {
		return Slugs.stripDiacritics(text.strip()).toLowerCase(Locale.ROOT);
	}

	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
