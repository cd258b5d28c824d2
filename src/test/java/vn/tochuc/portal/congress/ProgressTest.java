package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Held x of y, overall, by level and for the pilots, and the results summed per level. */
class ProgressTest {

	static final CongressTerm TERM = new CongressTerm("Nhiệm kỳ 2020 – 2025", 2020, 2025);

	final List<Congress> congresses = new ArrayList<>();

	final Map<Long, ResultValues> results = new HashMap<>();

	long ids;

	Congress add(CommitteeLevel level, CongressStatus status, boolean pilot, ResultValues result) {
		long id = ++ids;
		PartyCommittee committee = new PartyCommittee("dang-bo-" + id);
		committee.describe("Đảng bộ " + id, level, null, null, (int) id);
		ReflectionTestUtils.setField(committee, "id", id);
		Congress congress = new Congress("dai-hoi-" + id);
		LocalDate day = LocalDate.of(2020, 6, 1).plusDays(id);
		congress.apply(new CongressDetails(id, 1L, null, pilot, day, status == CongressStatus.HELD ? day : null, null,
				null, status), committee, TERM, "test", java.time.Instant.now());
		ReflectionTestUtils.setField(congress, "id", id);
		congresses.add(congress);
		if (result != null) {
			results.put(id, result);
		}
		return congress;
	}

	static ResultValues result(int summoned, int attending, int planned, int elected, String women) {
		return new ResultValues(summoned, attending, planned, elected, planned == elected, null, null, 10,
				women == null ? null : new BigDecimal(women), null, null, List.of());
	}

	@Test
	void countsHeldOutOfAllPerLevelAndForThePilots() {
		add(CommitteeLevel.PROVINCE, CongressStatus.HELD, false, result(400, 396, 129, 129, "15.5"));
		for (int i = 0; i < 4; i++) {
			add(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.HELD, true, result(300, 300, 45, 45, "20"));
		}
		add(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.HELD, false, null);
		add(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.PLANNED, false, null);
		add(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.PLANNED, false, null);
		add(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.POSTPONED, false, null);
		add(CommitteeLevel.GRASSROOTS, CongressStatus.HELD, false, result(120, 119, 15, 14, null));
		add(CommitteeLevel.GRASSROOTS, CongressStatus.PLANNED, false, null);

		Progress progress = Progress.of(congresses, results);

		assertThat(progress.overall().total()).isEqualTo(11);
		assertThat(progress.overall().held()).isEqualTo(7);
		assertThat(progress.overall().planned()).isEqualTo(3);
		assertThat(progress.overall().postponed()).isEqualTo(1);
		assertThat(progress.overall().fraction()).isEqualTo("07/11");
		assertThat(progress.overall().heldPercent()).isEqualByComparingTo("63.6");

		assertThat(progress.byLevel()).extracting(ProgressRow::level).containsExactly(CommitteeLevel.PROVINCE,
				CommitteeLevel.ABOVE_GRASSROOTS, CommitteeLevel.GRASSROOTS);
		assertThat(progress.level(CommitteeLevel.PROVINCE).fraction()).isEqualTo("01/01");
		assertThat(progress.level(CommitteeLevel.PROVINCE).complete()).isTrue();
		assertThat(progress.level(CommitteeLevel.ABOVE_GRASSROOTS).fraction()).isEqualTo("05/08");
		assertThat(progress.level(CommitteeLevel.ABOVE_GRASSROOTS).heldPercent()).isEqualByComparingTo("62.5");
		assertThat(progress.level(CommitteeLevel.GRASSROOTS).fraction()).isEqualTo("01/02");

		// "04/04 đảng bộ được chọn điểm đã tổ chức đại hội"
		assertThat(progress.pilots().fraction()).isEqualTo("04/04");
		assertThat(progress.pilots().complete()).isTrue();
	}

	@Test
	void sumsTheReportedResultsPerLevelAndWeighsSharesByMembersElected() {
		add(CommitteeLevel.PROVINCE, CongressStatus.HELD, false, result(400, 396, 129, 129, "15.5"));
		add(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.HELD, false, result(300, 290, 45, 45, "20"));
		add(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.HELD, false, result(200, 200, 35, 34, "10"));
		add(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.HELD, false, result(100, 100, 30, 30, null));
		add(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.PLANNED, false, null);

		Progress progress = Progress.of(congresses, results);
		ProgressRow districts = progress.level(CommitteeLevel.ABOVE_GRASSROOTS);

		assertThat(districts.reported()).isEqualTo(3);
		assertThat(districts.delegatesSummoned()).isEqualTo(600);
		assertThat(districts.delegatesAttending()).isEqualTo(590);
		assertThat(districts.attendingPercent()).isEqualByComparingTo("98.3");
		assertThat(districts.executivePlanned()).isEqualTo(110);
		assertThat(districts.executiveElected()).isEqualTo(109);
		assertThat(districts.seatsFilledPercent()).isEqualByComparingTo("99.1");
		assertThat(districts.electedInOneRound()).isEqualTo(2);
		assertThat(districts.upperDelegates()).isEqualTo(30);
		// (20 × 45 + 10 × 34) / 79 = 15,696… → 15,7; the committee that did not report women is left out
		assertThat(districts.women().percent()).isEqualByComparingTo("15.7");
		assertThat(districts.young().percent()).isNull();

		ProgressRow all = progress.overall();
		assertThat(all.delegatesSummoned()).isEqualTo(1000);
		assertThat(all.executiveElected()).isEqualTo(238);
		// (15,5 × 129 + 20 × 45 + 10 × 34) / 208 = 15,574… → 15,6
		assertThat(all.women().percent()).isEqualByComparingTo("15.6");
	}

	@Test
	void anEmptyTermCountsNothing() {
		Progress progress = Progress.of(List.of(), Map.of());
		assertThat(progress.overall().fraction()).isEqualTo("00/00");
		assertThat(progress.overall().heldPercent()).isEqualByComparingTo("0.0");
		assertThat(progress.byLevel()).isEmpty();
		assertThat(progress.pilots().complete()).isFalse();
	}

}
