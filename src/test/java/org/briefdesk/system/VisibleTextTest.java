package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

	@Test
	void terminalControlsAreShownAsShortEscapes() {
		assertThat(VisibleText.of("a\u001B[31mb\u0007c\rd\te\bf\u000Bg\fh")).isEqualTo("a\\e[31mb\\ac\\rd\\te\\bf\\vg\\fh");
	}

	@Test
	void otherControlsDelC1AndBidirectionalControlsAreShownAsUnicodeEscapes() {
		assertThat(VisibleText.of("\u0000\u007F\u009B\u0085\u202Aa\u202Eb\u2066c\u2069\u200F\u061C\u2028"))
			.isEqualTo("\\u0000\\u007F\\u009B\\u0085\\u202Aa\\u202Eb\\u2066c\\u2069\\u200F\\u061C\\u2028");
	}

	@Test
	void lineBreaksAreEscapedInACellAndKeptInAParagraph() {
		assertThat(VisibleText.of("one\ntwo")).isEqualTo("one\\ntwo");
		assertThat(VisibleText.keepingLines("one\ntwo\u001B")).isEqualTo("one\ntwo\\e");
	}

	@Test
	void namesInEveryScriptAreLeftAsTheyAre() {
		String names = "Grzegorz Poznański · Åsa Regner · Григорий · 王芳 · محمد · שרה · नमस्ते · 👩‍💼 · C:\\path";
		assertThat(VisibleText.of(names)).isSameAs(names);
	}

}
