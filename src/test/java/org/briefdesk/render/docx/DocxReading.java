package org.briefdesk.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/** Reads an exported .docx back with POI, for assertions. */
final class DocxReading {

	private DocxReading() {
	}

	static XWPFDocument open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}

	static XWPFDocument open(byte[] docx) throws IOException {
		return new XWPFDocument(new java.io.ByteArrayInputStream(docx));
	}

	/** The text of every paragraph of the body, tables included, one a line. */
	static String bodyText(XWPFDocument document) {
		List<String> lines = new ArrayList<>();
		collect(document.getBodyElements(), lines);
		return String.join("\n", lines);
	}

	/** An internal link: the bookmark it points to and the text it shows. */
	record Link(String anchor, String text) {
	}

	/** The internal links of a paragraph, in order. */
	static List<Link> links(XWPFParagraph paragraph) {
		List<Link> links = new ArrayList<>();
		for (CTHyperlink link : paragraph.getCTP().getHyperlinkList()) {
			StringBuilder text = new StringBuilder();
			for (CTR run : link.getRList()) {
				for (CTText t : run.getTList()) {
					text.append(t.getStringValue());
				}
			}
			links.add(new Link(link.getAnchor(), text.toString()));
		}
		return links;
	}

	/** The names of the bookmarks that start in a paragraph. */
	static List<String> bookmarks(XWPFParagraph paragraph) {
		return paragraph.getCTP().getBookmarkStartList().stream().map(CTBookmark::getName).toList();
	}

	/** Every paragraph of the body, those in table cells included, in document order. */
	static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
		List<XWPFParagraph> paragraphs = new ArrayList<>();
		paragraphs(document.getBodyElements(), paragraphs);
		return paragraphs;
	}

	private static void paragraphs(List<IBodyElement> elements, List<XWPFParagraph> paragraphs) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraphs.add(paragraph);
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						paragraphs(cell.getBodyElements(), paragraphs);
					}
				}
			}
		}
	}

	/** The first table after the Heading 1 whose text is {@code heading}. */
	static XWPFTable tableAfterHeading(XWPFDocument document, String heading) {
		boolean found = false;
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph && "Heading1".equals(paragraph.getStyleID())) {
				found = paragraph.getText().strip().equals(heading);
			}
			else if (found && element instanceof XWPFTable table) {
				return table;
			}
		}
		throw new AssertionError("no table after heading " + heading);
	}

	static List<XWPFParagraph> paragraphsWithStyle(XWPFDocument document, String styleId) {
		return document.getParagraphs().stream().filter(p -> styleId.equals(p.getStyleID())).toList();
	}

	private static void collect(List<IBodyElement> elements, List<String> lines) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				lines.add(paragraph.getText());
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						collect(cell.getBodyElements(), lines);
					}
				}
			}
		}
	}

}
