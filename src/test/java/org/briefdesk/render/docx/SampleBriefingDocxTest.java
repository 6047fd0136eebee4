package org.briefdesk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.ContentsEntry;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.QuoteView;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.docx.DocxReading.Link;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every sample briefing of a fresh library, exported to Word as `export docx` does, read back
 * with POI: the sections and headings of PACK-SPEC in order, a cover that shows only the roles
 * the event has and no internal id, citation numbers that are the numbers of the Sources list
 * and link to its entries, the pack's own document properties, nothing Word would want to
 * update on opening, and a Figure column no figure's word is broken in.
 */
@BriefdeskTest
@BothStores
class SampleBriefingDocxTest {

	private static final String[] BRIEFINGS = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020",
			"icat-briefing-2023", "oas-unodc-cochairpersonship-2025" };

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
		XWPFDocument document = DocxReading.open(export(pack));
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
		String headers = String.join("\n", document.getHeaderList().stream().map(h -> h.getText()).toList());
		assertThat(headers).contains(pack.event().title());
	}

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void theHeadingsAreTheModelsAndTheContentsLinkToEachOfThem(String briefingId) throws IOException {
		PackModel pack = this.packs.forBriefing(briefingId);
		XWPFDocument document = DocxReading.open(export(pack));
		List<String> expected = pack.contents().stream().map(ContentsEntry::heading).toList();
		List<XWPFParagraph> headings = DocxReading.paragraphsWithStyle(document, "Heading1");
		assertThat(headings).extracting(paragraph -> paragraph.getText().strip()).containsExactlyElementsOf(expected);
		List<XWPFParagraph> entries = DocxReading.paragraphsWithStyle(document, "TOC1");
		assertThat(entries).extracting(paragraph -> paragraph.getText().strip()).containsExactlyElementsOf(expected);
		for (int i = 0; i < entries.size(); i++) {
			List<Link> links = DocxReading.links(entries.get(i));
			assertThat(links).as("contents entry %s", expected.get(i)).hasSize(1);
			assertThat(DocxReading.bookmarks(headings.get(i))).as("heading %s", expected.get(i))
				.contains(links.get(0).anchor());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void theCoverShowsTheRolesTheEventHasAndNoInternalId(String briefingId) throws IOException {
		PackModel pack = this.packs.forBriefing(briefingId);
		XWPFDocument document = DocxReading.open(export(pack));
		Map<String, String> rows = new HashMap<>();
		for (XWPFParagraph detail : DocxReading.paragraphsWithStyle(document, "CoverDetail")) {
			String[] cells = detail.getText().split("\t", 2);
			rows.put(cells[0], cells[1]);
		}
		assertThat(rows).containsEntry("Event", pack.event().title());
		assertRow(rows, "Co-chairs", pack.event().coChairs());
		assertRow(rows, "Hosts", pack.event().hosts());
		assertRow(rows, "Venue", pack.event().place());
		assertRow(rows, "On the margins of", pack.event().onTheMarginsOf());
		if (!pack.chair().name().isBlank()) {
			assertThat(rows.get("Chair")).startsWith(pack.chair().fullName()).contains(pack.chair().organisation());
		}
		else {
			assertThat(rows).doesNotContainKey("Chair");
		}
		assertThat(DocxReading.bodyText(document)).doesNotContain(pack.briefingId())
			.contains("Prepared " + (pack.issuedBy().isBlank() ? "" : "by " + pack.issuedBy() + " ") + "on "
					+ pack.generatedOn() + ".");
	}

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void everyCitationNumberIsTheNumberOfTheSourcesEntryItLinksTo(String briefingId) throws IOException {
		PackModel pack = this.packs.forBriefing(briefingId);
		XWPFDocument document = DocxReading.open(export(pack));
		// The Sources list: "N.<tab>citation", each entry the target of a bookmark.
		Map<String, String> entryByBookmark = new HashMap<>();
		List<XWPFParagraph> entries = DocxReading.paragraphsWithStyle(document, "SourceEntry");
		assertThat(entries).hasSize(pack.sources().size());
		for (int i = 0; i < entries.size(); i++) {
			SourceView source = pack.sources().get(i);
			assertThat(entries.get(i).getText()).startsWith(source.number() + ".\t" + source.citation());
			for (String bookmark : DocxReading.bookmarks(entries.get(i))) {
				entryByBookmark.put(bookmark, entries.get(i).getText());
			}
		}
		List<Link> citations = new ArrayList<>();
		if (!pack.figures().isEmpty()) {
			XWPFTable figures = DocxReading.tableAfterHeading(document, pack.headings().figures());
			List<XWPFTableRow> rows = figures.getRows();
			assertThat(rows).hasSize(pack.figures().size() + 1);
			for (int i = 0; i < pack.figures().size(); i++) {
				FigureView figure = pack.figures().get(i);
				List<Link> links = new ArrayList<>();
				rows.get(i + 1).getCell(1).getParagraphs().forEach(p -> links.addAll(DocxReading.links(p)));
				assertThat(rows.get(i + 1).getCell(0).getText()).isEqualTo(figure.value());
				assertThat(links).as("figure %d", i + 1)
					.containsExactly(figure.note() == 0 ? new Link[0] : new Link[] { citation(figure.note()) });
				citations.addAll(links);
			}
		}
		List<XWPFParagraph> quotes = DocxReading.paragraphsWithStyle(document, "Quote");
		assertThat(quotes).hasSize(pack.quotes().size());
		for (int i = 0; i < quotes.size(); i++) {
			QuoteView quote = pack.quotes().get(i);
			List<Link> links = DocxReading.links(quotes.get(i));
			assertThat(links).as("quote %d", i + 1)
				.containsExactly(quote.note() == 0 ? new Link[0] : new Link[] { citation(quote.note()) });
			citations.addAll(links);
		}
		for (Link citation : citations) {
			assertThat(entryByBookmark).as("the bookmark %s", citation.anchor()).containsKey(citation.anchor());
			assertThat(entryByBookmark.get(citation.anchor())).startsWith(citation.text() + ".\t");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void theFileCarriesThePacksOwnPropertiesAndNothingToUpdateOnOpening(String briefingId) throws IOException {
		PackModel pack = this.packs.forBriefing(briefingId);
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Path file = export(pack);
		Instant after = Instant.now();
		XWPFDocument document = DocxReading.open(file);
		CoreProperties core = document.getProperties().getCoreProperties();
		assertThat(core.getTitle()).isEqualTo(pack.title());
		assertThat(core.getSubject()).isEqualTo(pack.event().kind() + ": " + pack.event().title() + ", " + pack.event().date());
		assertThat(core.getCreator()).isEqualTo(pack.issuedBy().isBlank() ? null : pack.issuedBy());
		assertThat(core.getLastModifiedByUser()).isEqualTo("Briefdesk");
		assertThat(core.getCreated().toInstant()).isBetween(before, after);
		assertThat(core.getModified()).isEqualTo(core.getCreated());
		Map<String, String> parts = parts(file);
		assertThat(parts.get("word/settings.xml")).doesNotContain("updateFields");
		for (Map.Entry<String, String> part : parts.entrySet()) {
			assertThat(part.getValue()).as(part.getKey())
				.doesNotContainPattern("instrText[^>]*>\\s*TOC")
				.doesNotContain("w:dirty=")
				.doesNotContain("fldSimple");
		}
	}

	/**
	 * The Figure column is wide enough, at the FigureValue style's size, for the longest word
	 * of every sample figure, so Word wraps a figure only between words. Measured with Noto
	 * Sans Bold, which is wider than Arial Bold (the template's font): what fits in Noto fits
	 * in Arial.
	 */
	@Test
	void theFigureColumnFitsTheLongestWordOfEverySampleFigure() throws IOException, FontFormatException {
		Font bold;
		try (InputStream in = Files.newInputStream(Path.of("templates/briefing-pdf/fonts/NotoSans-Bold.ttf"))) {
			bold = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(BriefingTemplateGenerator.FIGURE_SIZE / 2f);
		}
		FontRenderContext context = new FontRenderContext(null, true, true);
		String longest = "";
		double widest = 0;
		int columnTwips = 0;
		for (String briefingId : BRIEFINGS) {
			PackModel pack = this.packs.forBriefing(briefingId);
			XWPFDocument document = DocxReading.open(export(pack));
			if (pack.figures().isEmpty()) {
				continue;
			}
			XWPFTable figures = DocxReading.tableAfterHeading(document, pack.headings().figures());
			columnTwips = Integer.parseInt(figures.getCTTbl().getTblGrid().getGridColArray(0).getW().toString());
			assertThat(figures.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
			for (FigureView figure : pack.figures()) {
				for (String word : figure.value().split("\\s+")) {
					double points = bold.getStringBounds(word, context).getWidth();
					if (points > widest) {
						widest = points;
						longest = word;
					}
				}
			}
		}
		assertThat(longest).as("a sample figure with a value").isNotEmpty();
		double room = (columnTwips - 2 * BriefingTemplateGenerator.CELL_MARGIN) / 20.0;
		assertThat(room).as("room in the Figure column (pt) for \"%s\" (%.1f pt)", longest, widest)
			.isGreaterThanOrEqualTo(widest);
	}

	private static Link citation(int note) {
		return new Link(CrossReferences.sourceBookmark(note), Integer.toString(note));
	}

	private static void assertRow(Map<String, String> rows, String label, String value) {
		if (value.isBlank()) {
			assertThat(rows).as("cover row %s", label).doesNotContainKey(label);
		}
		else {
			assertThat(rows).containsEntry(label, value);
		}
	}

	private Path export(PackModel pack) {
		return this.exporter.render(pack, null, this.folder.resolve(pack.briefingId() + "-" + System.nanoTime() + ".docx"),
				false);
	}

	private static Map<String, String> parts(Path docx) throws IOException {
		Map<String, String> parts = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().endsWith(".xml")) {
					parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return parts;
	}

}
