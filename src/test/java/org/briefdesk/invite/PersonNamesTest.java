package org.briefdesk.invite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

	@ParameterizedTest(name = "{0} → {1} / {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Hanna Antonova          | Hanna      | Antonova
			Gehrke                  | -          | Gehrke
			James S. Gilmore III    | James S.   | Gilmore
			Martin Luther King Jr.  | Martin Luther | King
			Maria de la Cruz        | Maria      | de la Cruz
			Ursula von der Leyen    | Ursula     | von der Leyen
			Ludwig van Beethoven    | Ludwig     | van Beethoven
			Mohammed bin Salman     | Mohammed   | bin Salman
			Åsa Regner              | Åsa        | Regner
			Grzegorz Poznański      | Grzegorz   | Poznański
			""")
	void aLibraryNameSplitsIntoGivenAndFamilyNameAsASalutationNeedsThem(String name, String given, String family) {
		PersonNames.Split split = PersonNames.split(name);
		assertThat(split.given()).isEqualTo(given == null ? "" : given);
		assertThat(split.family()).isEqualTo(family);
	}

}
