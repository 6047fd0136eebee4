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
	void theStoredFormIsOnlyTheIsoOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("5 December 2019"))
			.withMessageContaining("YYYY-MM-DD");
	}

	@Test
	void readsADateAsPeopleWriteIt() {
		assertThat(PartialDate.parseWritten("18 March 2027")).isEqualTo(PartialDate.parse("2027-03-18"));
		assertThat(PartialDate.parseWritten("18 Mar 2027")).isEqualTo(PartialDate.parse("2027-03-18"));
		assertThat(PartialDate.parseWritten("March 18, 2027")).isEqualTo(PartialDate.parse("2027-03-18"));
		assertThat(PartialDate.parseWritten("March 2027")).isEqualTo(PartialDate.parse("2027-03"));
		assertThat(PartialDate.parseWritten("2027-03-18")).isEqualTo(PartialDate.parse("2027-03-18"));
		assertThat(PartialDate.parseWritten(" 2027 ")).isEqualTo(PartialDate.ofYear(2027));
	}

	@Test
	void aWrittenDateThatCannotBeIsRefusedWithTheReasonAndTheFormsThatWork() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parseWritten("32 March"))
			.withMessageContaining("March has no day 32")
			.withMessageContaining("18 March 2027");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parseWritten("18 March"))
			.withMessageContaining("has no year");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parseWritten("29 February 2027"))
			.withMessageContaining("February 2027 has no day 29");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parseWritten("yesterday"))
			.withMessageContaining("is not a date");
	}

	@Test
	void dayAndMonthInFiguresAreRefusedAsAmbiguous() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parseWritten("18/03/2027"))
			.withMessageContaining("can be read two ways")
			.withMessageContaining("2027-03-18");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parseWritten("03.04.2027"))
			.withMessageContaining("can be read two ways");
	}

	@Test
	void sortsChronologically() {
		assertThat(PartialDate.parse("2024-12")).isGreaterThan(PartialDate.parse("2023-10-03"))
			.isLessThan(PartialDate.parse("2025"));
	}

}
