package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.tochuc.portal.staffing.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule of a congress and its results, the derived percentages and the Roman numerals. */
class CongressRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final CongressTerm TERM = new CongressTerm("Nhiệm kỳ 2020 – 2025", 2020, 2025);

	/** The provincial congress of the seeds: 129 members elected in one round. */
	static ResultValues valid() {
		return new ResultValues(400, 396, 129, 129, true, 17, 11, 31, new BigDecimal("15.5"), new BigDecimal("10.1"),
				new BigDecimal("38.8"), List.of(new ElectedPerson(PersonRole.SECRETARY, "Thái Thanh Quý", "Bí thư")));
	}

	static ResultValues with(int summoned, int attending, int planned, int elected, boolean oneRound,
			Integer standing) {
		return new ResultValues(summoned, attending, planned, elected, oneRound, standing, null, null, null, null,
				null, List.of());
	}

	static ResultValues shares(String women, String young, String firstTime) {
		return new ResultValues(300, 290, 45, 45, true, 13, null, null, decimal(women), decimal(young),
				decimal(firstTime), List.of());
	}

	static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}

	static List<String> keys(List<Violation> violations) {
		return violations.stream().map(Violation::messageKey).toList();
	}

	static List<String> fields(List<Violation> violations) {
		return violations.stream().map(Violation::field).toList();
	}

	@Nested
	class Results {

		@Test
		void theSeedsProvincialCongressPasses() {
			assertThat(CongressRules.check(valid(), CongressStatus.HELD)).isEmpty();
		}

		@Test
		void onlyAHeldCongressHasResults() {
			assertThat(keys(CongressRules.check(valid(), CongressStatus.PLANNED))).containsExactly("congress.rule.notHeld");
			assertThat(keys(CongressRules.check(valid(), CongressStatus.POSTPONED)))
				.containsExactly("congress.rule.notHeld");
		}

		@Test
		void attendingCannotExceedSummoned() {
			List<Violation> violations = CongressRules.check(with(300, 301, 45, 45, true, 13), CongressStatus.HELD);
			assertThat(keys(violations)).containsExactly("congress.rule.attendingMoreThanSummoned");
			assertThat(fields(violations)).containsExactly("delegatesAttending");
			assertThat(violations.get(0).args()).containsExactly(301, 300);
			assertThat(CongressRules.check(with(300, 300, 45, 45, true, 13), CongressStatus.HELD)).isEmpty();
		}

		@Test
		void electedCannotExceedPlanned() {
			List<Violation> violations = CongressRules.check(with(300, 290, 45, 46, false, 13), CongressStatus.HELD);
			assertThat(keys(violations)).containsExactly("congress.rule.electedMoreThanPlanned");
			assertThat(fields(violations)).containsExactly("executiveElected");
		}

		@Test
		void oneRoundMeansEverySeatFilled() {
			assertThat(keys(CongressRules.check(with(300, 290, 45, 44, true, 13), CongressStatus.HELD)))
				.containsExactly("congress.rule.oneRoundNeedsAllSeats");
			assertThat(CongressRules.check(with(300, 290, 45, 44, false, 13), CongressStatus.HELD)).isEmpty();
		}

		@Test
		void theStandingCommitteeComesOutOfTheElectedCommittee() {
			assertThat(keys(CongressRules.check(with(300, 290, 45, 12, false, 13), CongressStatus.HELD)))
				.containsExactly("congress.rule.standingMoreThanElected");
			assertThat(CongressRules.check(with(300, 290, 45, 13, false, 13), CongressStatus.HELD)).isEmpty();
		}

		@Test
		void noCountIsNegativeAndTheMainOnesArePositive() {
			ResultValues negative = new ResultValues(-1, -2, -3, -4, false, -5, -6, -7, null, null, null, List.of());
			List<Violation> violations = CongressRules.check(negative, CongressStatus.HELD);
			assertThat(fields(violations)).containsExactlyInAnyOrder("delegatesSummoned", "delegatesAttending",
					"executivePlanned", "executiveElected", "standingSize", "inspectionSize", "upperDelegates");
			assertThat(keys(violations)).containsOnly("congress.rule.negative");
			assertThat(keys(CongressRules.check(with(0, 0, 0, 0, false, null), CongressStatus.HELD)))
				.containsExactly("congress.rule.positive", "congress.rule.positive");
		}

		@Test
		void sharesLieBetweenZeroAndAHundred() {
			assertThat(CongressRules.check(shares("0", "100", "0.0"), CongressStatus.HELD)).isEmpty();
			List<Violation> violations = CongressRules.check(shares("-0.1", "100.1", "250"), CongressStatus.HELD);
			assertThat(keys(violations)).containsOnly("congress.rule.share");
			assertThat(fields(violations)).containsExactly("womenPercent", "youngPercent", "firstTimePercent");
			assertThat(CongressRules.check(shares(null, null, null), CongressStatus.HELD)).isEmpty();
		}

		@Test
		void oneSecretaryAndOneInspectionChair() {
			List<ElectedPerson> people = List.of(new ElectedPerson(PersonRole.SECRETARY, "A", null),
					new ElectedPerson(PersonRole.SECRETARY, "B", null),
					new ElectedPerson(PersonRole.INSPECTION_CHAIR, "C", null),
					new ElectedPerson(PersonRole.INSPECTION_CHAIR, "D", null),
					new ElectedPerson(PersonRole.DEPUTY_SECRETARY, "E", null),
					new ElectedPerson(PersonRole.DEPUTY_SECRETARY, "F", null));
			ResultValues values = new ResultValues(300, 290, 45, 45, true, 13, 9, 20, null, null, null, people);
			assertThat(keys(CongressRules.check(values, CongressStatus.HELD)))
				.containsExactly("congress.rule.oneSecretary", "congress.rule.oneChair");
		}

	}

	@Nested
	class Congresses {

		static CongressDetails details(CongressStatus status, String planned, String started, String ended) {
			return new CongressDetails(1L, 1L, 23, false, day(planned), day(started), day(ended), null, status);
		}

		static LocalDate day(String text) {
			return text == null ? null : LocalDate.parse(text);
		}

		@Test
		void aHeldCongressNeedsItsOpeningDayNotInTheFuture() {
			assertThat(CongressRules.check(details(CongressStatus.HELD, null, "2020-07-27", "2020-07-29"), TERM, TODAY,
					false)).isEmpty();
			assertThat(keys(CongressRules.check(details(CongressStatus.HELD, "2020-07-27", null, null), TERM, TODAY,
					false))).containsExactly("congress.rule.heldNeedsStart");
			assertThat(keys(CongressRules.check(details(CongressStatus.HELD, null, "2026-11-23", null),
					new CongressTerm("Nhiệm kỳ 2025 – 2030", 2025, 2030), TODAY, false)))
				.containsExactly("congress.rule.startInFuture");
			assertThat(CongressRules.check(details(CongressStatus.HELD, null, "2026-11-22", null),
					new CongressTerm("Nhiệm kỳ 2025 – 2030", 2025, 2030), TODAY, false)).isEmpty();
		}

		@Test
		void aCongressStillToComeNeedsAPlannedDay() {
			assertThat(keys(CongressRules.check(details(CongressStatus.PLANNED, null, null, null), TERM, TODAY, false)))
				.containsExactly("congress.rule.plannedNeedsDate");
			assertThat(keys(CongressRules.check(details(CongressStatus.POSTPONED, null, null, null), TERM, TODAY,
					false))).containsExactly("congress.rule.plannedNeedsDate");
			assertThat(CongressRules.check(details(CongressStatus.PLANNED, "2020-09-08", null, null), TERM, TODAY,
					false)).isEmpty();
		}

		@Test
		void itEndsOnOrAfterTheDayItOpened() {
			assertThat(keys(CongressRules.check(details(CongressStatus.HELD, null, "2020-07-27", "2020-07-26"), TERM,
					TODAY, false))).containsExactly("congress.rule.endBeforeStart");
			assertThat(CongressRules.check(details(CongressStatus.HELD, null, "2020-07-27", "2020-07-27"), TERM, TODAY,
					false)).isEmpty();
			assertThat(keys(CongressRules.check(details(CongressStatus.PLANNED, "2020-07-27", null, "2020-07-29"),
					TERM, TODAY, false))).containsExactly("congress.rule.endWithoutStart");
		}

		@Test
		void itsDaysFallInItsTermOrTheYearBefore() {
			assertThat(CongressRules.check(details(CongressStatus.HELD, null, "2019-12-20", null), TERM, TODAY, false))
				.isEmpty();
			List<Violation> early = CongressRules.check(details(CongressStatus.HELD, null, "2018-12-31", null), TERM,
					TODAY, false);
			assertThat(keys(early)).containsExactly("congress.rule.dateOutsideTerm");
			assertThat(early.get(0).args()).containsExactly("2019", "2025");
			assertThat(fields(CongressRules.check(details(CongressStatus.PLANNED, "2026-01-05", null, null), TERM,
					TODAY, false))).containsExactly("plannedOn");
		}

		@Test
		void theOrdinalIsBetweenOneAndNinetyNine() {
			CongressDetails zero = new CongressDetails(1L, 1L, 0, false, null, LocalDate.of(2020, 7, 27), null, null,
					CongressStatus.HELD);
			assertThat(keys(CongressRules.check(zero, TERM, TODAY, false))).containsExactly("congress.rule.ordinal");
			CongressDetails none = new CongressDetails(1L, 1L, null, false, null, LocalDate.of(2020, 7, 27), null,
					null, CongressStatus.HELD);
			assertThat(CongressRules.check(none, TERM, TODAY, false)).isEmpty();
		}

		@Test
		void aCongressWithResultsStaysHeld() {
			assertThat(keys(CongressRules.check(details(CongressStatus.PLANNED, "2020-07-27", null, null), TERM, TODAY,
					true))).containsExactly("congress.rule.resultNeedsHeld");
		}

	}

	@Nested
	class Derived {

		@Test
		void attendanceAndSeatsAreRoundedHalfUpToOneDecimalFromTheExactCounts() {
			// 396/400 = 99,0 %; 129/129 = 100,0 %
			ResultFigures seeds = valid().figures();
			assertThat(seeds.attendingPercent()).isEqualByComparingTo("99.0");
			assertThat(seeds.seatsFilledPercent()).isEqualByComparingTo("100.0");
			assertThat(seeds.seatsFilled()).isEqualTo("129/129");
			assertThat(seeds.allSeatsFilled()).isTrue();
			// 1929/2000 = 96,45 → 96,5 (half up); 1928,8/2000 would be 96,44 → 96,4
			assertThat(with(2000, 1929, 45, 45, true, 13).figures().attendingPercent()).isEqualByComparingTo("96.5");
			assertThat(ResultFigures.percent(9644, 10_000)).isEqualByComparingTo("96.4");
			// 2/3 = 66,666… → 66,7; 1/3 → 33,3
			assertThat(with(3, 2, 3, 1, false, null).figures().attendingPercent()).isEqualByComparingTo("66.7");
			assertThat(with(3, 2, 3, 1, false, null).figures().seatsFilledPercent()).isEqualByComparingTo("33.3");
			assertThat(ResultFigures.percent(5, 0)).isEqualByComparingTo("0.0");
		}

		@Test
		void sharesAreKeptToOneDecimalRoundedHalfUp() {
			assertThat(shares("15.55", "10.04", "33.333").womenPercent()).isEqualByComparingTo("15.6");
			assertThat(shares("15.55", "10.04", "33.333").youngPercent()).isEqualByComparingTo("10.0");
			assertThat(shares("15.55", "10.04", "33.333").firstTimePercent()).isEqualByComparingTo("33.3");
			// the same value however it was typed: equal records, so a re-import changes nothing
			assertThat(shares("15.5", null, null)).isEqualTo(shares("15.50", null, null));
		}

		@Test
		void peopleComeSecretaryFirstThenDeputiesThenTheChair() {
			List<ElectedPerson> typed = new ArrayList<>(List.of(
					new ElectedPerson(PersonRole.INSPECTION_CHAIR, "Chủ nhiệm", null),
					new ElectedPerson(PersonRole.DEPUTY_SECRETARY, "Phó 1", null),
					new ElectedPerson(PersonRole.SECRETARY, "Bí thư", null),
					new ElectedPerson(PersonRole.DEPUTY_SECRETARY, "Phó 2", null)));
			ResultValues values = new ResultValues(1, 1, 1, 1, true, null, null, null, null, null, null, typed);
			assertThat(values.people()).extracting(ElectedPerson::getFullName)
				.containsExactly("Bí thư", "Phó 1", "Phó 2", "Chủ nhiệm");
			assertThat(values.secretary().getFullName()).isEqualTo("Bí thư");
			assertThat(values.deputies()).hasSize(2);
		}

		@Test
		void aPersonIsTypedAsNameDashTitle() {
			ElectedPerson person = ElectedPerson.parse(PersonRole.SECRETARY, " Thái Thanh Quý – Bí thư Tỉnh ủy ");
			assertThat(person.getFullName()).isEqualTo("Thái Thanh Quý");
			assertThat(person.getTitle()).isEqualTo("Bí thư Tỉnh ủy");
			assertThat(person.getLabel()).isEqualTo("Thái Thanh Quý – Bí thư Tỉnh ủy");
			assertThat(ElectedPerson.parse(PersonRole.SECRETARY, "Lê Văn A - Phó Bí thư").getTitle())
				.isEqualTo("Phó Bí thư");
			assertThat(ElectedPerson.parse(PersonRole.SECRETARY, "Trần Thị Hà-Nội").getTitle()).isNull();
			assertThat(ElectedPerson.parse(PersonRole.SECRETARY, "   ")).isNull();
		}

	}

	@Nested
	class Roman {

		@Test
		void ordinalsAreShownInRomanNumerals() {
			assertThat(RomanNumerals.of(23)).isEqualTo("XXIII");
			assertThat(RomanNumerals.of(19)).isEqualTo("XIX");
			assertThat(RomanNumerals.of(14)).isEqualTo("XIV");
			assertThat(RomanNumerals.of(99)).isEqualTo("XCIX");
			for (int n = 1; n < 100; n++) {
				assertThat(RomanNumerals.parse(RomanNumerals.of(n))).isEqualTo(n);
			}
		}

		@Test
		void staffMayTypeEitherForm() {
			assertThat(RomanNumerals.parse("xxiii")).isEqualTo(23);
			assertThat(RomanNumerals.parse(" 23 ")).isEqualTo(23);
			assertThatThrownBy(() -> RomanNumerals.parse("IIII")).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> RomanNumerals.parse("lần 23")).isInstanceOf(IllegalArgumentException.class);
		}

		@Test
		void theTitleSaysItTheWaySeedsDo() {
			PartyCommittee kySon = new PartyCommittee("dang-bo-huyen-ky-son");
			kySon.describe("Đảng bộ huyện Kỳ Sơn", CommitteeLevel.ABOVE_GRASSROOTS, null, null, 0);
			assertThat(Congress.title(kySon, TERM, 23))
				.isEqualTo("Đại hội đại biểu Đảng bộ huyện Kỳ Sơn lần thứ XXIII, nhiệm kỳ 2020 – 2025");
			PartyCommittee commune = new PartyCommittee("dang-bo-xa-nghia-dong");
			commune.describe("Đảng bộ xã Nghĩa Đồng", CommitteeLevel.GRASSROOTS, null, null, 0);
			assertThat(Congress.title(commune, TERM, null)).isEqualTo("Đại hội Đảng bộ xã Nghĩa Đồng, nhiệm kỳ 2020 – 2025");
		}

	}

}
