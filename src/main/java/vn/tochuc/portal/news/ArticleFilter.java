package vn.tochuc.portal.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;

import vn.tochuc.portal.platform.Slugs;

/** The staff article list's filters; every one optional. */
public record ArticleFilter(ArticleStatus status, Long categoryId, Long ownerId, String text) {

	public static ArticleFilter none() {
		return new ArticleFilter(null, null, null, null);
	}

	public ArticleFilter onlyOwnedBy(Long userId) {
		return new ArticleFilter(status, categoryId, userId, text);
	}

	Specification<Article> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.isNull(root.get("deletedAt")));
			if (status != null) {
				predicates.add(cb.equal(root.get("status"), status));
			}
			if (categoryId != null) {
				predicates.add(cb.equal(root.get("category").get("id"), categoryId));
			}
			if (ownerId != null) {
				predicates.add(cb.equal(root.get("owner").get("id"), ownerId));
			}
			if (StringUtils.hasText(text)) {
				Expression<String> foldedTitle = cb.function("portal_fold", String.class, root.get("title"));
				predicates.add(cb.like(foldedTitle, "%" + likeEscaped(fold(text)) + "%", '\\'));
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
