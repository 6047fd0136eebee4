package org.briefdesk.render.invitation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.briefdesk.render.docx.BriefingTemplateGenerator;

/**
 * Builds the default invitation letters, {@code templates/invitation.docx} (English) and
 * {@code templates/invitation.fr.docx} (French), from the WordprocessingML below: a one-page
 * A4 letter with the issuer's letterhead in the header, the date, the address block, the
 * subject, the salutation, the invitation with the event's date, time, venue and co-chairs in
 * a small table, the closing and the signature, and a footer with the event and the page
 * number. Only plain {@code {{field}}} tags: every letter takes the fast path. Written by hand
 * like {@code BriefingTemplateGenerator}, so the package is small and clean and
 * {@code InvitationTemplatesTest} can prove the committed files are what this class makes.
 *
 * <p>Rebuild with {@code bench/make-template.sh}.
 */
public final class InvitationTemplateGenerator {

	static final Path ENGLISH = Path.of("templates", "invitation.docx");

	static final Path FRENCH = Path.of("templates", "invitation.fr.docx");

	/** A4 with 2.5 cm side margins: the text is 9026 twips wide. */
	static final int TEXT_WIDTH = 9026;

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String NAVY = "1F3B5C";

	private static final String MUTED = "5B6770";

	private static final String RULE = "B9CBDD";

	private static final String NBSP = "\u00A0";

	/** The words of a letter in one language. */
	record Wording(String language, String locale, String subject, String invitation, String date,
			String venue, String coChairs, String reply, String page) {
	}

	static final Wording EN = new Wording("en", "en-GB", "Invitation: {{event.title}}",
			"On behalf of {{issuedBy}}, I have the honour to invite you to the meeting “{{event.title}}”.", "Date", "Venue",
			"Co-chairs",
			"I would be grateful if you could confirm your participation by replying to this letter. "
					+ "I look forward to welcoming you.",
			"Page");

	static final Wording FR = new Wording("fr", "fr-FR", "Objet" + NBSP + ": invitation – {{event.title}}",
			"{{issuedBy}} a l’honneur de vous inviter à la réunion «" + NBSP + "{{event.title}}" + NBSP
					+ "».",
			"Date", "Lieu", "Coprésidence",
			"Je vous serais reconnaissant de bien vouloir confirmer votre participation en réponse à la présente "
					+ "lettre. Je me réjouis de vous accueillir.",
			"Page");

