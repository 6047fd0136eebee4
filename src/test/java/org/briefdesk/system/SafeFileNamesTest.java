package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SafeFileNamesTest {

	@Test
	void pathTraversalBecomesAPlainName() {
		assertThat(SafeFileNames.of("../../etc/passwd")).isEqualTo("etc-passwd");
	}

	@Test
	void lettersOfEveryScriptAreKept() {
		assertThat(SafeFileNames.of("Poznański Åsa Лукьянцев 王")).isEqualTo("Poznański-Åsa-Лукьянцев-王");
	}

	@Test
	void controlAndBidiOverrideCharactersAreDropped() {
		assertThat(SafeFileNames.of("evil\u202Etxt.exe\u0007")).isEqualTo("eviltxt.exe");
	}

	@Test
	void windowsReservedNamesAreDefused() {
		assertThat(SafeFileNames.of("CON")).isEqualTo("_CON");
	}

	@Test
	void longNamesAreCutToOneHundredTwentyBytesWithoutSplittingACharacter() {
		String name = SafeFileNames.of("я".repeat(100));
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(120);
		assertThat(name).matches("я+");
	}

	@Test
	void nothingUsableGivesAPlaceholder() {
		assertThat(SafeFileNames.of("../..")).isEqualTo("unnamed");
	}

}
