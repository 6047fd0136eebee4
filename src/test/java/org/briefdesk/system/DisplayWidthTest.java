package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

	@Test
	void chineseCharactersTakeTwoColumnsAndAccentsNone() {
		assertThat(DisplayWidth.of("王芳")).isEqualTo(4);
		assertThat(DisplayWidth.of("Poznański")).isEqualTo(9);
		assertThat(DisplayWidth.of("Poznan\u0301ski")).isEqualTo(9);
		assertThat(DisplayWidth.of("Лукьянцев")).isEqualTo(9);
	}

	@Test
	void paddingCountsColumnsNotChars() {
		assertThat(DisplayWidth.padRight("王芳", 6)).isEqualTo("王芳  ");
		assertThat(DisplayWidth.padRight("Åsa", 6)).isEqualTo("Åsa   ");
	}

	@Test
	void wrappingBreaksAtSpacesWithinTheWidth() {
		assertThat(DisplayWidth.wrap("One in three detected victims is a child", 15))
			.containsExactly("One in three", "detected", "victims is a", "child");
	}

	@Test
	void chineseTextWithoutSpacesIsBrokenBetweenCharacters() {
		List<String> lines = DisplayWidth.wrap("中华人民共和国外交部", 8);
		assertThat(lines).containsExactly("中华人民", "共和国外", "交部");
		assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(8));
	}

	@Test
	void aWordLongerThanTheLineIsBroken() {
		assertThat(DisplayWidth.wrap("icat-briefing-2023-10-03", 10)).containsExactly("icat-brief", "ing-2023-1", "0-03");
	}

	@Test
	void lineBreaksInTheTextAreKept() {
		assertThat(DisplayWidth.wrap("first\nsecond", 40)).containsExactly("first", "second");
	}

}
