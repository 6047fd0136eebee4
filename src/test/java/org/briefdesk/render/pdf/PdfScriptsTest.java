package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.TestFonts;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script the pack may hold comes out of the PDF as text, set in an embedded font; read
 * back with PDFBox. Chinese is set in the CJK font of the settings, here the test subset
 * ({@link TestFonts}); {@link PdfReadersTest} checks the same with the installed fonts and poppler.
 */
class PdfScriptsTest {

	static final PdfExporter exporter = new PdfExporter(new PdfTemplates(TestFonts.withCjkSubset()));

	static byte[] bytes;

	static Path pdf;

	static String text;

	@BeforeAll
	static void renderTheManyScriptsPack(@TempDir Path folder) throws Exception {
		bytes = exporter.renderToBytes(SamplePacks.manyScripts(), null).bytes();
		pdf = PdfFiles.write(folder, "many.pdf", bytes);
		text = PdfFiles.readingOrder(pdf);
	}

	@Test
	void latinNamesKeepTheirDiacritics() {
		assertThat(text).contains("Mr. Grzegorz Poznański").contains("Ms. Åsa Regner");
	}

	@Test
	void greekNamesComeOutWhole() {
		assertThat(text).contains("Ms. Ελένη Παπαδοπούλου").contains("Υπουργείο Εξωτερικών");
	}

	@Test
	void cyrillicNamesComeOutWhole() {
		assertThat(text).contains("Mr. Григорий Лукьянцев").contains("Специальный представитель");
	}

	@Test
	void arabicIsShapedAndReadsRightToLeftInTheRightOrder() throws Exception {
		String arabicLine = text.lines().filter(line -> line.contains("Ms.") && nfkcContains(line, "غادة"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line with the Arabic name in:\n" + text));
		// shaped: the letters are drawn in their joined forms (Arabic presentation forms)
		assertThat(PdfFiles.drawnCharacters(bytes).codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count())
			.as("Arabic glyphs in their joined forms").isGreaterThanOrEqualTo("غادة والي".length() - 1);
		// and read back in logical order: first name, then family name
		assertThat(PdfFiles.nfkc(arabicLine)).contains("غادة والي");
		assertThat(PdfFiles.nfkc(text)).contains("مكتب الأمم المتحدة المعني بالمخدرات والجريمة");
	}

	@Test
	void arabicIsSetInTheBundledArabicFont() throws Exception {
		assertThat(fontNames()).anyMatch(name -> name.endsWith("+NotoNaskhArabic-Bold"))
			.anyMatch(name -> name.endsWith("+NotoNaskhArabic-Regular"));
	}

	@Test
	void chineseIsSetInTheCjkFontOfTheSettings() throws Exception {
		assertThat(text).contains("Ms. 王芳").contains("中华人民共和国外交部");
		assertThat(fontNames()).anyMatch(name -> name.contains("+NotoSansCJKsc-Regular"));
	}

	@Test
	void latinTextIsSetInTheBundledTextFontsOnly() throws Exception {
		assertThat(fontNames()).anyMatch(name -> name.endsWith("+NotoSerif-Regular"))
			.anyMatch(name -> name.endsWith("+NotoSans-Bold"))
			.noneMatch(name -> name.contains("Times") || name.contains("Helvetica"));
	}

	@Test
	void everyFontIsEmbeddedAsASubset() throws Exception {
		assertThat(PdfFiles.fonts(bytes)).isNotEmpty()
			.allMatch(PdfFiles.Font::embedded, "embedded")
			.allMatch(PdfFiles.Font::subset, "a subset (six-letter tag)");
	}

	@Test
	void aStrictReaderFindsNoProblem() {
		assertThat(PdfFiles.checkStructure(bytes)).isPositive();
	}

	@Test
	void withoutACjkFontTheExportNamesThePersonAndTheCharacter() {
		PdfExporter withoutCjk = new PdfExporter(new PdfTemplates(TestFonts.withoutCjk()));
		assertThatThrownBy(() -> withoutCjk.renderToBytes(SamplePacks.manyScripts(), null))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("panelists[8].")
			.hasMessageContaining("王芳")
			.hasMessageContaining("U+738B")
			.hasMessageContaining("fonts-noto-cjk");
	}

	@Test
	void anExtraFontCoversAScriptTheTemplateDoesNot(@TempDir Path folder) throws Exception {
		PackModel hebrew = withPanelist(SamplePacks.vienna2023(), "ישראל ישראלי");
		assertThatThrownBy(() -> exporter.renderToBytes(hebrew, null)).hasMessageContaining("ישראל ישראלי")
			.hasMessageContaining("U+05D9");
		PdfExporter withHebrew = new PdfExporter(new PdfTemplates(
				new PdfProperties(List.of(TestFonts.HEBREW.toString()), TestFonts.noInstalledCjkFont())));
		byte[] pdf = withHebrew.renderToBytes(hebrew, null).bytes();
		// drawn right to left, read back in logical order
		assertThat(PdfFiles.nfkc(PdfFiles.readingOrder(PdfFiles.write(folder, "hebrew.pdf", pdf)))).contains("ישראל ישראלי");
		assertThat(PdfFiles.fonts(pdf)).extracting(PdfFiles.Font::name).anyMatch(name -> name.contains("NotoSansHebrew"));
	}

	private static List<String> fontNames() throws java.io.IOException {
		return PdfFiles.fonts(bytes).stream().map(PdfFiles.Font::name).toList();
	}

	private static boolean nfkcContains(String line, String word) {
		return PdfFiles.nfkc(line).contains(word);
	}

	static PackModel withPanelist(PackModel base, String name) {
		List<PanelistView> panelists = new ArrayList<>(base.panelists());
		panelists.add(new PanelistView(panelists.size() + 1, "Speaker", "extra", "Mr.", name, "Mr. " + name, "Guest",
				"Ministry", "", ""));
		return new PackModel(base.title(), base.subtitle(), base.briefingId(), base.language(), base.issuedBy(),
				base.event(), base.chair(), base.moderator(), base.coChairs(), base.purpose(), base.programme(), panelists,
				base.prioritySet(), base.priorities(), base.figures(), base.quotes(), base.talkingPoints(),
				base.logistics(), base.sources(), base.generatedOn(), base.generatedOnIso());
	}

}
