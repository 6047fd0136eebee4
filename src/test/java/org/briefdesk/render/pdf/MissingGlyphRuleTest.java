package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefdesk.briefing.CheckContext;
import org.briefdesk.briefing.Finding;
import org.briefdesk.briefing.Severity;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.Test;

/** `briefing check` names every character the PDF export could not print, before an export is tried. */
class MissingGlyphRuleTest {

	private static final PdfProperties WITHOUT_CJK = TestFonts.withoutCjk();

	@Test
	void aPackEveryFontCoversHasNoFinding() {
		MissingGlyphRule rule = new MissingGlyphRule(new GlyphCoverage(new PdfTemplates(TestFonts.withCjkSubset())));
		assertThat(rule.check(contextOf(SamplePacks.vienna2023()))).isEmpty();
	}

	@Test
	void aChineseNameWithoutACjkFontIsAnErrorNamingTheFieldAndTheCharacter() {
		MissingGlyphRule rule = new MissingGlyphRule(new GlyphCoverage(new PdfTemplates(WITHOUT_CJK)));
		List<Finding> findings = rule.check(contextOf(SamplePacks.manyScripts()));
		assertThat(findings).isNotEmpty().allMatch(finding -> finding.severity() == Severity.ERROR);
		assertThat(findings).anySatisfy(finding -> {
			assertThat(finding.where()).isEqualTo("panelists[8].name");
			assertThat(finding.message()).startsWith("\"王芳\": no PDF font has 王 (U+738B)").contains("export pdf");
			assertThat(finding.rule()).isEqualTo("missing-glyph");
		});
	}

	private static CheckContext contextOf(PackModel model) {
		return new CheckContext(null, 5, LocalDate.of(2023, 10, 1), () -> model);
	}

}
