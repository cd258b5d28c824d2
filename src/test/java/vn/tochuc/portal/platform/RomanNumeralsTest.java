package vn.tochuc.portal.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RomanNumeralsTest {

	@Test
	void termsAndOrdinalsBothWays() {
		assertThat(RomanNumerals.format(12)).isEqualTo("XII");
		assertThat(RomanNumerals.format(13)).isEqualTo("XIII");
		assertThat(RomanNumerals.format(19)).isEqualTo("XIX");
		assertThat(RomanNumerals.format(23)).isEqualTo("XXIII");
		assertThat(RomanNumerals.format(40)).isEqualTo("XL");
		for (int value = 1; value < 200; value++) {
			assertThat(RomanNumerals.parse(RomanNumerals.format(value))).hasValue(value);
		}
		assertThat(RomanNumerals.parse("xii")).hasValue(12);
		assertThat(RomanNumerals.parseEither("12")).hasValue(12);
	}

	@Test
	void malformedNumeralsAreNotNumbers() {
		assertThat(RomanNumerals.parse("XIIV")).isEmpty();
		assertThat(RomanNumerals.parse("IIII")).isEmpty();
		assertThat(RomanNumerals.parse("ABC")).isEmpty();
		assertThat(RomanNumerals.parse("")).isEmpty();
		assertThat(RomanNumerals.parseEither("0")).isEmpty();
		assertThatThrownBy(() -> RomanNumerals.format(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
