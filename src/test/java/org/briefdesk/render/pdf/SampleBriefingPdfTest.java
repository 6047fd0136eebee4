package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every sample briefing of a fresh library, exported to PDF as `export pdf` does, reads back:
 * a strict PDFBox finds no problem, every font is embedded as a subset, and the text holds
 * every panelist, figure and source; with {@code -Preaders}, the same by qpdf, pdffonts and
 * pdftotext.
 */
@BriefdeskTest
@BothStores
class SampleBriefingPdfTest {

	@Autowired
	PackModelSource packs;

	@Autowired
	PdfExporter exporter;

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void aSampleBriefingExportsToAPdfAStrictReaderAccepts(String briefingId) throws Exception {
		PackModel pack = this.packs.forBriefing(briefingId);
		Path pdf = this.folder.resolve(briefingId + ".pdf");
		this.exporter.render(pack, null, pdf, false);
		byte[] bytes = Files.readAllBytes(pdf);

		assertThat(PdfFiles.checkStructure(bytes)).isPositive();
		assertThat(PdfFiles.fonts(bytes)).isNotEmpty()
			.allMatch(PdfFiles.Font::embedded, "embedded")
			.allMatch(PdfFiles.Font::subset, "a subset");
		assertHoldsEveryPanelistFigureAndSource(pack, oneLine(PdfFiles.drawingOrder(bytes)));
	}

	@Tag("readers")
	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void aSampleBriefingExportsToAPdfTheRealReadersAccept(String briefingId) {
		PackModel pack = this.packs.forBriefing(briefingId);
		Path pdf = this.folder.resolve(briefingId + ".pdf");
		this.exporter.render(pack, null, pdf, false);

		PdfFiles.Result check = PdfFiles.run("qpdf", "--check", pdf.toString());
		assertThat(check.exitCode()).as(check.output()).isZero();

		PdfFiles.Result fonts = PdfFiles.run("pdffonts", pdf.toString());
		List<String> rows = fonts.output().lines().skip(2).toList();
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			String[] columns = row.trim().split("\\s+");
			assertThat(columns[columns.length - 5]).as("embedded: %s", row).isEqualTo("yes");
		});

		assertHoldsEveryPanelistFigureAndSource(pack, oneLine(PdfFiles.pdftotext(pdf)));
	}

	private static void assertHoldsEveryPanelistFigureAndSource(PackModel pack, String text) {
		for (PanelistView panelist : pack.panelists()) {
			assertThat(text).contains(oneLine(panelist.name()));
		}
		for (FigureView figure : pack.figures()) {
			assertThat(text).containsPattern(besideItsFigureCell(figure));
		}
		for (SourceView source : pack.sources()) {
			assertThat(text).contains(oneLine(source.citation()));
		}
	}

	/**
	 * The statement, word for word, where the text of the PDF may interleave the words of the
	 * Figure cell beside it ("more than" / "20" / "organisations" wrap next to the statement's
	 * lines) and its note number: reading a two-column table line by line mixes the columns.
	 */
	private static java.util.regex.Pattern besideItsFigureCell(FigureView figure) {
		List<String> cell = new java.util.ArrayList<>(List.of(oneLine(figure.value()).split(" ")));
		cell.add(Integer.toString(figure.note()));
		String interleaved = "(?:\\s+(?:" + String.join("|", cell.stream().filter(w -> !w.isEmpty())
			.map(java.util.regex.Pattern::quote).toList()) + "))*";
		List<String> words = List.of(oneLine(figure.statement()).strip().split(" "));
		return java.util.regex.Pattern.compile(String.join(interleaved + "\\s+",
				words.stream().map(java.util.regex.Pattern::quote).toList()));
	}

	private static String oneLine(String text) {
		return PdfFiles.nfkc(text).replaceAll("\\s+", " ");
	}

}
