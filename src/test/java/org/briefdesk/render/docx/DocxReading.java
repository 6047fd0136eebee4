package org.briefdesk.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

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

	/** The text of every real footnote (not the separators), in order. */
	static List<String> footnotes(XWPFDocument document) {
		List<String> notes = new ArrayList<>();
		for (XWPFFootnote footnote : document.getFootnotes()) {
			if (footnote.getCTFtnEdn().getType() != null && footnote.getCTFtnEdn().getType() != STFtnEdn.NORMAL) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			for (XWPFParagraph paragraph : footnote.getParagraphs()) {
				text.append(paragraph.getText());
			}
			notes.add(text.toString().strip());
		}
		return notes;
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
