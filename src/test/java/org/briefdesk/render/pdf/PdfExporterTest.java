package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {

	static final PdfExporter exporter = new PdfExporter(new PdfTemplates(TestFonts.withCjkSubset()));

	static byte[] vienna;

	@TempDir
	Path folder;

	@BeforeAll
	static void renderTheViennaPack() {
		vienna = exporter.renderToBytes(SamplePacks.vienna2023(), null).bytes();
	}

	@Test
	void thePdfHoldsEveryPanelistFigureAndSource() throws Exception {
		String text = PdfFiles.text(vienna).replaceAll("\\s+", " ");
		PackModel pack = SamplePacks.vienna2023();
		for (PanelistView panelist : pack.panelists()) {
			assertThat(text).contains(panelist.fullName()).contains(panelist.title());
		}
		for (FigureView figure : pack.figures()) {
			assertThat(text).contains(figure.value()).contains(figure.statement());
		}
		for (SourceView source : pack.sources()) {
			assertThat(text).contains(source.citation());
		}
	}

	@Test
	void aReaderInReadingOrderFindsTheSameNamesFiguresAndSources() throws Exception {
		String text = PdfFiles.readingOrder(vienna).replaceAll("\\s+", " ");
		PackModel pack = SamplePacks.vienna2023();
		assertThat(text).contains("Ms. Hanna Antonova", "Ms. Tea Machaidze", "Mr. Mukundi Mutasa", "1 in 3",
				"ICAT's membership has grown to 31 organizations.", pack.sources().get(0).citation());
	}

	@Test
	void everyFontIsEmbeddedAsASubset() throws Exception {
		List<PdfFiles.Font> fonts = PdfFiles.fonts(vienna);
		assertThat(fonts).isNotEmpty().allMatch(PdfFiles.Font::embedded, "embedded");
		assertThat(fonts).allMatch(PdfFiles.Font::subset, "a subset (six-letter tag)");
	}

	@Test
	void aStrictReaderFindsNoProblem() {
		assertThat(PdfFiles.checkStructure(vienna)).isPositive();
		assertThat(PdfFiles.checkStructure(exporter.renderToBytes(SamplePacks.manyScripts(), null).bytes())).isPositive();
	}

	@Test
	void theMetadataGiveTitleSubjectAuthorAndLanguage() throws Exception {
		PdfReader reader = new PdfReader(vienna);
		Map<String, String> info = reader.getInfo();
		PdfDictionary catalog = reader.getCatalog();
		reader.close();
		assertThat(info).containsEntry("Title", "Briefing to Member States on the work of ICAT")
			.containsEntry("Author", "ICAT Secretariat");
		assertThat(info.get("Subject")).contains("Briefing to Member States")
			.contains("Briefing on the Inter-Agency Coordination Group against Trafficking in Persons");
		assertThat(catalog.getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("en");
		assertThat(catalog.get(PdfName.METADATA)).isNotNull();
	}

	@Test
	void everySectionHasABookmark() throws Exception {
		PdfReader reader = new PdfReader(vienna);
		List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
		reader.close();
		assertThat(bookmarks).extracting(bookmark -> bookmark.get("Title"))
			.containsExactly("Briefing to Member States on the work of ICAT", "1. Purpose and background",
					"2. Programme", "3. Panelists", "4. The chair's priorities", "5. Key figures", "6. Quotes",
					"7. Talking points", "8. Logistics", "9. Sources");
	}

	@Test
	void pagesAreNumberedPageNOfM() throws Exception {
		RenderedPdf pdf = exporter.renderToBytes(SamplePacks.vienna2023(), null);
		String text = PdfFiles.text(pdf.bytes());
		for (int page = 2; page <= pdf.pages(); page++) {
			assertThat(text).contains("Page " + page + " of " + pdf.pages());
		}
		assertThat(text).doesNotContain("Page 1 of");
	}

	@Test
	void aPackWithoutAnIssuerHasNoDanglingSeparatorInTheFooterOrTheCoverNote() throws Exception {
		PackModel pack = SamplePacks.withIssuer(SamplePacks.vienna2023(), "");
		Path pdf = PdfFiles.write(this.folder, "no-issuer.pdf", exporter.renderToBytes(pack, null).bytes());
		String footer = PdfFiles.readingOrder(pdf, 2, 2).replaceAll("\\s+", " ");
		assertThat(footer).contains(pack.event().kind() + " · " + pack.event().date()).doesNotContain("· ·")
			.doesNotContain(" · " + pack.event().kind());
		assertThat(PdfFiles.readingOrder(pdf, 1, 1).replaceAll("\\s+", " ")).contains("Prepared on ")
			.doesNotContain("Prepared by on");
	}

	@Test
	void theRunningHeaderShowsTheEventTitleFromPageTwoOn() throws Exception {
		Path pdf = PdfFiles.write(this.folder, "vienna.pdf", vienna);
		String eventTitle = SamplePacks.vienna2023().event().title();
		assertThat(PdfFiles.readingOrder(pdf, 2, 2)).startsWith(eventTitle);
		assertThat(PdfFiles.readingOrder(pdf, 1, 1)).doesNotStartWith(eventTitle);
	}

	@Test
	void aTableRunningOverPagesRepeatsItsHeaderRow() throws Exception {
		Path pdf = PdfFiles.write(this.folder, "ten.pdf", exporter.renderToBytes(BenchPacks.tenPages(false), null).bytes());
		int pagesWithPanelHeader = 0;
		for (int page = 2; page <= 9; page++) {
			if (PdfFiles.readingOrder(pdf, page, page).contains("TITLE AND ORGANISATION")) {
				pagesWithPanelHeader++;
			}
		}
		assertThat(pagesWithPanelHeader).isGreaterThanOrEqualTo(2);
	}

	@Test
	void thePageIsA4AndLetterIsOneLineOfCss() throws Exception {
		PdfReader a4 = new PdfReader(vienna);
		assertThat(a4.getPageSize(1).getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
		a4.close();
		Path template = PdfFiles.copyDefaultTemplate(this.folder);
		Path css = template.resolve("briefing.css");
		Files.writeString(css, Files.readString(css).replace("size: A4;", "size: letter;"), StandardCharsets.UTF_8);
		PdfReader letter = new PdfReader(exporter.renderToBytes(SamplePacks.vienna2023(), template).bytes());
		assertThat(letter.getPageSize(1).getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(0.5f));
		assertThat(letter.getPageSize(1).getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(0.5f));
		letter.close();
	}

	@Test
	void exportWritesTheFileUnderTheBriefingIdAndEventDate() throws Exception {
		Path written = exporter.render(SamplePacks.vienna2023(), null, this.folder, false).file();
		assertThat(written).isEqualTo(this.folder.resolve("vienna-2023-briefing-2023-10-03.pdf"));
		assertThat(PdfFiles.text(Files.readAllBytes(written))).contains("Hanna Antonova");
	}

	@Test
	void theDefaultFileNameIsTheBriefingIdAndTheEventDate() {
		assertThat(exporter.defaultFileName(SamplePacks.vienna2023()))
			.isEqualTo(Path.of("vienna-2023-briefing-2023-10-03.pdf"));
	}

	@Test
	void exportRefusesToOverwriteAnExistingFileAndLeavesItUnchanged() throws Exception {
		Path existing = this.folder.resolve("pack.pdf");
		Files.writeString(existing, "the earlier pack");
		assertThatThrownBy(() -> exporter.render(SamplePacks.vienna2023(), null, existing, false))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("already exists")
			.hasMessageContaining("--overwrite");
		assertThat(Files.readString(existing)).isEqualTo("the earlier pack");
		try (var files = Files.list(this.folder)) {
			assertThat(files).containsExactly(existing);
		}
	}

	@Test
	void exportReplacesAnExistingFileWhenAskedTo() throws Exception {
		Path existing = this.folder.resolve("pack.pdf");
		Files.writeString(existing, "the earlier pack");
		exporter.render(SamplePacks.vienna2023(), null, existing, true);
		assertThat(PdfFiles.text(Files.readAllBytes(existing))).contains("Tea Machaidze");
	}

	@Test
	void anEmptySectionLeavesOutItsHeadingAndBookmark() throws Exception {
		PackModel base = SamplePacks.vienna2023();
		PackModel withoutQuotes = new PackModel(base.title(), base.subtitle(), base.briefingId(), base.language(),
				base.issuedBy(), base.event(), base.chair(), base.moderator(), base.coChairs(), base.purpose(),
				base.programme(), base.panelists(), base.prioritySet(), base.priorities(), base.figures(), List.of(),
				base.talkingPoints(), base.logistics(), base.sources(), base.generatedOn(), base.generatedOnIso());
		byte[] pdf = exporter.renderToBytes(withoutQuotes, null).bytes();
		PdfReader reader = new PdfReader(pdf);
		List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
		reader.close();
		assertThat(bookmarks).extracting(bookmark -> bookmark.get("Title")).doesNotContain("Quotes");
		assertThat(PdfFiles.text(pdf)).doesNotContain("Quotes");
	}

}
