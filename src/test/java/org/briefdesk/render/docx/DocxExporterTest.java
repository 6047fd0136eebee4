package org.briefdesk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.PersonView;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxExporterTest {

	@TempDir
	Path folder;

	private final DocxExporter exporter = new DocxExporter(new DocxTemplateChecker());

	@Test
	void everyPanelistNameTitleAndOrganisationIsInTheExport() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		XWPFDocument document = export(pack);
		String text = DocxReading.bodyText(document);
		for (PanelistView panelist : pack.panelists()) {
			assertThat(text).contains(panelist.fullName(), panelist.title(), panelist.organisation(), panelist.role());
		}
	}

	@Test
	void namesInLatinWithDiacriticsCyrillicArabicChineseAndGreekComeOutAsWritten() throws IOException {
		PackModel pack = SamplePacks.manyScripts();
		String text = DocxReading.bodyText(export(pack));
		assertThat(text).contains("Grzegorz Poznański", "Åsa Regner", "Григорий Лукьянцев", "غادة والي", "王芳",
				"Ελένη Παπαδοπούλου", "Специальный представитель", "المديرة التنفيذية", "中华人民共和国外交部");
	}

	@Test
	void everyKeyFigureCarriesAWordFootnoteWithItsSourceCitation() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		XWPFDocument document = export(pack);
		XWPFTable figures = tableAfterHeading(document, "Key figures");
		List<XWPFTableRow> rows = figures.getRows();
		assertThat(rows).hasSize(pack.figures().size() + 1);
		for (int i = 0; i < pack.figures().size(); i++) {
			FigureView figure = pack.figures().get(i);
			XWPFTableRow row = rows.get(i + 1);
			assertThat(row.getCell(0).getText()).isEqualTo(figure.value());
			assertThat(row.getCell(1).getText()).contains(figure.statement());
			List<Integer> references = footnoteReferences(row.getCtRow().xmlText());
			assertThat(references).as("footnote marks on figure %d", i + 1).hasSize(1);
			XWPFFootnote footnote = document.getFootnoteByID(references.get(0));
			String citation = pack.sources()
				.stream()
				.filter(source -> source.number() == figure.note())
				.map(SourceView::citation)
				.findFirst()
				.orElseThrow();
			assertThat(footnote.getParagraphs().get(0).getText()).contains(citation);
		}
	}

	@Test
	void theSourcesSectionListsEverySourceWithItsNumber() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		XWPFDocument document = export(pack);
		List<String> entries = DocxReading.paragraphsWithStyle(document, "SourceEntry")
			.stream()
			.map(XWPFParagraph::getText)
			.toList();
		assertThat(entries).hasSize(pack.sources().size());
		for (SourceView source : pack.sources()) {
			assertThat(entries.get(source.number() - 1)).startsWith(source.number() + ".").contains(source.citation());
		}
	}

	@Test
	void headerAndFooterAreFilledAndTheFooterNumbersThePages() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		XWPFDocument document = export(pack);
		String headers = document.getHeaderList().stream().map(XWPFHeader::getText).reduce("", String::concat);
		String footers = document.getFooterList().stream().map(XWPFFooter::getText).reduce("", String::concat);
		assertThat(headers).contains(pack.event().title()).doesNotContain("{{");
		assertThat(footers).contains(pack.issuedBy(), pack.event().date()).doesNotContain("{{");
		String footerXml = document.getFooterList()
			.stream()
			.map(footer -> footer._getHdrFtr().xmlText())
			.reduce("", String::concat);
		assertThat(footerXml).contains(" PAGE ").contains(" NUMPAGES ");
	}

	@Test
	void theCoverShowsTheEventAndItsCoChairs() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		String text = DocxReading.bodyText(export(pack));
		assertThat(text).contains(pack.title(), pack.subtitle(), pack.event().title(), pack.event().date(),
				pack.event().place(), "International Organization for Migration (IOM)",
				"Office of the Special Representative of the Secretary-General on Violence against Children (OSRSG-VAC)");
	}

	@Test
	void anEmptyTextHidesItsBlockAndAFilledOneShowsIt() throws IOException {
		PackModel nobodyChairs = SamplePacks.vienna2023();
		assertThat(DocxReading.bodyText(export(nobodyChairs))).doesNotContain("Chair\t").doesNotContain("Moderator");
		PersonView chair = new PersonView("x", "H.E. Ambassador", "Alena Kupchyna", "H.E. Ambassador Alena Kupchyna",
				"Coordinator", "OSCE", "OSCE", "Leads the OSCE's work against trafficking.");
		PackModel chaired = withChair(nobodyChairs, chair);
		assertThat(DocxReading.bodyText(export(chaired))).contains("Chair\tH.E. Ambassador Alena Kupchyna, Coordinator, OSCE");
	}

	@Test
	void aPanelistsBiographyIsShownOnlyWhereOneIsKnown() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		List<PanelistView> panelists = new ArrayList<>(pack.panelists());
		PanelistView first = panelists.get(0);
		panelists.set(0, new PanelistView(first.number(), first.role(), first.id(), first.honorific(), first.name(),
				first.fullName(), first.title(), first.organisation(), first.organisationAcronym(),
				"Leads the ICAT Secretariat at UNODC."));
		XWPFDocument document = export(withPanelists(pack, panelists));
		List<String> bodyParagraphs = DocxReading.paragraphsWithStyle(document, "BodyText")
			.stream()
			.map(XWPFParagraph::getText)
			.toList();
		assertThat(bodyParagraphs).contains("Leads the ICAT Secretariat at UNODC.");
		assertThat(bodyParagraphs).noneMatch(String::isBlank);
	}

	@Test
	void theProgrammeTableHasOneRowPerAgendaItem() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		XWPFTable programme = tableAfterHeading(export(pack), "Programme");
		assertThat(programme.getRows()).hasSize(pack.programme().size() + 1);
		assertThat(programme.getRow(2).getCell(0).getText()).isEqualTo(pack.programme().get(1).time());
		assertThat(programme.getRow(2).getCell(2).getText()).isEqualTo(pack.programme().get(1).speakers());
	}

	@Test
	void theChairsPrioritiesAreANumberedList() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		List<XWPFParagraph> items = DocxReading.paragraphsWithStyle(export(pack), "ListNumber");
		List<XWPFParagraph> priorities = items.subList(0, pack.priorities().size());
		for (int i = 0; i < priorities.size(); i++) {
			assertThat(priorities.get(i).getText()).isEqualTo(pack.priorities().get(i).text());
			assertThat(priorities.get(i).getNumID()).isEqualTo(priorities.get(0).getNumID());
		}
	}

	@Test
	void theContentsListTheExportsHeadingsWithPageReferences() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		XWPFDocument document = export(pack);
		List<String> level1 = DocxReading.paragraphsWithStyle(document, "TOC1")
			.stream()
			.map(paragraph -> paragraph.getText().strip())
			.toList();
		assertThat(level1).containsExactly("Purpose and background", "Programme", "Panelists", "Chair's priorities",
				"Key figures", "Quotes", "Talking points", "Logistics", "Sources");
		List<XWPFParagraph> level2 = DocxReading.paragraphsWithStyle(document, "TOC2");
		assertThat(level2).extracting(paragraph -> paragraph.getText().strip())
			.containsExactly(pack.panelists().stream().map(PanelistView::fullName).toArray(String[]::new));
		assertThat(level2.get(0).getCTP().xmlText()).contains("PAGEREF _Toc");
	}

	@Test
	void aPackWithoutAnIssuerHasNoDanglingSeparatorInTheFooterOrTheCoverNote() throws IOException {
		PackModel pack = SamplePacks.withIssuer(SamplePacks.vienna2023(), "");
		XWPFDocument document = export(pack);
		String footers = String.join("\n", document.getFooterList().stream().map(f -> f.getText().strip()).toList());
		assertThat(footers).contains(pack.event().date()).doesNotContain("· " + pack.event().date());
		assertThat(DocxReading.bodyText(document)).contains("Prepared on " + pack.generatedOn())
			.doesNotContain("Prepared by  on");
	}

	@Test
	void noPlaceholderIsLeftInTheExport() throws IOException {
		XWPFDocument document = export(SamplePacks.manyScripts());
		String everything = DocxReading.bodyText(document) + document.getHeaderList().get(0).getText()
				+ document.getFooterList().get(0).getText();
		assertThat(everything).doesNotContain("{{").doesNotContain("}}").doesNotContain("[time]").doesNotContain("[^note]");
	}

	@Test
	void theDefaultFileNameJoinsBriefingIdAndEventDate() {
		assertThat(DocxExporter.defaultFileName(SamplePacks.vienna2023())).isEqualTo("vienna-2023-briefing-2023-10-03.docx");
	}

	@Test
	void theExportIsPublishedAtTheGivenPath() throws IOException {
		Path out = this.folder.resolve("pack.docx");
		Path written = this.exporter.render(SamplePacks.vienna2023(), null, out, false);
		assertThat(written).isEqualTo(out);
		assertThat(DocxReading.bodyText(DocxReading.open(out))).contains("Hanna Antonova");
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files).containsExactly(out);
		}
	}

	@Test
	void exportRefusesToOverwriteAnExistingFileAndLeavesItUnchanged() throws IOException {
		Path out = this.folder.resolve("pack.docx");
		Files.writeString(out, "an earlier pack", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exporter.render(SamplePacks.vienna2023(), null, out, false))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("already exists")
			.hasMessageContaining("--overwrite");
		assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("an earlier pack");
	}

	@Test
	void overwriteReplacesAnExistingFileWhenAsked() throws IOException {
		Path out = this.folder.resolve("pack.docx");
		Files.writeString(out, "an earlier pack", StandardCharsets.UTF_8);
		this.exporter.render(SamplePacks.vienna2023(), null, out, true);
		assertThat(DocxReading.bodyText(DocxReading.open(out))).contains("Hanna Antonova");
	}

	@Test
	void aTemplateWithAMistakeIsRefusedWithTheCheckMessageAndNothingIsWritten() throws IOException {
		Path template = BadTemplates.write(this.folder.resolve("bad.docx"),
				BadTemplates.paragraphs("Title: {{title}}", "{{?panelists}}", "{{fullName}}"));
		Path out = this.folder.resolve("pack.docx");
		String expected = new DocxTemplateChecker().check(template).firstProblem();
		assertThatThrownBy(() -> this.exporter.render(SamplePacks.vienna2023(), template, out, false))
			.isInstanceOf(BriefdeskException.class)
			.hasMessage(expected)
			.hasMessageContaining("body paragraph 2")
			.hasMessageContaining("never closed");
		assertThat(out).doesNotExist();
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files).containsExactly(template);
		}
	}

	@Test
	void aTemplateThatPassedAndIsThenBrokenAtTheSamePathIsRefused() throws IOException {
		Path template = this.folder.resolve("mine.docx");
		BadTemplates.write(template, BadTemplates.paragraphs("Title: {{title}}"));
		assertThat(DocxReading.bodyText(DocxReading.open(this.exporter.render(SamplePacks.vienna2023(), template))))
			.contains(SamplePacks.vienna2023().title());
		Files.delete(template);
		BadTemplates.write(template, BadTemplates.paragraphs("Title: {{title}}", "{{event.nope}}"));
		assertThatThrownBy(() -> this.exporter.render(SamplePacks.vienna2023(), template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("unknown field {{event.nope}}");
	}

	@Test
	void theSameTemplateExportedAgainFillsEachPackWithItsOwnData() throws IOException {
		String first = DocxReading.bodyText(export(SamplePacks.vienna2023()));
		String second = DocxReading.bodyText(export(SamplePacks.manyScripts()));
		assertThat(first).contains("Hanna Antonova").doesNotContain("王芳");
		assertThat(second).contains("王芳");
		assertThat(DocxReading.bodyText(export(SamplePacks.vienna2023()))).isEqualTo(first);
	}

	@Test
	void aUserTemplateWithoutFootnotesGetsRealFootnotesAndSeparators() throws IOException {
		Path template = BadTemplates.write(this.folder.resolve("plain.docx"),
				BadTemplates.paragraphs("{{?figures}}", "{{statement}}{{^note}}", "{{/figures}}"));
		XWPFDocument document = DocxReading.open(this.exporter.render(SamplePacks.vienna2023(), template));
		assertThat(DocxReading.footnotes(document)).hasSize(2);
		assertThat(DocxReading.footnotes(document).get(0)).contains(SamplePacks.vienna2023().sources().get(0).citation());
		assertThat(document.getFootnotes()).hasSize(4); // separator, continuation separator, two notes
	}

	private XWPFDocument export(PackModel pack) throws IOException {
		return DocxReading.open(this.exporter.render(pack, null));
	}

	private static XWPFTable tableAfterHeading(XWPFDocument document, String heading) {
		boolean found = false;
		for (var element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph && "Heading1".equals(paragraph.getStyleID())) {
				found = paragraph.getText().strip().equals(heading);
			}
			else if (found && element instanceof XWPFTable table) {
				return table;
			}
		}
		throw new AssertionError("no table after heading " + heading);
	}

	private static List<Integer> footnoteReferences(String xml) {
		List<Integer> ids = new ArrayList<>();
		Matcher matcher = Pattern.compile("footnoteReference w:id=\"(\\d+)\"").matcher(xml);
		while (matcher.find()) {
			ids.add(Integer.parseInt(matcher.group(1)));
		}
		return ids;
	}

	private static PackModel withChair(PackModel p, PersonView chair) {
		return new PackModel(p.title(), p.subtitle(), p.briefingId(), p.language(), p.issuedBy(), p.event(), chair,
				p.moderator(), p.coChairs(), p.purpose(), p.programme(), p.panelists(), p.prioritySet(), p.priorities(),
				p.figures(), p.quotes(), p.talkingPoints(), p.logistics(), p.sources(), p.generatedOn(), p.generatedOnIso());
	}

	private static PackModel withPanelists(PackModel p, List<PanelistView> panelists) {
		return new PackModel(p.title(), p.subtitle(), p.briefingId(), p.language(), p.issuedBy(), p.event(), p.chair(),
				p.moderator(), p.coChairs(), p.purpose(), p.programme(), panelists, p.prioritySet(), p.priorities(),
				p.figures(), p.quotes(), p.talkingPoints(), p.logistics(), p.sources(), p.generatedOn(), p.generatedOnIso());
	}

	static byte[] bytes(XWPFDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return out.toByteArray();
	}

}
