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


	@Test
	void zeroWidthAndBidirectionalCharactersAreDropped() {
		assertThat(SafeFileNames.of("a\u200Bb\u200Dc\u202Ed\u2066e\u061Cf\uFEFF")).isEqualTo("abcdef");
	}

	@Test
	void reservedNamesWithAnExtensionAndTrailingDotsAndSpacesAreDefused() {
		assertThat(SafeFileNames.of("NUL.txt")).isEqualTo("_NUL.txt");
		assertThat(SafeFileNames.of("com1")).isEqualTo("_com1");
		assertThat(SafeFileNames.of("name. . ")).isEqualTo("name");
	}

	@Test
	void aNameCutToFitItsExtensionEndsOnACharacterBoundary() {
		String name = SafeFileNames.of("王".repeat(60), 115);
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(115);
		assertThat(name).matches("王+");
	}

	@Test
	void namesEqualAfterNormalisationOrCaseFoldingGetSuffixes() {
		SafeFileNames.Unique names = new SafeFileNames.Unique();
		String composed = names.claim("M\u00FCller", ".docx");
		String decomposed = names.claim("Mu\u0308ller", ".docx");
		String upper = names.claim("M\u00DCLLER", ".docx");
		String plain = names.claim("MULLER", ".docx");
		assertThat(composed).isEqualTo("M\u00FCller");
		assertThat(decomposed).isEqualTo("M\u00FCller-2");
		assertThat(upper).isEqualTo("M\u00DCLLER-3");
		assertThat(plain).isEqualTo("MULLER");
	}

	@Test
	void aSuffixStillFitsInOneHundredTwentyBytes() {
		SafeFileNames.Unique names = new SafeFileNames.Unique();
		names.claim("я".repeat(100), ".docx");
		String second = names.claim("я".repeat(100), ".docx");
		assertThat((second + ".docx").getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(120);
		assertThat(second).endsWith("-2");
	}

	@Test
	void absolutePathsOfEverySystemBecomePlainNames() {
		assertThat(SafeFileNames.of("/etc/passwd")).isEqualTo("etc-passwd");
		assertThat(SafeFileNames.of("C:\\Windows\\System32\\cmd.exe")).isEqualTo("C-Windows-System32-cmd.exe");
		assertThat(SafeFileNames.of("\\\\server\\share\\x")).isEqualTo("server-share-x");
		assertThat(SafeFileNames.of("~/.ssh/id_rsa")).isEqualTo("ssh-id_rsa");
	}

}
