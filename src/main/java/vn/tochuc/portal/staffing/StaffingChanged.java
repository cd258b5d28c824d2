package vn.tochuc.portal.staffing;

import java.util.Set;

import vn.tochuc.portal.platform.CacheTags;
import vn.tochuc.portal.platform.ReaderContentChanged;

/**
 * A period, a unit or figures of the staffing records changed. Every staffing page shows figures
 * summed over the tree, so any change carries the one tag {@code staffing}.
 *
 * @param action what happened, as the audit names it (for example {@code staffing.unit.update})
 */
public record StaffingChanged(String action) implements ReaderContentChanged {

	@Override
	public Set<String> cacheTags() {
		return Set.of(CacheTags.STAFFING);
	}

}
