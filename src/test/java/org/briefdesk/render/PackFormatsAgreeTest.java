package org.briefdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefdesk.render.PackModel.ContentsEntry;
import org.briefdesk.render.docx.DocxExporter;
import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One pack, two formats: every sample briefing exported with the default Word and PDF
 * templates shows the same sections under the same headings, with the same text in each, and
 * the same cover. Texts are compared as their characters in order, case and white space aside
 * (Word and PDF break lines, and capitalise table headers, each in their own way); the PDF's
 * running header and footer are taken off every page first.
 */
@BriefdeskTest
@BothStores
class PackFormatsAgreeTest {

	@Autowired
	PackModelSource packs;

	@Autowired
	DocxExporter docx;

	@Autowired
	PdfExporter pdf;

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void wordAndPdfShowTheSameSectionsWithTheSameText(String briefingId) throws IOException {
		assertSameSections(this.packs.forBriefing(briefingId), briefingId);
	}

	@org.junit.jupiter.api.Test
	void wordAndPdfShowTheSameParticipantsSectionNumberedBeforeTheSources() throws IOException {
		PackModel pack = this.packs.forBriefing("icat-briefing-2023")
			.withParticipants(List.of(new PackModel.ParticipantView(1, "H.E. Ambassador Ms. Ana Moreno",
					"Permanent Representative", "Permanent Mission of Spain"),
					new PackModel.ParticipantView(2, "Mr. Jürgen Łukasiewicz", "", "Permanent Mission of Poland"),
					new PackModel.ParticipantView(3, "Ms. Анна Иванова", "Counsellor", "")));
		List<String> headings = pack.contents().stream().map(ContentsEntry::heading).toList();
		int participants = headings.indexOf(pack.headings().participants());
		assertThat(participants).isPositive();
		assertThat(headings.get(participants + 1)).isEqualTo(pack.headings().sources());
		Map<String, String> sections = assertSameSections(pack, "icat-briefing-2023 with participants");
		assertThat(sections.get(pack.headings().participants())).contains(squeezed("H.E. Ambassador Ms. Ana Moreno"),
				squeezed("Permanent Mission of Poland"), squeezed("Анна Иванова"));
	}

