package org.briefdesk.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the default Word template, {@code templates/briefing.docx}, from the WordprocessingML
 * below: a UN-style briefing note laid out as PACK-SPEC says, like the default PDF template
 * (cover with the event's details and a linked contents list; purpose, programme, panel,
 * priorities, key figures with citation numbers linked to the Sources list, quotes, talking
 * points, logistics, participants, sources; running header and a "Page N of M" footer). Writing the parts by hand keeps the package small and clean (no
 * leftovers of an editing session, nothing Word would want to repair) and lets
 * {@code BriefingTemplateTest} prove that the committed template is what this class makes.
 *
 * <p>Rebuild it with {@code bench/make-template.sh}, then look at it (see
 * {@code docs/README-docx.md}) and commit both.
 */
public final class BriefingTemplateGenerator {

	static final Path TEMPLATE = Path.of("templates", "briefing.docx");

	// A4, 2.2 cm side margins: the text is 9412 twips wide.
	static final int TEXT_WIDTH = 9412;

	/**
	 * The Figure column of Key figures, in twips: wide enough, at the FigureValue style's 13 pt
	 * bold, for the longest word of every sample figure, so a figure wraps between words only
	 * (BriefingTemplateLayoutTest measures it).
	 */
	static final int FIGURE_COLUMN = 2750;

	/** The FigureValue style's size, in half-points. */
	static final int FIGURE_SIZE = 26;

	/** Left and right cell margin of the BriefingTable style, in twips. */
	static final int CELL_MARGIN = 108;

	private static final String NAVY = "1F3B5C";

	private static final String BLUE = "0A6EB4";

	private static final String MUTED = "5B6770";

	private static final String RULE = "B9CBDD";

