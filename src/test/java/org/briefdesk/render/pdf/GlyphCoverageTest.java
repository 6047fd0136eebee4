package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.Test;

class GlyphCoverageTest {

	@Test
	void thePackOfManyScriptsIsCoveredByTheBundledFontsAndTheCjkFontOfTheSettings() {
		GlyphCoverage coverage = new GlyphCoverage(new PdfTemplates(TestFonts.withCjkSubset()));
		assertThat(coverage.missingGlyphs(SamplePacks.manyScripts())).isEmpty();
	}

	@Test
	void withoutACjkFontEveryChineseCharacterIsListedWithItsFieldAndValue() {
		GlyphCoverage coverage = new GlyphCoverage(new PdfTemplates(TestFonts.withoutCjk()));
		List<MissingGlyph> missing = coverage.missingGlyphs(SamplePacks.manyScripts());
		assertThat(missing).extracting(MissingGlyph::field, MissingGlyph::value, MissingGlyph::character)
			.contains(org.assertj.core.groups.Tuple.tuple("panelists[8].name", "王芳", "王"),
					org.assertj.core.groups.Tuple.tuple("panelists[8].name", "王芳", "芳"),
					org.assertj.core.groups.Tuple.tuple("panelists[8].fullName", "Ms. 王芳", "王"),
					org.assertj.core.groups.Tuple.tuple("panelists[8].title", "司长", "司"),
					org.assertj.core.groups.Tuple.tuple("panelists[8].organisation", "中华人民共和国外交部", "中"));
		assertThat(missing).allMatch(glyph -> glyph.field().startsWith("panelists[8]."));
	}

	@Test
	void aMissingGlyphDescribesItselfInOneLine() {
		MissingGlyph glyph = new MissingGlyph("panelists[8].name", "王芳", 0x738B);
		assertThat(glyph.describe()).isEqualTo("panelists[8].name \"王芳\": no font has 王 (U+738B, CJK UNIFIED IDEOGRAPHS)");
	}

	@Test
	void whitespaceAndFormattingCharactersNeedNoGlyph() {
		GlyphCoverage coverage = new GlyphCoverage(new PdfTemplates(TestFonts.withCjkSubset()));
		var base = SamplePacks.vienna2023();
		var model = PdfScriptsTest.withPanelist(base, "Zoë\u00A0van\u200Bder Berg\t");
		assertThat(coverage.missingGlyphs(model)).isEmpty();
	}

	@Test
	void aTemplateFolderBringsItsOwnFonts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
		java.nio.file.Path template = PdfFiles.copyDefaultTemplate(folder);
		java.nio.file.Files.delete(template.resolve("fonts/NotoNaskhArabic-Regular.ttf"));
		java.nio.file.Files.delete(template.resolve("fonts/NotoNaskhArabic-Bold.ttf"));
		GlyphCoverage coverage = new GlyphCoverage(new PdfTemplates(TestFonts.withoutCjk()));
		assertThat(coverage.missingGlyphs(SamplePacks.manyScripts(), template)).extracting(MissingGlyph::field)
			.contains("panelists[7].name", "panelists[7].title");
	}

}
