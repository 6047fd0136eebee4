package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTest {

	@Test
	void readsAYearAMonthOrADay() {
		assertThat(PartialDate.parse("2020")).isEqualTo(PartialDate.ofYear(2020));
		assertThat(PartialDate.parse("2024-12").toString()).isEqualTo("2024-12");
		assertThat(PartialDate.parse("2019-12-05").exact()).contains(LocalDate.of(2019, 12, 5));
	}

	@Test
	void printsAsPeopleWriteDates() {
		assertThat(PartialDate.parse("2019-12-05").toDisplayString()).isEqualTo("5 December 2019");
		assertThat(PartialDate.parse("2024-12").toDisplayString()).isEqualTo("December 2024");
		assertThat(PartialDate.parse("2020").toDisplayString()).isEqualTo("2020");
	}

	@Test
	void refusesADayThatDoesNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2023-02-30"))
			.withMessageContaining("2023-02-30");
	}

	@Test
	void refusesOtherForms() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("5 December 2019"))
			.withMessageContaining("YYYY-MM-DD");
	}

	@Test
	void sortsChronologically() {
		assertThat(PartialDate.parse("2024-12")).isGreaterThan(PartialDate.parse("2023-10-03"))
			.isLessThan(PartialDate.parse("2025"));
	}

}
