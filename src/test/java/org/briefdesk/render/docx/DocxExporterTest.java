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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.PersonView;
import org.briefdesk.render.PackModel.QuoteView;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.render.docx.DocxReading.Link;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxExporterTest {

	@TempDir
	Path folder;

	private final DocxExporter exporter = new DocxExporter(new CheckedTemplates());

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
	void everyKeyFigureCitesItsSourceWithTheSourcesNumberLinkedToItsEntryNotAFootnote() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		XWPFDocument document = export(pack);
		XWPFTable figures = DocxReading.tableAfterHeading(document, pack.headings().figures());
		List<XWPFTableRow> rows = figures.getRows();
		assertThat(rows).hasSize(pack.figures().size() + 1);
		for (int i = 0; i < pack.figures().size(); i++) {
			FigureView figure = pack.figures().get(i);
			XWPFTableRow row = rows.get(i + 1);
			assertThat(row.getCell(0).getText()).isEqualTo(figure.value());
			XWPFParagraph statement = row.getCell(1).getParagraphs().get(0);
			assertThat(statement.getText()).isEqualTo(figure.statement() + figure.note());
			assertThat(DocxReading.links(statement)).containsExactly(new Link("source_" + figure.note(), "" + figure.note()));
			assertThat(row.getCell(1).getParagraphs().get(1).getText())
				.isEqualTo("Source: " + figure.source() + " (" + figure.sourceYear() + ").");
		}
		List<XWPFParagraph> entries = DocxReading.paragraphsWithStyle(document, "SourceEntry");
		for (SourceView source : pack.sources()) {
			assertThat(DocxReading.bookmarks(entries.get(source.number() - 1))).containsExactly("source_" + source.number());
		}
		assertThat(document.getFootnotes()).isEmpty();
		assertThat(figures.getCTTbl().xmlText()).doesNotContain("footnoteReference");
	}

	@Test
	void aQuoteWithoutASourceHasNoCitationMark() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		List<QuoteView> quotes = new ArrayList<>(pack.quotes());
		QuoteView first = quotes.get(0);
		quotes.set(0, new QuoteView(first.text(), first.speaker(), first.speakerTitle(), first.date(), first.occasion(), 0));
		XWPFDocument document = export(withQuotes(pack, quotes));
		XWPFParagraph quote = DocxReading.paragraphsWithStyle(document, "Quote").get(0);
		assertThat(quote.getText()).isEqualTo("“" + first.text() + "”");
		assertThat(DocxReading.links(quote)).isEmpty();
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
		assertThat(text).contains(pack.title(), pack.subtitle(), "Event\t" + pack.event().title(),
				"Date\t" + pack.event().date(), "Venue\t" + pack.event().place(), "Co-chairs\tIOM and OSRSG-VAC")
			.doesNotContain("Hosts\t")
			.doesNotContain(pack.briefingId());
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
		XWPFTable panel = DocxReading.tableAfterHeading(document, pack.headings().panelists());
		assertThat(panel.getRow(0).getTableCells()).extracting(cell -> cell.getText())
			.containsExactly("No.", "Name", "Title and organisation", "Role");
		assertThat(panel.getRow(1).getCell(2).getText()).isEqualTo(first.title() + "\n" + first.organisation() + " ("
				+ first.organisationAcronym() + ")\nLeads the ICAT Secretariat at UNODC.");
		PanelistView second = panelists.get(1);
		assertThat(panel.getRow(2).getCell(2).getText())
			.isEqualTo(second.title() + "\n" + second.organisation() + " (" + second.organisationAcronym() + ")");
		assertThat(panel.getRow(2).getCell(1).getText()).isEqualTo(second.fullName());
		assertThat(panel.getRow(2).getCell(3).getText()).isEqualTo(second.role());
	}

	@Test
	void theProgrammeTableHasOneRowPerAgendaItem() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		XWPFTable programme = DocxReading.tableAfterHeading(export(pack), pack.headings().programme());
		assertThat(programme.getRows()).hasSize(pack.programme().size() + 1);
		assertThat(programme.getRow(2).getCell(0).getText()).isEqualTo(pack.programme().get(1).time());
		assertThat(programme.getRow(2).getCell(2).getText()).isEqualTo(pack.programme().get(1).speakers());
	}

	@Test
	void theChairsPrioritiesAreANumberedList() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		List<XWPFParagraph> items = DocxReading.paragraphsWithStyle(export(pack), "NumberedItem");
		List<XWPFParagraph> priorities = items.subList(0, pack.priorities().size());
		for (int i = 0; i < priorities.size(); i++) {
			assertThat(priorities.get(i).getText()).isEqualTo((i + 1) + ".\t" + pack.priorities().get(i).text());
		}
	}

	@Test
	void theContentsListTheSectionsLinkedToTheirHeadingsWithoutPageNumbersOrFields() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		XWPFDocument document = export(pack);
		List<XWPFParagraph> entries = DocxReading.paragraphsWithStyle(document, "TOC1");
		assertThat(entries).extracting(paragraph -> paragraph.getText().strip())
			.containsExactly("1. Purpose and background", "2. Programme", "3. Panelists", "4. The chair's priorities",
					"5. Key figures", "6. Quotes", "7. Talking points", "8. Logistics", "9. Sources");
		assertThat(DocxReading.links(entries.get(4))).containsExactly(new Link("section_figures", "5. Key figures"));
		assertThat(DocxReading.paragraphsWithStyle(document, "TOC2")).isEmpty();
		String xml = document.getDocument().xmlText();
		assertThat(xml).doesNotContain("PAGEREF").doesNotContain("TOC \\").doesNotContain("fldChar");
		assertThat(DocxReading.bodyText(document)).doesNotContain(pack.panelists().get(0).fullName() + "\t");
	}

	@Test
	void aSectionThePackLeavesOutHasNoHeadingAndTheOthersAreNumberedWithoutIt() throws IOException {
		PackModel pack = SamplePacks.vienna2023();
		PackModel noProgramme = new PackModel(pack.title(), pack.subtitle(), pack.briefingId(), pack.language(),
				pack.issuedBy(), pack.event(), pack.chair(), pack.moderator(), pack.coChairs(), pack.purpose(), List.of(),
				pack.panelists(), pack.prioritySet(), pack.priorities(), pack.figures(), pack.quotes(),
				pack.talkingPoints(), pack.logistics(), pack.sources(), pack.generatedOn(), pack.generatedOnIso());
		XWPFDocument document = export(noProgramme);
		assertThat(DocxReading.paragraphsWithStyle(document, "Heading1")).extracting(XWPFParagraph::getText)
			.containsExactly("1. Purpose and background", "2. Panelists", "3. The chair's priorities", "4. Key figures",
					"5. Quotes", "6. Talking points", "7. Logistics", "8. Sources");
		assertThat(DocxReading.bodyText(document)).doesNotContain("Speakers");
	}

	@Test
	void aPackWithoutAnIssuerHasNoDanglingSeparatorInTheFooterOrTheCoverNote() throws IOException {
		PackModel pack = SamplePacks.withIssuer(SamplePacks.vienna2023(), "");
		XWPFDocument document = export(pack);
		String footers = String.join("\n", document.getFooterList().stream().map(f -> f.getText().strip()).toList());
		assertThat(footers).contains(pack.event().kind() + " · " + pack.event().date()).doesNotStartWith("·")
			.doesNotContain("·  ·");
		assertThat(DocxReading.bodyText(document)).contains("Prepared on " + pack.generatedOn())
			.doesNotContain("Prepared by  on");
	}

	@Test
	void noPlaceholderIsLeftInTheExport() throws IOException {
		XWPFDocument document = export(SamplePacks.manyScripts());
		String everything = DocxReading.bodyText(document) + document.getHeaderList().get(0).getText()
				+ document.getFooterList().get(0).getText();
		assertThat(everything).doesNotContain("{{").doesNotContain("}}").doesNotContain("[time]").doesNotContain("[^note]")
			.doesNotContain("[?");
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
		String expected = new CheckedTemplates().check(template).firstProblem();
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
	void aUserTemplatesCitationMarksLinkToTheSourcesEntriesItMarks() throws IOException {
		Path template = BadTemplates.write(this.folder.resolve("plain.docx"),
				BadTemplates.paragraphs("{{?figures}}", "{{statement}}{{^note}}", "{{/figures}}", "{{?sources}}",
						"{{~number}}. {{citation}}", "{{/sources}}"));
		PackModel pack = SamplePacks.vienna2023();
		XWPFDocument document = DocxReading.open(this.exporter.render(pack, template));
		List<XWPFParagraph> paragraphs = document.getParagraphs();
		assertThat(DocxReading.links(paragraphs.get(0))).containsExactly(new Link("source_1", "1"));
		assertThat(paragraphs.get(0).getText()).isEqualTo(pack.figures().get(0).statement() + "1");
		XWPFParagraph firstSource = paragraphs.get(pack.figures().size());
		assertThat(firstSource.getText()).isEqualTo("1. " + pack.sources().get(0).citation());
		assertThat(DocxReading.bookmarks(firstSource)).containsExactly("source_1");
		assertThat(document.getFootnotes()).isEmpty();
	}

	@Test
	void theExportCarriesThePacksTitleSubjectAuthorAndTheExportTimeNotTheTemplates() throws IOException {
		Instant exported = Instant.parse("2026-11-24T09:30:15.250Z");
		DocxExporter stamped = new DocxExporter(new CheckedTemplates(), Clock.fixed(exported, ZoneOffset.UTC));
		PackModel pack = SamplePacks.vienna2023();
		CoreProperties core = DocxReading.open(stamped.render(pack, null)).getProperties().getCoreProperties();
		assertThat(core.getTitle()).isEqualTo(pack.title());
		assertThat(core.getSubject()).isEqualTo(pack.event().kind() + ": " + pack.event().title() + ", " + pack.event().date());
		assertThat(core.getCreator()).isEqualTo(pack.issuedBy());
		assertThat(core.getLastModifiedByUser()).isEqualTo("Briefdesk");
		assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2026-11-24T09:30:15Z"));
		assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2026-11-24T09:30:15Z"));
		assertThat(core.getDescription()).isNull();
	}

	@Test
	void aPackWithoutAnIssuerHasNoAuthor() throws IOException {
		PackModel pack = SamplePacks.withIssuer(SamplePacks.vienna2023(), "");
		CoreProperties core = export(pack).getProperties().getCoreProperties();
		assertThat(core.getCreator()).isNull();
		assertThat(core.getTitle()).isEqualTo(pack.title());
	}

	@Test
	void anExistingFolderGivenAsOutGetsTheDefaultFileNameInsideIt() throws IOException {
		Path packs = Files.createDirectory(this.folder.resolve("packs"));
		Path written = this.exporter.render(SamplePacks.vienna2023(), null, packs, false);
		assertThat(written).isEqualTo(packs.resolve("vienna-2023-briefing-2023-10-03.docx"));
		assertThat(DocxReading.bodyText(DocxReading.open(written))).contains("Hanna Antonova");
	}

	private XWPFDocument export(PackModel pack) throws IOException {
		return DocxReading.open(this.exporter.render(pack, null));
	}

	private static PackModel withChair(PackModel p, PersonView chair) {
		return new PackModel(p.title(), p.subtitle(), p.briefingId(), p.language(), p.issuedBy(), p.event(), chair,
				p.moderator(), p.coChairs(), p.purpose(), p.programme(), p.panelists(), p.prioritySet(), p.priorities(),
				p.figures(), p.quotes(), p.talkingPoints(), p.logistics(), p.sources(), p.generatedOn(), p.generatedOnIso());
	}

	private static PackModel withQuotes(PackModel p, List<QuoteView> quotes) {
		return new PackModel(p.title(), p.subtitle(), p.briefingId(), p.language(), p.issuedBy(), p.event(), p.chair(),
				p.moderator(), p.coChairs(), p.purpose(), p.programme(), p.panelists(), p.prioritySet(), p.priorities(),
				p.figures(), quotes, p.talkingPoints(), p.logistics(), p.sources(), p.generatedOn(), p.generatedOnIso());
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
