package org.briefdesk.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Small Word templates built in tests with POI: good ones and ones with each kind of mistake. */
final class BadTemplates {

	private BadTemplates() {
	}

	/** A document with one paragraph (one run) per text. */
	static XWPFDocument paragraphs(String... texts) {
		XWPFDocument document = new XWPFDocument();
		for (String text : texts) {
			document.createParagraph().createRun().setText(text);
		}
		return document;
	}

	/** Adds a paragraph whose text is split into the given runs, as Word does after an edit. */
	static XWPFDocument withRuns(XWPFDocument document, String... runs) {
		XWPFParagraph paragraph = document.createParagraph();
		for (String run : runs) {
			paragraph.createRun().setText(run);
		}
		return document;
	}

	/** Adds a table, one text per cell. */
	static XWPFDocument withTable(XWPFDocument document, String[][] rows) {
		XWPFTable table = document.createTable(rows.length, rows[0].length);
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				table.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(rows[r][c]);
			}
		}
		return document;
	}

	static XWPFDocument withHeaderAndFooter(XWPFDocument document, String header, String footer) {
		document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
		document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
		return document;
	}

	static Path write(Path file, XWPFDocument document) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			document.write(out);
		}
		document.close();
		return file;
	}

}
