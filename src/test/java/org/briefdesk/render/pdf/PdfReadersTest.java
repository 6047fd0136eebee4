package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.SamplePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF as the machine's own readers see it, made as a user's machine makes it: with the
 * installed CJK font (fonts-noto-cjk) found where Debian puts it, read back by qpdf and poppler
 * (pdffonts, pdftotext). Tagged {@code readers}: runs with {@code ./mvnw verify -Preaders}
 * (.ci/run installs the tools); a missing tool or font fails the test, never skips it.
 */
@Tag("readers")
class PdfReadersTest {

	/** The settings of a machine with nothing configured: the installed-font search. */
	static final PdfExporter exporter = new PdfExporter(new PdfTemplates(PdfProperties.defaults()));

	static Path many;

	static Path vienna;

	@BeforeAll
	static void renderWithTheInstalledFonts(@TempDir Path folder) throws Exception {
		many = PdfFiles.write(folder, "many.pdf", exporter.renderToBytes(SamplePacks.manyScripts(), null).bytes());
		vienna = PdfFiles.write(folder, "vienna.pdf", exporter.renderToBytes(SamplePacks.vienna2023(), null).bytes());
	}

	@Test
	void theInstalledCjkFontIsFoundAndCoversThePackOfManyScripts() {
		GlyphCoverage coverage = new GlyphCoverage(new PdfTemplates(PdfProperties.defaults()));
		assertThat(coverage.missingGlyphs(SamplePacks.manyScripts())).isEmpty();
	}

	@Test
	void pdffontsShowsChineseInTheInstalledCjkFontAndEveryFontEmbeddedAsASubset() {
		PdfFiles.Result result = PdfFiles.run("pdffonts", many.toString());
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("NotoSansCJKsc-Regular").contains("NotoNaskhArabic-Regular")
			.contains("NotoSerif-Regular");
		assertEveryRowEmbeddedAndSubset(result);
		assertEveryRowEmbeddedAndSubset(PdfFiles.run("pdffonts", vienna.toString()));
	}

	@Test
	void qpdfFindsNoProblem() {
		for (Path pdf : List.of(many, vienna)) {
			PdfFiles.Result result = PdfFiles.run("qpdf", "--check", pdf.toString());
			assertThat(result.exitCode()).as(result.output()).isZero();
			assertThat(result.output()).contains("No syntax or stream encoding errors");
		}
	}

	@Test
	void pdftotextReadsEveryNameInEveryScript() {
		String text = PdfFiles.nfkc(PdfFiles.pdftotext(many)).replaceAll("\\s+", " ");
		PackModel pack = SamplePacks.manyScripts();
		for (PanelistView panelist : pack.panelists()) {
			assertThat(text).contains(panelist.name());
		}
		assertThat(text).contains("Ms. 王芳").contains("中华人民共和国外交部").contains("غادة والي");
	}

	/** pdffonts: name type encoding emb sub uni object-id; "emb" and "sub" are fifth and fourth from the end. */
	private static void assertEveryRowEmbeddedAndSubset(PdfFiles.Result result) {
		List<String> rows = result.output().lines().skip(2).toList();
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			String[] columns = row.trim().split("\\s+");
			assertThat(columns[columns.length - 5]).as("embedded: %s", row).isEqualTo("yes");
			assertThat(columns[columns.length - 4]).as("subset: %s", row).isEqualTo("yes");
		});
	}

}
