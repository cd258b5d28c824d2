package vn.tochuc.portal.congress;

import java.time.LocalDate;

/** What staff type for a congress (not its results): the form's and the rules' view of it. */
public record CongressDetails(Long committeeId, Long termId, Integer ordinal, boolean pilot, LocalDate plannedOn,
		LocalDate startedOn, LocalDate endedOn, String place, CongressStatus status) {

	public CongressDetails {
		status = status == null ? CongressStatus.PLANNED : status;
		place = place == null || place.isBlank() ? null : place.strip();
	}

}
