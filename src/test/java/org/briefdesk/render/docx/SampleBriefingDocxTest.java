package org.briefdesk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every sample briefing of a fresh library, exported to Word as `export docx` does, reads
 * back with every panelist (name and title), every key figure with its footnote, every
 * source, and the event in the header.
 */
@BriefdeskTest
class SampleBriefingDocxTest {

	@Autowired
	PackModelSource packs;

	@Autowired
	DocxExporter exporter;

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void aSampleBriefingExportsToWordWithEveryNameFigureAndSource(String briefingId) throws IOException {
		PackModel pack = this.packs.forBriefing(briefingId);
		Path file = this.exporter.render(pack, null, this.folder.resolve(briefingId + ".docx"), false);
		XWPFDocument document = DocxReading.open(file);
		String text = DocxReading.bodyText(document);
		for (PanelistView panelist : pack.panelists()) {
			assertThat(text).contains(panelist.fullName());
			if (!panelist.title().isBlank()) {
				assertThat(text).contains(panelist.title());
			}
		}
		for (FigureView figure : pack.figures()) {
			assertThat(text).contains(figure.statement());
		}
		for (SourceView source : pack.sources()) {
			assertThat(text).contains(source.citation());
		}
		assertThat(DocxReading.footnotes(document)).hasSize(pack.figures().size());
		String headers = String.join("\n", document.getHeaderList().stream().map(h -> h.getText()).toList());
		assertThat(headers).contains(pack.event().title());
	}

}