	/** Exports a pack both ways and checks that they show the same sections with the same text; the sections, by heading. */
	private Map<String, String> assertSameSections(PackModel pack, String briefingId) throws IOException {
		String word = wordText(this.docx.render(pack, null));
		String pdf = pdfText(this.pdf.renderToBytes(pack, null).bytes(), pack);
		Map<String, String> wordSections = sections(word, pack);
		Map<String, String> pdfSections = sections(pdf, pack);
		assertThat(wordSections.keySet()).as("Word's sections").containsExactlyElementsOf(pdfSections.keySet());
		for (String heading : pdfSections.keySet()) {
			assertThat(wordSections.get(heading)).as("section '%s' of %s, Word against PDF", heading, briefingId)
				.isEqualTo(pdfSections.get(heading));
		}
		return pdfSections;
	}

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void bothCoversShowTheSameRolesAndNoInternalId(String briefingId) throws IOException {
		PackModel pack = this.packs.forBriefing(briefingId);
		String wordCover = cover(wordText(this.docx.render(pack, null)), pack);
		String pdfCover = cover(pdfText(this.pdf.renderToBytes(pack, null).bytes(), pack), pack);
		PackModel.EventView event = pack.event();
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put("Co-chairs", event.coChairs());
		rows.put("Hosts", event.hosts());
		rows.put("Venue", event.place());
		rows.put("On the margins of", event.onTheMarginsOf());
		rows.put("Chair", pack.chair().fullName());
		rows.put("Moderator", pack.moderator().fullName());
		for (Map.Entry<String, String> row : rows.entrySet()) {
			String label = squeezed(row.getKey());
			assertThat(occurrences(wordCover, label)).as("'%s' on the Word and the PDF cover of %s", row.getKey(),
					briefingId)
				.isEqualTo(occurrences(pdfCover, label));
			if (!row.getValue().isEmpty()) {
				assertThat(wordCover).contains(squeezed(row.getKey() + row.getValue()));
				assertThat(pdfCover).contains(squeezed(row.getKey() + row.getValue()));
			}
		}
		assertThat(wordCover).doesNotContain(squeezed(pack.briefingId()));
		assertThat(pdfCover).doesNotContain(squeezed(pack.briefingId()));
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	/** The text of a section, keyed by its heading, as it stands after the contents list. */
	private static Map<String, String> sections(String text, PackModel pack) {
		List<ContentsEntry> contents = pack.contents();
		int at = endOfContents(text, pack);
		List<Integer> starts = new ArrayList<>();
		for (ContentsEntry entry : contents) {
			int start = text.indexOf(squeezed(entry.heading()), at);
			assertThat(start).as("heading '%s' after the contents", entry.heading()).isNotNegative();
			starts.add(start);
			at = start + squeezed(entry.heading()).length();
		}
		Map<String, String> sections = new LinkedHashMap<>();
		for (int i = 0; i < contents.size(); i++) {
			int from = starts.get(i) + squeezed(contents.get(i).heading()).length();
			int to = i + 1 < contents.size() ? starts.get(i + 1) : text.length();
			sections.put(contents.get(i).heading(), text.substring(from, to));
		}
		return sections;
	}

	/** Everything before the end of the contents list: the cover. */
	private static String cover(String text, PackModel pack) {
		return text.substring(0, endOfContents(text, pack));
	}

	private static int endOfContents(String text, PackModel pack) {
		String last = squeezed(pack.contents().get(pack.contents().size() - 1).heading());
		int contents = text.indexOf(last);
		assertThat(contents).as("the contents list ends with '%s'", last).isNotNegative();
		return contents + last.length();
	}

	/** The body of a .docx, paragraphs and table cells in document order. */
	private static String wordText(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			StringBuilder text = new StringBuilder();
			collect(document.getBodyElements(), text);
			return squeezed(text.toString());
		}
	}

	private static void collect(List<IBodyElement> elements, StringBuilder text) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				text.append(paragraph.getText()).append('\n');
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						collect(cell.getBodyElements(), text);
					}
				}
			}
		}
	}

	/**
	 * The text of every page of a PDF inside the default template's page area (A4 less its
	 * margins), so that the running header and footer, and the lines Flying Saucer paints
	 * clipped beyond a page's edge where a block runs over to the next page, are left out; a
	 * table header repeated on a later page is taken once.
	 */
	private static String pdfText(byte[] pdf, PackModel pack) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			StringBuilder text = new StringBuilder();
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				PDRectangle box = document.getPage(page).getMediaBox();
				float top = mm(page == 0 ? 22 : 24);
				float bottom = mm(page == 0 ? 28 : 22);
				PDFTextStripperByArea stripper = new PDFTextStripperByArea();
				stripper.setSortByPosition(false);
				stripper.addRegion("body", new Rectangle2D.Float(0, top, box.getWidth(), box.getHeight() - top - bottom));
				stripper.extractRegions(document.getPage(page));
				text.append(squeezed(stripper.getTextForRegion("body")));
			}
			String all = text.toString();
			for (String header : REPEATED_TABLE_HEADERS) {
				int first = all.indexOf(header);
				if (first >= 0) {
					all = all.substring(0, first + header.length())
							+ all.substring(first + header.length()).replace(header, "");
				}
			}
			return all;
		}
	}

	/** Table headers the PDF repeats on every page a table runs over. */
	private static final List<String> REPEATED_TABLE_HEADERS = List.of(squeezed("Time Item Speakers"),
			squeezed("No. Name Title and organisation Role"), squeezed("Figure Statement"),
			squeezed("No. Name Title Organisation"));

	private static float mm(double millimetres) {
		return (float) (millimetres / 25.4 * 72);
	}

	/** Characters in order, without white space, in lower case. */
	static String squeezed(String text) {
		return text.replaceAll("[\\s\\u00a0\\u00ad]+", "").toLowerCase(Locale.ROOT);
	}

}
