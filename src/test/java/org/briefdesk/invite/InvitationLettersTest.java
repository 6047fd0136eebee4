package org.briefdesk.invite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which language a letter is written in, with the built-in templates (English and French). */
class InvitationLettersTest {

	@Test
	void aLanguageWithItsOwnTemplateGetsIt() {
		assertThat(InvitationLetters.letterLanguage(null, "fr")).isEqualTo("fr");
		assertThat(InvitationLetters.letterLanguage(null, "en")).isEqualTo("en");
	}

	@Test
	void aRegionalLanguageGetsItsBaseLanguagesTemplate() {
		assertThat(InvitationLetters.letterLanguage(null, "fr-ca")).isEqualTo("fr");
	}

	@Test
	void aLanguageWithoutATemplateGetsTheEnglishLetter() {
		assertThat(InvitationLetters.letterLanguage(null, "es")).isEqualTo("en");
		assertThat(InvitationLetters.letterLanguage(null, "pt-br")).isEqualTo("en");
	}

}
