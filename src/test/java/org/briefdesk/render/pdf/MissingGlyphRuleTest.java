package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefdesk.render.PackModelCheck.Problem;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.Test;

/** `briefing check` names every character the PDF export could not print, before an export is tried. */
class MissingGlyphRuleTest {

	private static final PdfProperties WITHOUT_CJK = TestFonts.withoutCjk();

	@Test
	void aPackEveryFontCoversHasNoProblem() {
		MissingGlyphRule rule = new MissingGlyphRule(new GlyphCoverage(new PdfTemplates(TestFonts.withCjkSubset())));
		assertThat(rule.check(SamplePacks.vienna2023())).isEmpty();
	}

	@Test
	void aChineseNameWithoutACjkFontIsAProblemNamingTheFieldAndTheCharacter() {
		MissingGlyphRule rule = new MissingGlyphRule(new GlyphCoverage(new PdfTemplates(WITHOUT_CJK)));
		List<Problem> problems = rule.check(SamplePacks.manyScripts());
		assertThat(problems).anySatisfy(problem -> {
			assertThat(problem.field()).isEqualTo("panelists[8].name");
			assertThat(problem.message()).startsWith("\"王芳\": no PDF font has 王 (U+738B)").contains("export pdf");
			assertThat(problem.rule()).isEqualTo("missing-glyph");
		});
	}

}
