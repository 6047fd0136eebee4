package org.briefdesk.render.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.ContentsEntry;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.run.RunTemplate;

/**
 * The links inside one export, made from two signs. {@code {{^note}}} is a citation marker:
 * the note number, raised, linked to the entry of that number in the Sources list (0, "no
 * source", leaves nothing); {@code {{^heading}}} is the heading text linked to its section.
 * {@code {{~number}}} in a Sources entry, and {@code {{~headings.figures}}} in a heading,
 * print the value and make it the target of those links (a Word bookmark).
 *
 * <p>Why links to the list rather than Word footnotes: a footnote is numbered by Word, in the
 * order the marks appear, so its number can differ from the number of the same source in the
 * Sources list (and from the PDF's). Here the number printed is the model's, and it is the
 * number of the list entry it points to. The links are plain {@code w:hyperlink} elements
 * with an anchor, not fields: nothing asks to be updated when the document opens.
 *
 * <p>A sections' links and targets are found by the heading text the model gives them
 * ({@link PackModel#contents()}), so a template names them with the fields it prints.
 */
final class CrossReferences {

	static final char LINK = '^';

	static final char TARGET = '~';

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** Bookmark ids this class gives; far above the few a template may carry. */
	private static final int FIRST_ID = 880000;

	private final Map<String, String> sections = new HashMap<>();

	private final Set<String> placed = new HashSet<>();

	private int nextId = FIRST_ID;

	private CrossReferences(PackModel model) {
		if (model != null) {
			for (ContentsEntry entry : model.contents()) {
				this.sections.put(entry.heading(), sectionBookmark(entry.anchor()));
			}
		}
	}

	/** For one export: the links know this pack's sections. */
	static CrossReferences forPack(PackModel model) {
		return new CrossReferences(model);
	}

	/** For a template check, which renders nothing. */
	static CrossReferences none() {
		return new CrossReferences(null);
	}

	/** The bookmark on Sources entry {@code number}. */
	static String sourceBookmark(int number) {
		return "source_" + number;
	}

	/** The bookmark on a section's heading; Word's bookmark names allow letters, digits and "_" only. */
	static String sectionBookmark(String anchor) {
		return "section_" + anchor.replaceAll("[^A-Za-z0-9_]", "_");
	}

	RenderPolicy links() {
		return (element, data, template) -> link(element, data);
	}

	RenderPolicy targets() {
		return (element, data, template) -> target(element, data);
	}

	private void link(ElementTemplate element, Object data) {
		CTR run = ((RunTemplate) element).getRun().getCTR();
		Object value = value(data);
		clear(run);
		if (value instanceof Number number) {
			if (number.intValue() != 0) {
				CTR marker = hyperlink(run, sourceBookmark(number.intValue()));
				marker.addNewT().setStringValue(Integer.toString(number.intValue()));
				superscript(marker);
			}
			return;
		}
		String text = value == null ? "" : value.toString();
		if (text.isEmpty()) {
			return;
		}
		String bookmark = this.sections.get(text);
		if (bookmark == null) {
			run.addNewT().setStringValue(text); // not a heading of this pack: the text, unlinked
			return;
		}
		hyperlink(run, bookmark).addNewT().setStringValue(text);
	}

	private void target(ElementTemplate element, Object data) {
		XWPFRun run = ((RunTemplate) element).getRun();
		Object value = value(data);
		String text = value == null ? "" : value.toString();
		run.setText(text, 0);
		String bookmark = value instanceof Number number ? sourceBookmark(number.intValue()) : this.sections.get(text);
		if (bookmark == null || text.isEmpty() || !this.placed.add(bookmark)) {
			return; // nothing to point at, or already placed (a bookmark name is unique in a document)
		}
		bookmark(run.getCTR(), bookmark, this.nextId++);
	}

	private static Object value(Object data) {
		Object value = data instanceof PlainDataCompute.Scalar scalar ? scalar.value() : data;
		if (value != null && !(value instanceof Number) && !(value instanceof String)) {
			throw new RenderException("a link or link target needs a number or a heading, found: " + value);
		}
		return value;
	}

	private static void clear(CTR run) {
		while (run.sizeOfTArray() > 0) {
			run.removeT(0);
		}
	}

	/** A hyperlink to {@code bookmark} just before the tag's run, holding one run formatted as the tag was. */
	private static CTR hyperlink(CTR tagRun, String bookmark) {
		CTHyperlink link;
		try (XmlCursor cursor = tagRun.newCursor()) {
			cursor.beginElement(new QName(W, "hyperlink", "w"));
		}
		try (XmlCursor cursor = tagRun.newCursor()) {
			cursor.toPrevSibling(); // the element just inserted before the run
			link = (CTHyperlink) cursor.getObject();
		}
		link.setAnchor(bookmark);
		link.setHistory(STOnOff1.ON);
		CTR run = link.addNewR();
		if (tagRun.isSetRPr()) {
			run.setRPr((CTRPr) tagRun.getRPr().copy());
		}
		return run;
	}

	private static void bookmark(CTR run, String name, int id) {
		try (XmlCursor cursor = run.newCursor()) {
			cursor.beginElement(new QName(W, "bookmarkStart", "w"));
			cursor.insertAttributeWithValue(new QName(W, "id", "w"), Integer.toString(id));
			cursor.insertAttributeWithValue(new QName(W, "name", "w"), name);
		}
		try (XmlCursor cursor = run.newCursor()) {
			cursor.toEndToken();
			cursor.toNextToken(); // just after the run
			cursor.beginElement(new QName(W, "bookmarkEnd", "w"));
			cursor.insertAttributeWithValue(new QName(W, "id", "w"), Integer.toString(id));
		}
	}

	/** The template's CitationMark style says so too; this keeps the number raised in a template without it. */
	private static void superscript(CTR run) {
		CTRPr properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
		if (properties.sizeOfVertAlignArray() == 0) {
			properties.addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
		}
	}

}
