package org.briefdesk.render.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which language a letter is written in, with the built-in templates (English and French). */
class LetterLanguageTest {

	@Test
	void aLanguageWithItsOwnTemplateGetsIt() {
		assertThat(InvitationGenerator.letterLanguage(null, "fr")).isEqualTo("fr");
		assertThat(InvitationGenerator.letterLanguage(null, "en")).isEqualTo("en");
	}

	@Test
	void aRegionalLanguageGetsItsBaseLanguagesTemplate() {
		assertThat(InvitationGenerator.letterLanguage(null, "fr-ca")).isEqualTo("fr");
	}

	@Test
	void aLanguageWithoutATemplateGetsTheEnglishLetter() {
		assertThat(InvitationGenerator.letterLanguage(null, "es")).isEqualTo("en");
		assertThat(InvitationGenerator.letterLanguage(null, "pt-br")).isEqualTo("en");
	}

}
