package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

	@Test
	void foldsAccentsAndCase() {
		assertThat(TextFolding.fold("Poznański")).isEqualTo("poznanski");
		assertThat(TextFolding.fold("Åsa Regner")).isEqualTo("asa regner");
		assertThat(TextFolding.fold("Łódź")).isEqualTo("lodz");
	}

	@Test
	void transliteratesCyrillic() {
		assertThat(TextFolding.fold("Лукьянцев")).isEqualTo("lukyantsev");
	}

	@Test
	void keepsScriptsItCannotTransliterate() {
		assertThat(TextFolding.fold("東京")).isEqualTo("東京");
	}

	@Test
	void slugsAreAsciiWordsJoinedByHyphens() {
		assertThat(TextFolding.slug("H.E. Ambassador Alena Kupchyna", 64)).isEqualTo("h-e-ambassador-alena-kupchyna");
		assertThat(TextFolding.slug("UN Women", 64)).isEqualTo("un-women");
		assertThat(TextFolding.slug("Victims’ and survivors’ rights", 64)).isEqualTo("victims-and-survivors-rights");
	}

	@Test
	void longSlugsAreCutAtAHyphen() {
		assertThat(TextFolding.slug("one in three detected victims is a child", 20)).isEqualTo("one-in-three");
	}

	@Test
	void derivedIdsAreUniqueWithinAKind() {
		assertThat(FactIds.derive("Åsa Regner", FactKind.PERSON, id -> id.equals("asa-regner")))
			.isEqualTo("asa-regner-2");
		assertThat(FactIds.derive("東京", FactKind.PERSON, id -> false)).isEqualTo("person");
	}

}
