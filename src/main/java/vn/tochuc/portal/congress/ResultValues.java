package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The typed-in results of one congress, as the form or a spreadsheet row gives them. Counts that
 * were not reported are null (only the four main counts are required). Shares are percent of the
 * new executive committee, kept to one decimal place (rounded half-up on the way in). People are
 * the secretary first, then the deputy secretaries, then the inspection committee's chair.
 * Nothing derived is kept: see {@link ResultFigures}.
 */
public record ResultValues(int delegatesSummoned, int delegatesAttending, int executivePlanned,
		int executiveElected, boolean electedInOneRound, Integer standingSize, Integer inspectionSize,
		Integer upperDelegates, BigDecimal womenPercent, BigDecimal youngPercent, BigDecimal firstTimePercent,
		List<ElectedPerson> people) {

	public ResultValues {
		womenPercent = share(womenPercent);
		youngPercent = share(youngPercent);
		firstTimePercent = share(firstTimePercent);
		people = people == null ? List.of() : people.stream().filter(Objects::nonNull)
			.sorted(java.util.Comparator.comparing(ElectedPerson::getRole))
			.toList();
	}

	static BigDecimal share(BigDecimal value) {
		return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
	}

	public ElectedPerson secretary() {
		return people.stream().filter((p) -> p.getRole() == PersonRole.SECRETARY).findFirst().orElse(null);
	}

	public List<ElectedPerson> deputies() {
		return people.stream().filter((p) -> p.getRole() == PersonRole.DEPUTY_SECRETARY).toList();
	}

	public ElectedPerson inspectionChair() {
		return people.stream().filter((p) -> p.getRole() == PersonRole.INSPECTION_CHAIR).findFirst().orElse(null);
	}

	public ResultFigures figures() {
		return new ResultFigures(this);
	}

}
