package org.briefdesk.render.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Replaces the template's table-of-contents field, after rendering, with the contents of
 * this export: one entry per heading the pack actually has (Heading 1 and 2 by default, the
 * levels the field's {@code \o} switch names), each linked to a bookmark on its heading, its
 * page number a PAGEREF field.
 *
 * <p>Why not leave the TOC field for the office program to rebuild: Word does rebuild it on
 * opening, but LibreOffice shows a TOC field as it was saved, and does not compute page
 * references inside one (tried with LibreOffice 7.4): a pack opened or converted there would
 * show the template's placeholder, or entries without page numbers. PAGEREF fields in plain
 * paragraphs are computed by both programs when they lay out the pages (Word when the
 * document opens, as the template's settings ask it to update fields).
 *
 * <p>Only a field in the document body (not in a content control) whose paragraphs can be
 * followed is replaced; any other is left as the template has it.
 */
final class TableOfContents {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final Pattern LEVELS = Pattern.compile("\\\\o\\s+\"(\\d)-(\\d)\"");

	private static final Pattern HEADING = Pattern.compile("heading ?(\\d)");

	private static final int BOOKMARK_BASE = 880000;

	private TableOfContents() {
	}

	private record Heading(XWPFParagraph paragraph, int level, String text) {
	}

	static void fill(XWPFDocument document) {
		List<IBodyElement> elements = document.getBodyElements();
		int begin = -1;
		String instruction = null;
		for (int i = 0; i < elements.size() && begin < 0; i++) {
			if (elements.get(i) instanceof XWPFParagraph paragraph) {
				instruction = tocInstruction(paragraph.getCTP());
				if (instruction != null) {
					begin = i;
				}
			}
		}
		if (begin < 0) {
			return;
		}
		int end = fieldEnd(elements, begin);
		if (end < 0) {
			return;
		}
		int[] levels = levels(instruction);
		List<Heading> headings = new ArrayList<>();
		Map<String, Integer> styleLevels = new HashMap<>();
		for (int i = end + 1; i < elements.size(); i++) {
			if (elements.get(i) instanceof XWPFParagraph paragraph) {
				int level = headingLevel(document, paragraph, styleLevels);
				if (level >= levels[0] && level <= levels[1]) {
					String text = paragraph.getText().strip();
					if (!text.isEmpty()) {
						headings.add(new Heading(paragraph, level, text));
					}
				}
			}
		}
		if (headings.isEmpty()) {
			return;
		}
		for (int i = 0; i < headings.size(); i++) {
			bookmark(headings.get(i).paragraph().getCTP(), BOOKMARK_BASE + i);
		}
		// Replace the field's paragraphs with the entries, inserted before the first of them.
		XWPFParagraph first = (XWPFParagraph) elements.get(begin);
		for (int i = 0; i < headings.size(); i++) {
			XWPFParagraph entry;
			try (XmlCursor cursor = first.getCTP().newCursor()) {
				entry = document.insertNewParagraph(cursor);
			}
			entry(entry, headings.get(i), BOOKMARK_BASE + i);
		}
		int firstIndex = document.getBodyElements().indexOf(first);
		for (int i = firstIndex + (end - begin); i >= firstIndex; i--) {
			document.removeBodyElement(i);
		}
	}

	private static String tocInstruction(CTP paragraph) {
		StringBuilder instruction = new StringBuilder();
		boolean begun = false;
		for (CTR run : paragraph.getRList()) {
			for (CTFldChar fldChar : run.getFldCharList()) {
				if (fldChar.getFldCharType() == STFldCharType.BEGIN) {
					begun = true;
				}
			}
			if (begun) {
				for (CTText text : run.getInstrTextList()) {
					instruction.append(text.getStringValue());
				}
				if (run.sizeOfFldCharArray() > 0 && run.getFldCharArray(0).getFldCharType() != STFldCharType.BEGIN) {
					break;
				}
			}
		}
		String text = instruction.toString().strip();
		return text.toUpperCase(Locale.ROOT).startsWith("TOC") ? text : null;
	}

	/** The index of the paragraph holding the TOC field's end, or -1 when it cannot be followed. */
	private static int fieldEnd(List<IBodyElement> elements, int begin) {
		int depth = 0;
		for (int i = begin; i < elements.size(); i++) {
			if (!(elements.get(i) instanceof XWPFParagraph paragraph)) {
				return -1;
			}
			try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
				// fldChars sit in runs, and in runs inside hyperlinks, in document order.
				while (cursor.toNextToken() != XmlCursor.TokenType.ENDDOC) {
					if (!cursor.isStart() || !"fldChar".equals(cursor.getName().getLocalPart())) {
						continue;
					}
					String type = cursor.getAttributeText(new QName(W, "fldCharType"));
					if ("begin".equals(type)) {
						depth++;
					}
					else if ("end".equals(type) && --depth == 0) {
						return i;
					}
				}
			}
		}
		return -1;
	}

	private static int[] levels(String instruction) {
		Matcher matcher = LEVELS.matcher(instruction);
		if (matcher.find()) {
			return new int[] { Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) };
		}
		return new int[] { 1, 3 };
	}

	/** 1 for "heading 1", 2 for "heading 2"...; 0 for any other paragraph. */
	private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph, Map<String, Integer> known) {
		String styleId = paragraph.getStyleID();
		if (styleId == null || document.getStyles() == null) {
			return 0;
		}
		return known.computeIfAbsent(styleId, id -> {
			XWPFStyle style = document.getStyles().getStyle(id);
			String name = style == null || style.getName() == null ? id : style.getName();
			Matcher matcher = HEADING.matcher(name.toLowerCase(Locale.ROOT));
			return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
		});
	}

	private static void bookmark(CTP heading, int id) {
		String name = "_Toc" + id;
		try (XmlCursor cursor = heading.newCursor()) {
			cursor.toEndToken();
			cursor.beginElement(new QName(W, "bookmarkEnd", "w"));
			cursor.insertAttributeWithValue(new QName(W, "id", "w"), Integer.toString(id));
		}
		try (XmlCursor cursor = heading.newCursor()) {
			boolean child = cursor.toFirstChild();
			if (child && "pPr".equals(cursor.getName().getLocalPart())) {
				child = cursor.toNextSibling();
			}
			if (!child) {
				cursor.toEndToken();
			}
			cursor.beginElement(new QName(W, "bookmarkStart", "w"));
			cursor.insertAttributeWithValue(new QName(W, "id", "w"), Integer.toString(id));
			cursor.insertAttributeWithValue(new QName(W, "name", "w"), name);
		}
	}

	/** Heading text linked to its bookmark, a tab (dot leader in the TOC styles), its page as a PAGEREF field. */
	private static void entry(XWPFParagraph entry, Heading heading, int id) {
		entry.setStyle("TOC" + heading.level());
		CTHyperlink link = entry.getCTP().addNewHyperlink();
		link.setAnchor("_Toc" + id);
		link.addNewR().addNewT().setStringValue(heading.text());
		entry.createRun().addTab();
		CTFldChar begin = entry.createRun().getCTR().addNewFldChar();
		begin.setFldCharType(STFldCharType.BEGIN);
		begin.setDirty(STOnOff1.ON);
		CTText instruction = entry.createRun().getCTR().addNewInstrText();
		instruction.setStringValue(" PAGEREF _Toc" + id + " \\h ");
		instruction.setSpace(SpaceAttribute.Space.PRESERVE);
		entry.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		entry.createRun().getCTR().addNewT().setStringValue("");
		entry.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

}