	private InvitationTemplateGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = args.length > 0 ? Path.of(args[0]) : Path.of("templates");
		Files.write(folder.resolve(ENGLISH.getFileName()), bytes(EN));
		Files.write(folder.resolve(FRENCH.getFileName()), bytes(FR));
		System.out.println("wrote " + folder.resolve(ENGLISH.getFileName()) + " and " + folder.resolve(FRENCH.getFileName()));
	}

	static Map<String, String> parts(Wording words) {
		return parts(words, document(words), header(), footer(words));
	}

	/** A package with the default styles and plumbing around the given body, header and footer. */
	static Map<String, String> parts(Wording words, String document, String header, String footer) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", contentTypes());
		parts.put("_rels/.rels", BriefingTemplateGenerator.rootRelationships());
		parts.put("docProps/core.xml", coreProperties(words));
		parts.put("docProps/app.xml", appProperties());
		parts.put("word/document.xml", document);
		parts.put("word/_rels/document.xml.rels", documentRelationships());
		parts.put("word/styles.xml", styles(words));
		parts.put("word/settings.xml", settings(words));
		parts.put("word/fontTable.xml", fontTable());
		parts.put("word/numbering.xml", numbering());
		parts.put("word/header1.xml", header);
		parts.put("word/footer1.xml", footer);
		return parts;
	}

	static byte[] bytes(Wording words) throws IOException {
		return zip(parts(words));
	}

	static byte[] zip(Map<String, String> parts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				ZipEntry entry = new ZipEntry(part.getKey());
				entry.setTimeLocal(LocalDateTime.of(2026, 1, 1, 0, 0));
				zip.putNextEntry(entry);
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	// ---------------------------------------------------------------- the letter

	static String document(Wording words) {
		StringBuilder body = new StringBuilder();
		body.append(paragraph("LetterDate", "", run("{{letter.date}}")));
		body.append(p("Address", run("{{invitee.addressee}}")));
		body.append(p("Address", run("{{invitee.title}}")));
		body.append(p("AddressLast", run("{{invitee.organisation}}")));
		body.append(p("Subject", run(words.subject())));
		body.append(p("Salutation", run("{{invitee.salutation}}")));
		body.append(p("BodyText", run(words.invitation())));
		body.append(details(words));
		body.append(p("BodyText", run(words.reply())));
		body.append(p("Closing", run("{{invitee.closing}}")));
		body.append(p("Signature", run("{{signatory.fullName}}")));
		body.append(p("SignatureDetail", run("{{signatory.title}}")));
		body.append(p("SignatureDetail", run("{{signatory.organisation}}")));
		return wrapBody(body.toString());
	}

	static String wrapBody(String body) {
		return xml("<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>" + body + sectionProperties()
				+ "</w:body></w:document>");
	}

	static String sectionProperties() {
		return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>"
				+ "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"
				+ "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
				+ "<w:pgMar w:top=\"1985\" w:right=\"1440\" w:bottom=\"1418\" w:left=\"1440\" w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/>"
				+ "<w:cols w:space=\"708\"/></w:sectPr>";
	}

	/** Date, time, venue and co-chairs, label and value side by side in a table without borders. */
	private static String details(Wording words) {
		int label = 1800;
		StringBuilder rows = new StringBuilder();
		String[][] lines = { { words.date(), "{{letter.when}}" },
				{ words.venue(), "{{event.place}}" }, { words.coChairs(), "{{event.coChairs}}" } };
		for (String[] line : lines) {
			rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
				.append(cell(label, p("DetailLabel", run(line[0]))))
				.append(cell(TEXT_WIDTH - label, p("DetailValue", run(line[1]))))
				.append("</w:tr>");
		}
		return "<w:tbl><w:tblPr><w:tblW w:w=\"" + TEXT_WIDTH + "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
				+ "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
				+ "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
				+ "<w:tblGrid><w:gridCol w:w=\"" + label + "\"/><w:gridCol w:w=\"" + (TEXT_WIDTH - label) + "\"/></w:tblGrid>"
				+ rows + "</w:tbl>" + p("AfterTable");
	}

	static String cell(int width, String content) {
		return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
	}

	/** The letterhead: the issuing organisation over a rule, on every page. */
	static String header() {
		return xml("<w:hdr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">" + p("Letterhead", run("{{issuedBy}}"))
				+ "</w:hdr>");
	}

	/** The issuer on the left, the page number on the right: short enough never to wrap. */
	static String footer(Wording words) {
		return xml("<w:ftr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">"
				+ p("Footer", run("{{issuedBy}}"), "<w:r><w:tab/></w:r>", run(words.page() + " "),
						field("PAGE", "1"))
				+ "</w:ftr>");
	}

	static String field(String instruction, String shown) {
		return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + "<w:r><w:instrText xml:space=\"preserve\"> "
				+ instruction + " </w:instrText></w:r>" + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
				+ run(shown) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
	}

	// ---------------------------------------------------------------- building blocks

	static String p(String style, String... runs) {
		return paragraph(style, "", runs);
	}

	static String paragraph(String style, String properties, String... runs) {
		return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + properties + "</w:pPr>" + String.join("", runs)
				+ "</w:p>";
	}

	static String run(String text) {
		return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	static String xml(String root) {
		return BriefingTemplateGenerator.xml(root);
	}

	// ---------------------------------------------------------------- styles

	private static String styles(Wording words) {
		StringBuilder styles = new StringBuilder();
		styles.append("<w:docDefaults><w:rPrDefault><w:rPr>"
				+ "<w:rFonts w:ascii=\"Georgia\" w:hAnsi=\"Georgia\" w:eastAsia=\"SimSun\" w:cs=\"Arial\"/>"
				+ "<w:color w:val=\"1E1E1E\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
				+ "<w:lang w:val=\"" + words.locale() + "\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
				+ "</w:rPr></w:rPrDefault>"
				+ "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
				+ "</w:docDefaults>");
		styles.append(style("Normal", "Normal", null, "", ""));
		styles.append(style("BodyText", "Body Text", "Normal", "<w:spacing w:after=\"160\"/><w:jc w:val=\"both\"/>", ""));
		styles.append(style("Letterhead", "Letterhead", "Normal",
				"<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"6\" w:color=\"" + NAVY + "\"/></w:pBdr>"
						+ "<w:spacing w:after=\"0\"/>",
				"<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:b/><w:caps/><w:color w:val=\"" + NAVY
						+ "\"/><w:spacing w:val=\"10\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"));
		styles.append(style("LetterDate", "Letter Date", "Normal", "<w:spacing w:after=\"480\"/><w:jc w:val=\"right\"/>", ""));
		styles.append(style("Address", "Address", "Normal", "<w:spacing w:after=\"0\"/>", ""));
		styles.append(style("AddressLast", "Address Last Line", "Address", "<w:spacing w:after=\"480\"/>", ""));
		styles.append(style("Subject", "Subject", "Normal", "<w:spacing w:after=\"240\"/>",
				"<w:b/><w:color w:val=\"" + NAVY + "\"/>"));
		styles.append(style("Salutation", "Salutation", "Normal", "<w:spacing w:after=\"200\"/>", ""));
		styles.append(style("DetailLabel", "Detail Label", "Normal", "<w:spacing w:after=\"60\"/>",
				"<w:b/><w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"));
		styles.append(style("DetailValue", "Detail Value", "Normal", "<w:spacing w:after=\"60\"/>", ""));
		styles.append(style("AfterTable", "After Table", "Normal", "<w:spacing w:after=\"120\"/>",
				"<w:sz w:val=\"12\"/><w:szCs w:val=\"12\"/>"));
		styles.append(style("Closing", "Closing", "Normal", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"720\"/>", ""));
		styles.append(style("Signature", "Signature", "Normal", "<w:keepNext/><w:spacing w:after=\"0\"/>", "<w:b/>"));
		styles.append(style("SignatureDetail", "Signature Detail", "Normal", "<w:spacing w:after=\"0\"/>",
				"<w:color w:val=\"" + MUTED + "\"/>"));
		styles.append(style("ListParagraph", "List Paragraph", "Normal", "<w:ind w:left=\"720\"/>", ""));
		styles.append(style("Footer", "footer", "Normal",
				"<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"" + RULE + "\"/></w:pBdr>"
						+ "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + TEXT_WIDTH + "\"/></w:tabs><w:spacing w:after=\"0\"/>",
				"<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:color w:val=\"" + MUTED
						+ "\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"));
		styles.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
				+ "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
				+ "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
				+ "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
		return xml("<w:styles xmlns:w=\"" + W + "\">" + styles + "</w:styles>");
	}

	private static String style(String id, String name, String basedOn, String pPr, String rPr) {
		StringBuilder style = new StringBuilder("<w:style w:type=\"paragraph\"");
		if (basedOn == null) {
			style.append(" w:default=\"1\"");
		}
		else if (!id.equals("BodyText") && !id.equals("Footer") && !id.equals("ListParagraph")) {
			style.append(" w:customStyle=\"1\"");
		}
		style.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
		if (basedOn != null) {
			style.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
		}
		style.append("<w:qFormat/>");
		if (!pPr.isEmpty()) {
			style.append("<w:pPr>").append(pPr).append("</w:pPr>");
		}
		if (!rPr.isEmpty()) {
			style.append("<w:rPr>").append(rPr).append("</w:rPr>");
		}
		return style.append("</w:style>").toString();
	}

	/** One decimal list, for templates that number paragraphs (the default letters do not). */
	private static String numbering() {
		return xml("<w:numbering xmlns:w=\"" + W + "\"><w:abstractNum w:abstractNumId=\"0\">"
				+ "<w:multiLevelType w:val=\"hybridMultilevel\"/>"
				+ "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"
				+ "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
				+ "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>");
	}

	private static String settings(Wording words) {
		return xml("<w:settings xmlns:w=\"" + W + "\">" + "<w:zoom w:percent=\"100\"/>"
				+ "<w:defaultTabStop w:val=\"720\"/>" + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
				+ "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
				+ "<w:themeFontLang w:val=\"" + words.locale() + "\"/>"
				+ "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>" + "</w:settings>");
	}

	private static String fontTable() {
		return xml("<w:fonts xmlns:w=\"" + W + "\">"
				+ "<w:font w:name=\"Georgia\"><w:panose1 w:val=\"02040502050405020303\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
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
				+ "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + main + "numbering+xml\"/>"
				+ "<Override PartName=\"/word/header1.xml\" ContentType=\"" + main + "header+xml\"/>"
				+ "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + main + "footer+xml\"/>"
				+ "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
				+ "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
				+ "</Types>");
	}

	private static String documentRelationships() {
		String type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
		return xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rIdStyles\" Type=\"" + type + "styles\" Target=\"styles.xml\"/>"
				+ "<Relationship Id=\"rIdSettings\" Type=\"" + type + "settings\" Target=\"settings.xml\"/>"
				+ "<Relationship Id=\"rIdFonts\" Type=\"" + type + "fontTable\" Target=\"fontTable.xml\"/>"
				+ "<Relationship Id=\"rIdNumbering\" Type=\"" + type + "numbering\" Target=\"numbering.xml\"/>"
				+ "<Relationship Id=\"rIdHeader1\" Type=\"" + type + "header\" Target=\"header1.xml\"/>"
				+ "<Relationship Id=\"rIdFooter1\" Type=\"" + type + "footer\" Target=\"footer1.xml\"/>"
				+ "</Relationships>");
	}

	private static String coreProperties(Wording words) {
		return xml("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
				+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
				+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
				+ "<dc:title>Invitation (Briefdesk default template)</dc:title>" + "<dc:creator>Briefdesk</dc:creator>"
				+ "<dc:language>" + words.locale() + "</dc:language>"
				+ "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>"
				+ "</cp:coreProperties>");
	}

	private static String appProperties() {
		return xml("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
				+ "<Application>Briefdesk</Application><DocSecurity>0</DocSecurity></Properties>");
	}

}
