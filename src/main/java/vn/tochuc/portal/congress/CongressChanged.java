package vn.tochuc.portal.congress;

import java.util.LinkedHashSet;
import java.util.Set;

import vn.tochuc.portal.platform.CacheTags;
import vn.tochuc.portal.platform.ReaderContentChanged;

/**
 * Congresses, their results, a term or a committee changed (published after the change, in its
 * transaction). Carries {@code congress:ID} for every congress whose page may show something new,
 * and {@code congress-list} when congresses entered or left lists, moved in them, or when the
 * figures the lists and the overview count (results, terms, committees) changed.
 */
public record CongressChanged(Set<Long> congressIds, boolean listsChanged) implements ReaderContentChanged {

	public CongressChanged {
		congressIds = Set.copyOf(congressIds);
	}

	/** One congress edited; {@code listsChanged} when it moved (committee, term, dates, status). */
	public static CongressChanged of(Long congressId, boolean listsChanged) {
		return new CongressChanged(Set.of(congressId), listsChanged);
	}

	@Override
	public Set<String> cacheTags() {
		Set<String> tags = new LinkedHashSet<>();
		congressIds.forEach((id) -> tags.add(CacheTags.congress(id)));
		if (listsChanged || tags.isEmpty()) {
			tags.add(CacheTags.CONGRESS_LIST);
		}
		return tags;
	}

}