	private static final String FILL = "EAF2F9";

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private BriefingTemplateGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path target = args.length > 0 ? Path.of(args[0]) : TEMPLATE;
		Files.write(target, bytes());
		System.out.println("wrote " + target);
	}

	/** The template's package parts, by name, in the order they are written. */
	static Map<String, String> parts() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", contentTypes());
		parts.put("_rels/.rels", rootRelationships());
		parts.put("docProps/core.xml", coreProperties());
		parts.put("docProps/app.xml", appProperties());
		parts.put("word/document.xml", document());
		parts.put("word/_rels/document.xml.rels", documentRelationships());
		parts.put("word/styles.xml", styles());
		parts.put("word/settings.xml", settings());
		parts.put("word/fontTable.xml", fontTable());
		parts.put("word/header1.xml", header());
		parts.put("word/header2.xml", emptyHeader());
		parts.put("word/footer1.xml", footer());
		parts.put("word/footer2.xml", coverFooter());
		return parts;
	}

	static byte[] bytes() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> part : parts().entrySet()) {
				ZipEntry entry = new ZipEntry(part.getKey());
				entry.setTimeLocal(LocalDateTime.of(2026, 1, 1, 0, 0));
				zip.putNextEntry(entry);
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static void write(OutputStream out) throws IOException {
		out.write(bytes());
	}

	// ---------------------------------------------------------------- the document body

	private static String document() {
		StringBuilder body = new StringBuilder();
		cover(body);
		contents(body);
		purpose(body);
		programme(body);
		panelists(body);
		priorities(body);
		figures(body);
		quotes(body);
		talkingPoints(body);
		logistics(body);
		participants(body);
		sources(body);
		body.append("""
				<w:sectPr>
				  <w:headerReference w:type="default" r:id="rIdHeader1"/>
				  <w:headerReference w:type="first" r:id="rIdHeader2"/>
				  <w:footerReference w:type="default" r:id="rIdFooter1"/>
				  <w:footerReference w:type="first" r:id="rIdFooter2"/>
				  <w:pgSz w:w="11906" w:h="16838"/>
				  <w:pgMar w:top="1418" w:right="1247" w:bottom="1247" w:left="1247" w:header="624" w:footer="567" w:gutter="0"/>
				  <w:cols w:space="708"/>
				  <w:titlePg/>
				  <w:docGrid w:linePitch="360"/>
				</w:sectPr>""");
		return xml("<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>" + body + "</w:body></w:document>");
	}

	/** Cover, in PACK-SPEC's order: masthead, kind, title, subtitle, the event's details, the cover note. */
	private static void cover(StringBuilder body) {
		body.append(p("Masthead", run("{{issuedBy}}"), tabRun(), run("{{generatedOn}}")));
		body.append(p("Kicker", run("{{event.kind}}")));
		body.append(p("Title", run("{{title}}")));
		body.append(p("Subtitle", run("{{?subtitle}}"), run("{{subtitle}}"), run("{{/subtitle}}")));
		body.append(p("CoverRule"));
		// Each detail only when the model has it; a row poi-tl cannot hide, so the details are
		// paragraphs laid out as a two-column table (label, tab, value with a hanging indent).
		body.append(detail("Event", run("{{event.title}}")));
		body.append(when("event.date", detail("Date", run("{{event.date}}"), run("{{?event.time}}"), run(", "),
				run("{{event.time}}"), run("{{/event.time}}"))));
		body.append(when("event.place", detail("Venue", run("{{event.place}}"))));
		body.append(when("event.onTheMarginsOf", detail("On the margins of", run("{{event.onTheMarginsOf}}"))));
		body.append(when("event.coChairs", detail("Co-chairs", run("{{event.coChairs}}"))));
		body.append(when("event.hosts", detail("Hosts", run("{{event.hosts}}"))));
		body.append(when("chair.name", detail("Chair", person("chair"))));
		body.append(when("moderator.name", detail("Moderator", person("moderator"))));
		body.append(p("CoverNote", run("Prepared "), run("{{?issuedBy}}"), run("by "), run("{{issuedBy}}"), run(" "),
				run("{{/issuedBy}}"), run("on "), run("{{generatedOn}}"), run(".")));
	}

	/** "{fullName}, {title}, {organisation}", each part only when known. */
	private static String person(String who) {
		return run("{{" + who + ".fullName}}") + run("{{?" + who + ".title}}") + run(", ") + run("{{" + who + ".title}}")
				+ run("{{/" + who + ".title}}") + run("{{?" + who + ".organisation}}") + run(", ")
				+ run("{{" + who + ".organisation}}") + run("{{/" + who + ".organisation}}");
	}

	/**
	 * The sections the pack has, each its heading linked to the section. Plain links, no page
	 * numbers: no field for Word to update when the file opens, and the same in LibreOffice.
	 */
	private static void contents(StringBuilder body) {
		body.append(p("TOCHeading", run("Contents")));
		body.append(p("Normal", run("{{?contents}}")));
		body.append(p("TOC1", run("{{^heading}}")));
		body.append(p("Normal", run("{{/contents}}")));
		body.append("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:br w:type=\"page\"/></w:r></w:p>");
	}

	private static void purpose(StringBuilder body) {
		section(body, "purpose", p("Normal", run("{{?purpose}}")) + p("BodyText", run("{{text}}"))
				+ p("Normal", run("{{/purpose}}")));
	}

	private static void programme(StringBuilder body) {
		int[] widths = { 1250, 5000, 3162 };
		section(body, "programme", table(widths, headerRow(widths, "{{programme}}Time", "Item", "Speakers"),
				row(cell(widths[0], p("TableText", run("[time]"))), cell(widths[1], p("TableText", run("[item]"))),
						cell(widths[2], p("TableText", run("[speakers]"))))));
	}

	private static void panelists(StringBuilder body) {
		int[] widths = { 620, 2500, 4892, 1400 };
		String who = p("TableText", run("[?title]"), run("[title]"), breakRun(), run("[/title]"), run("[organisation]"),
				run("[?organisationAcronym]"), run(" ("), run("[organisationAcronym]"), run(")"),
				run("[/organisationAcronym]"), run("[?bio]"), breakRun(), styled("PanelBio", "[bio]"), run("[/bio]"));
		section(body, "panelists",
				table(widths, headerRow(widths, "{{panelists}}No.", "Name", "Title and organisation", "Role"),
						row(cell(widths[0], p("TableText", run("[number]"))),
								cell(widths[1], p("PanelName", run("[fullName]"))), cell(widths[2], who),
								cell(widths[3], p("TableText", run("[role]"))))));
	}

	private static void priorities(StringBuilder body) {
		section(body, "priorities",
				p("Lead", run("{{prioritySet.title}}"), run("{{?prioritySet.owner}}"), run(" ("),
						run("{{prioritySet.owner}}"), run("{{?prioritySet.period}}"), run(", "),
						run("{{prioritySet.period}}"), run("{{/prioritySet.period}}"), run(")"),
						run("{{/prioritySet.owner}}"))
						+ p("Normal", run("{{?priorities}}")) + p("NumberedItem", run("{{number}}"), run("."), tabRun(),
								run("{{text}}"))
						+ p("Normal", run("{{/priorities}}")));
	}

	private static void figures(StringBuilder body) {
		int[] widths = { FIGURE_COLUMN, TEXT_WIDTH - FIGURE_COLUMN };
		section(body, "figures", table(widths, headerRow(widths, "{{figures}}Figure", "Statement"),
				row(cell(widths[0], p("FigureValue", run("[value]"))),
						cell(widths[1], p("TableText", run("[statement]"), styled("CitationMark", "[^note]"))
								+ p("SourceNote", run("Source: "), run("[source]"), run("[?sourceYear]"), run(" ("),
										run("[sourceYear]"), run(")"), run("[/sourceYear]"), run("."))))));
	}

	private static void quotes(StringBuilder body) {
		section(body, "quotes", p("Normal", run("{{?quotes}}"))
				+ p("Quote", run("“"), run("{{text}}"), run("”"), styled("CitationMark", "{{^note}}"))
				+ p("Attribution", run("{{speaker}}"), run("{{?speakerTitle}}"), run(", "), run("{{speakerTitle}}"),
						run("{{/speakerTitle}}"), run("{{?date}}"), run(" · "), run("{{date}}"), run("{{/date}}"),
						run("{{?occasion}}"), run(" · "), run("{{occasion}}"), run("{{/occasion}}"))
				+ p("Normal", run("{{/quotes}}")));
	}

	private static void talkingPoints(StringBuilder body) {
		section(body, "talkingPoints", p("Normal", run("{{?talkingPoints}}"))
				+ p("NumberedItem", run("{{number}}"), run("."), tabRun(), run("{{text}}"))
				+ p("Normal", run("{{/talkingPoints}}")));
	}

	private static void logistics(StringBuilder body) {
		section(body, "logistics", p("Normal", run("{{?logistics}}")) + p("BodyText", run("{{text}}"))
				+ p("Normal", run("{{/logistics}}")));
	}

	/** The invitees who accepted: a row each, repeated from the table's second row. */
	private static void participants(StringBuilder body) {
		int[] widths = { 620, 3300, 2746, 2746 };
		section(body, "participants",
				table(widths, headerRow(widths, "{{participants}}No.", "Name", "Title", "Organisation"),
						row(cell(widths[0], p("TableText", run("[number]"))),
								cell(widths[1], p("PanelName", run("[name]"))),
								cell(widths[2], p("TableText", run("[title]"))),
								cell(widths[3], p("TableText", run("[organisation]"))))));
	}

	/** "N. citation", the address on the next line; the number is where the citations' links point. */
	private static void sources(StringBuilder body) {
		section(body, "sources", p("Normal", run("{{?sources}}"))
				+ p("SourceEntry", run("{{~number}}"), run("."), tabRun(), run("{{citation}}"), run("{{?url}}"),
						breakRun(), styled("Url", "{{url}}"), run("{{/url}}"))
				+ p("Normal", run("{{/sources}}")));
	}

	/**
	 * A section shown only when the pack has it (its heading is empty otherwise): the numbered
	 * heading from the model, marked as the target of the contents' link, then the content.
	 */
	private static void section(StringBuilder body, String heading, String content) {
		body.append(p("Normal", run("{{?headings." + heading + "}}")));
		body.append(p("Heading1", run("{{~headings." + heading + "}}")));
		body.append(content);
		body.append(p("Normal", run("{{/headings." + heading + "}}")));
	}

	/** A paragraph shown only when {@code field} is not empty. */
	private static String when(String field, String paragraph) {
		return p("Normal", run("{{?" + field + "}}")) + paragraph + p("Normal", run("{{/" + field + "}}"));
	}

	// ---------------------------------------------------------------- header and footers

	private static String header() {
		String paragraph = p("Header", run("{{event.title}}"));
		return xml("<w:hdr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">" + paragraph + "</w:hdr>");
	}

	/**
	 * Issuer, kind and date on the left, "Page N of M" on the right in a cell of its own that
	 * never wraps: a long issuer line wraps in its cell and cannot push the page number over.
	 */
	private static String footer() {
		int pageWidth = 1900;
		String left = p("Footer", run("{{?issuedBy}}"), run("{{issuedBy}}"), run(" · "), run("{{/issuedBy}}"),
				run("{{?event.kind}}"), run("{{event.kind}}"), run(" · "), run("{{/event.kind}}"), run("{{event.date}}"));
		String right = paragraph("Footer", "<w:jc w:val=\"right\"/>", run("Page "), field("PAGE", "2"), run(" of "),
				field("NUMPAGES", "6"));
		String table = "<w:tbl><w:tblPr><w:tblW w:w=\"" + TEXT_WIDTH + "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
				+ "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
				+ "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
				+ "<w:tblGrid><w:gridCol w:w=\"" + (TEXT_WIDTH - pageWidth) + "\"/><w:gridCol w:w=\"" + pageWidth
				+ "\"/></w:tblGrid><w:tr>"
				+ "<w:tc><w:tcPr><w:tcW w:w=\"" + (TEXT_WIDTH - pageWidth) + "\" w:type=\"dxa\"/></w:tcPr>" + left + "</w:tc>"
				+ "<w:tc><w:tcPr><w:tcW w:w=\"" + pageWidth + "\" w:type=\"dxa\"/><w:noWrap/></w:tcPr>" + right + "</w:tc>"
				+ "</w:tr></w:tbl>";
		return xml("<w:ftr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">" + table + p("Footer") + "</w:ftr>");
	}

	private static String coverFooter() {
		String paragraph = p("Footer", run("{{?event.kind}}"), run("{{event.kind}}"), run(" · "), run("{{/event.kind}}"),
				run("{{?event.city}}"), run("{{event.city}}"), run(", "), run("{{/event.city}}"), run("{{event.date}}"));
		return xml("<w:ftr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">" + paragraph + "</w:ftr>");
	}

	/** The cover has no running header (and no rule under one). */
	private static String emptyHeader() {
		return xml("<w:hdr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">" + p("Normal") + "</w:hdr>");
	}

	private static String field(String instruction, String shown) {
		return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + "<w:r><w:instrText xml:space=\"preserve\"> "
				+ instruction + " </w:instrText></w:r>" + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
				+ run(shown) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
	}

	// ---------------------------------------------------------------- building blocks

	private static String p(String style, String... runs) {
		return paragraph(style, "", runs);
	}

	private static String paragraph(String style, String properties, String... runs) {
		return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + properties + "</w:pPr>" + String.join("", runs)
				+ "</w:p>";
	}

	private static String detail(String label, String... value) {
		return p("CoverDetail", styled("DetailLabel", label), tabRun(), String.join("", value));
	}

	private static String run(String text) {
		return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
	}

	private static String styled(String characterStyle, String text) {
		return "<w:r><w:rPr><w:rStyle w:val=\"" + characterStyle + "\"/></w:rPr><w:t xml:space=\"preserve\">"
				+ escape(text) + "</w:t></w:r>";
	}

	private static String tabRun() {
		return "<w:r><w:tab/></w:r>";
	}

	private static String breakRun() {
		return "<w:r><w:br/></w:r>";
	}

	private static String table(int[] widths, String... rows) {
		StringBuilder grid = new StringBuilder();
		for (int width : widths) {
			grid.append("<w:gridCol w:w=\"").append(width).append("\"/>");
		}
		return "<w:tbl><w:tblPr><w:tblStyle w:val=\"BriefingTable\"/><w:tblW w:w=\"" + TEXT_WIDTH
				+ "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
				+ "<w:tblGrid>" + grid + "</w:tblGrid>" + String.join("", rows) + "</w:tbl>"
				// Word needs a paragraph after a table; this one also spaces the next heading.
				+ p("AfterTable");
	}

	private static String headerRow(int[] widths, String... labels) {
		StringBuilder cells = new StringBuilder();
		for (int i = 0; i < labels.length; i++) {
			String label = labels[i];
			cells.append("<w:tc><w:tcPr><w:tcW w:w=\"" + widths[i] + "\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + FILL + "\"/></w:tcPr>")
				.append(p("TableHeading", run(label)))
				.append("</w:tc>");
		}
		return "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" + cells + "</w:tr>";
	}

	private static String row(String... cells) {
		return "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + String.join("", cells) + "</w:tr>";
	}

	private static String cell(int width, String content) {
		return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** A part's XML with the declaration every generated template part has. */
	public static String xml(String root) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + root;
	}

	// ---------------------------------------------------------------- styles and numbering

	private static String styles() {
		String rule = "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"" + BLUE + "\"/></w:pBdr>";
		StringBuilder styles = new StringBuilder();
		styles.append("""
				<w:docDefaults>
				  <w:rPrDefault><w:rPr>
				    <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="SimSun" w:cs="Arial"/>
				    <w:color w:val="1E1E1E"/>
				    <w:sz w:val="21"/><w:szCs w:val="21"/>
				    <w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/>
				  </w:rPr></w:rPrDefault>
				  <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
				</w:docDefaults>
				<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"/>
				""");
		styles.append(paragraphStyle("Normal", "Normal", null, true, "", ""));
		styles.append(paragraphStyle("BodyText", "Body Text", "Normal", true, "<w:spacing w:after=\"140\"/><w:jc w:val=\"both\"/>", ""));
		styles.append(paragraphStyle("Masthead", "Masthead", "Normal", true,
				"<w:tabs><w:tab w:val=\"right\" w:pos=\"" + TEXT_WIDTH + "\"/></w:tabs><w:spacing w:after=\"1000\"/>",
				"<w:b/><w:color w:val=\"" + NAVY + "\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>"));
		styles.append(paragraphStyle("Kicker", "Kicker", "Normal", true, "<w:spacing w:before=\"0\" w:after=\"200\"/>",
				"<w:b/><w:caps/><w:color w:val=\"" + BLUE + "\"/><w:spacing w:val=\"20\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"));
		styles.append(paragraphStyle("Title", "Title", "Normal", true, "<w:spacing w:after=\"200\" w:line=\"240\" w:lineRule=\"auto\"/>",
				"<w:b/><w:color w:val=\"" + NAVY + "\"/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>"));
		styles.append(paragraphStyle("Subtitle", "Subtitle", "Normal", true, "<w:spacing w:after=\"240\"/>",
				"<w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"));
		styles.append(paragraphStyle("CoverRule", "Cover Rule", "Normal", false, rule + "<w:spacing w:after=\"360\"/>",
				"<w:sz w:val=\"8\"/>"));
		styles.append(paragraphStyle("CoverDetail", "Cover Detail", "Normal", true,
				"<w:tabs><w:tab w:val=\"left\" w:pos=\"2268\"/></w:tabs><w:spacing w:after=\"100\"/><w:ind w:left=\"2268\" w:hanging=\"2268\"/>",
				"<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"));
		styles.append(paragraphStyle("CoverNote", "Cover Note", "Normal", true,
				"<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"8\" w:color=\"" + RULE + "\"/></w:pBdr><w:spacing w:before=\"360\" w:after=\"480\"/>",
				"<w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>"));
		styles.append(paragraphStyle("Heading1", "heading 1", "Normal", true,
				"<w:keepNext/><w:keepLines/>" + rule + "<w:spacing w:before=\"360\" w:after=\"160\"/><w:outlineLvl w:val=\"0\"/>",
				"<w:b/><w:color w:val=\"" + NAVY + "\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"));
		styles.append(paragraphStyle("Heading2", "heading 2", "Normal", true,
				"<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"40\"/><w:outlineLvl w:val=\"1\"/>",
				"<w:b/><w:color w:val=\"" + NAVY + "\"/><w:sz w:val=\"23\"/><w:szCs w:val=\"23\"/>"));
		styles.append(paragraphStyle("TOCHeading", "TOC Heading", "Normal", true,
				"<w:keepNext/>" + rule + "<w:spacing w:after=\"160\"/>",
				"<w:b/><w:color w:val=\"" + NAVY + "\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"));
		styles.append(paragraphStyle("TOC1", "toc 1", "Normal", true, "<w:spacing w:before=\"60\" w:after=\"40\"/>",
				"<w:color w:val=\"" + NAVY + "\"/>"));
		styles.append(paragraphStyle("PersonMeta", "Person Title", "Normal", true, "<w:keepNext/><w:spacing w:after=\"20\"/>",
				"<w:color w:val=\"" + MUTED + "\"/>"));
		styles.append(paragraphStyle("PersonRole", "Person Role", "Normal", true, "<w:spacing w:after=\"100\"/>",
				"<w:i/><w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>"));
		styles.append(paragraphStyle("Lead", "Lead", "Normal", true, "<w:keepNext/><w:spacing w:after=\"120\"/>",
				"<w:b/><w:color w:val=\"" + NAVY + "\"/>"));
		styles.append(paragraphStyle("NumberedItem", "Numbered Item", "Normal", true,
				"<w:tabs><w:tab w:val=\"left\" w:pos=\"454\"/></w:tabs><w:spacing w:after=\"80\"/><w:ind w:left=\"454\" w:hanging=\"454\"/>", ""));
		styles.append(paragraphStyle("PanelName", "Panel Name", "Normal", true,
				"<w:spacing w:before=\"60\" w:after=\"60\" w:line=\"252\" w:lineRule=\"auto\"/>",
				"<w:b/><w:color w:val=\"" + NAVY + "\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"));
		styles.append(paragraphStyle("SourceNote", "Source Note", "Normal", true, "<w:spacing w:after=\"60\"/>",
				"<w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>"));
		styles.append(paragraphStyle("Quote", "Quote", "Normal", true,
				"<w:keepNext/><w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"10\" w:color=\"" + BLUE
						+ "\"/></w:pBdr><w:spacing w:before=\"160\" w:after=\"60\"/><w:ind w:left=\"454\" w:right=\"454\"/>",
				"<w:i/><w:color w:val=\"2B2B2B\"/><w:sz w:val=\"23\"/><w:szCs w:val=\"23\"/>"));
		styles.append(paragraphStyle("Attribution", "Quote Attribution", "Normal", true,
				"<w:spacing w:after=\"200\"/><w:ind w:left=\"454\" w:right=\"454\"/>",
				"<w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>"));
		styles.append(paragraphStyle("TableHeading", "Table Heading", "Normal", true, "<w:keepNext/><w:spacing w:before=\"60\" w:after=\"60\"/>",
				"<w:b/><w:color w:val=\"" + NAVY + "\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>"));
		styles.append(paragraphStyle("TableText", "Table Text", "Normal", true, "<w:spacing w:before=\"60\" w:after=\"60\" w:line=\"252\" w:lineRule=\"auto\"/>",
				"<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"));
		styles.append(paragraphStyle("FigureValue", "Figure Value", "Normal", true, "<w:spacing w:before=\"40\" w:after=\"40\"/>",
				"<w:b/><w:color w:val=\"" + BLUE + "\"/><w:sz w:val=\"" + FIGURE_SIZE + "\"/><w:szCs w:val=\"" + FIGURE_SIZE + "\"/>"));
		styles.append(paragraphStyle("AfterTable", "After Table", "Normal", false, "<w:spacing w:after=\"60\"/>",
				"<w:sz w:val=\"12\"/><w:szCs w:val=\"12\"/>"));
		styles.append(paragraphStyle("SourceEntry", "Source Entry", "Normal", true,
				"<w:tabs><w:tab w:val=\"left\" w:pos=\"454\"/></w:tabs><w:spacing w:after=\"80\"/><w:ind w:left=\"454\" w:hanging=\"454\"/>",
				"<w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>"));
		styles.append(paragraphStyle("Header", "header", "Normal", true,
				"<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"" + RULE + "\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\""
						+ TEXT_WIDTH + "\"/></w:tabs><w:spacing w:after=\"0\"/>",
				"<w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"));
		styles.append(paragraphStyle("Footer", "footer", "Normal", true,
				"<w:tabs><w:tab w:val=\"right\" w:pos=\"" + TEXT_WIDTH + "\"/></w:tabs><w:spacing w:after=\"0\"/>",
				"<w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"));
		styles.append(characterStyle("CitationMark", "Citation Mark",
				"<w:b/><w:i w:val=\"0\"/><w:color w:val=\"" + BLUE + "\"/><w:vertAlign w:val=\"superscript\"/>"));
		styles.append(characterStyle("PanelBio", "Panel Biography",
				"<w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"));
		styles.append(characterStyle("DetailLabel", "Detail Label",
				"<w:b/><w:caps/><w:color w:val=\"" + MUTED + "\"/><w:spacing w:val=\"10\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>"));
		styles.append(characterStyle("Url", "Web Address", "<w:color w:val=\"" + BLUE + "\"/>"));
		styles.append(characterStyle("Hyperlink", "Hyperlink", "<w:color w:val=\"" + BLUE + "\"/><w:u w:val=\"single\"/>"));
		styles.append("""
				<w:style w:type="table" w:default="1" w:styleId="TableNormal">
				  <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
				  <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
				</w:style>
				""");
		styles.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"BriefingTable\"><w:name w:val=\"Briefing Table\"/>"
				+ "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/><w:qFormat/>"
				+ "<w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
				+ "<w:tblPr><w:tblBorders>"
				+ "<w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"" + BLUE + "\"/>"
				+ "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"" + BLUE + "\"/>"
				+ "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + RULE + "\"/>"
				+ "</w:tblBorders><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
				+ "<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
		return xml("<w:styles xmlns:w=\"" + W + "\">" + styles + "</w:styles>");
	}

	private static String paragraphStyle(String id, String name, String basedOn, boolean quickFormat, String pPr,
			String rPr) {
		StringBuilder style = new StringBuilder("<w:style w:type=\"paragraph\"");
		if (basedOn == null) {
			style.append(" w:default=\"1\"");
		}
		else if (!isBuiltIn(id)) {
			style.append(" w:customStyle=\"1\"");
		}
		style.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
		if (basedOn != null) {
			style.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
		}
		if (id.startsWith("Heading")) {
			style.append("<w:next w:val=\"BodyText\"/>");
		}
		if (quickFormat) {
			style.append("<w:qFormat/>");
		}
		if (!pPr.isEmpty()) {
			style.append("<w:pPr>").append(pPr).append("</w:pPr>");
		}
		if (!rPr.isEmpty()) {
			style.append("<w:rPr>").append(rPr).append("</w:rPr>");
		}
		return style.append("</w:style>").toString();
	}

	private static boolean isBuiltIn(String id) {
		return switch (id) {
			case "BodyText", "Title", "Subtitle", "Heading1", "Heading2", "TOCHeading", "TOC1", "Quote", "Header",
					"Footer" -> true;
			default -> false;
		};
	}

	private static String characterStyle(String id, String name, String rPr) {
		String custom = id.equals("Hyperlink") ? "" : " w:customStyle=\"1\"";
		return "<w:style w:type=\"character\"" + custom + " w:styleId=\"" + id + "\"><w:name w:val=\"" + name
				+ "\"/><w:rPr>" + rPr + "</w:rPr></w:style>";
	}

	private static String settings() {
		// In the schema's order (Word refuses elements out of order). No updateFields: the
		// document has no field Word should refresh on opening (PAGE and NUMPAGES it lays out).
		return xml("<w:settings xmlns:w=\"" + W + "\">" + "<w:zoom w:percent=\"100\"/>"
				+ "<w:defaultTabStop w:val=\"720\"/>" + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
				+ "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
				+ "<w:themeFontLang w:val=\"en-GB\"/>" + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
				+ "</w:settings>");
	}

	private static String fontTable() {
		return xml("<w:fonts xmlns:w=\"" + W + "\">"
				+ "<w:font w:name=\"Arial\"><w:panose1 w:val=\"020B0604020202020204\"/><w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
				+ "<w:font w:name=\"SimSun\"><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>"
				+ "</w:fonts>");
	}

	// ---------------------------------------------------------------- package plumbing

	private static String contentTypes() {
		String main = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
		return xml("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "document.main+xml\"/>"
				+ "<Override PartName=\"/word/styles.xml\" ContentType=\"" + main + "styles+xml\"/>"
				+ "<Override PartName=\"/word/settings.xml\" ContentType=\"" + main + "settings+xml\"/>"
				+ "<Override PartName=\"/word/fontTable.xml\" ContentType=\"" + main + "fontTable+xml\"/>"
				+ "<Override PartName=\"/word/header1.xml\" ContentType=\"" + main + "header+xml\"/>"
				+ "<Override PartName=\"/word/header2.xml\" ContentType=\"" + main + "header+xml\"/>"
				+ "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + main + "footer+xml\"/>"
				+ "<Override PartName=\"/word/footer2.xml\" ContentType=\"" + main + "footer+xml\"/>"
				+ "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
				+ "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
				+ "</Types>");
	}

	/** The package relationships of a generated template: document, core and app properties. */
	public static String rootRelationships() {
		String base = "http://schemas.openxmlformats.org/";
		return xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + base + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"" + base + "package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
				+ "<Relationship Id=\"rId3\" Type=\"" + base + "officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
				+ "</Relationships>");
	}

	private static String documentRelationships() {
		String type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
		return xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rIdStyles\" Type=\"" + type + "styles\" Target=\"styles.xml\"/>"
				+ "<Relationship Id=\"rIdSettings\" Type=\"" + type + "settings\" Target=\"settings.xml\"/>"
				+ "<Relationship Id=\"rIdFonts\" Type=\"" + type + "fontTable\" Target=\"fontTable.xml\"/>"
				+ "<Relationship Id=\"rIdHeader1\" Type=\"" + type + "header\" Target=\"header1.xml\"/>"
				+ "<Relationship Id=\"rIdHeader2\" Type=\"" + type + "header\" Target=\"header2.xml\"/>"
				+ "<Relationship Id=\"rIdFooter1\" Type=\"" + type + "footer\" Target=\"footer1.xml\"/>"
				+ "<Relationship Id=\"rIdFooter2\" Type=\"" + type + "footer\" Target=\"footer2.xml\"/>"
				+ "</Relationships>");
	}

	private static String coreProperties() {
		return xml("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
				+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
				+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
				+ "<dc:title>Briefing note (Briefdesk default template)</dc:title>" + "<dc:creator>Briefdesk</dc:creator>"
				+ "<dc:language>en-GB</dc:language>"
				+ "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>"
				+ "</cp:coreProperties>");
	}

	private static String appProperties() {
		return xml("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
				+ "<Application>Briefdesk</Application><DocSecurity>0</DocSecurity></Properties>");
	}

}
