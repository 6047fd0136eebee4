package org.briefdesk.render.docx;

import java.math.BigInteger;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.run.RunTemplate;

/**
 * Renders {@code {{^note}}}: a real Word footnote at the placeholder, whose text is the
 * citation of source note {@code note} (with its web address). A note number of 0 means "no
 * source" and leaves nothing. Word and LibreOffice number the footnotes themselves, in the
 * order they appear.
 */
final class FootnotePolicy implements RenderPolicy {

	/** The sign that marks a footnote placeholder: {@code {{^note}}}, or {@code [^note]} in a repeated row. */
	static final char SIGN = '^';

	private final Map<Integer, String> citations;

	/** @param citations the text of each source note, by number */
	FootnotePolicy(Map<Integer, String> citations) {
		this.citations = citations;
	}

	@Override
	public void render(ElementTemplate element, Object data, XWPFTemplate template) {
		XWPFRun run = ((RunTemplate) element).getRun();
		Object value = data instanceof PlainDataCompute.Scalar scalar ? scalar.value() : data;
		if (!(value instanceof Number number)) {
			throw new RenderException(element.getSource() + " needs a note number, found: " + value);
		}
		CTR tagRun = run.getCTR();
		while (tagRun.sizeOfTArray() > 0) {
			tagRun.removeT(0);
		}
		if (number.intValue() == 0) {
			return;
		}
		String citation = this.citations.getOrDefault(number.intValue(),
				"Source note " + number.intValue() + " is not recorded in this pack.");
		XWPFFootnote footnote = newFootnote(template.getXWPFDocument(), citation);
		superscript(tagRun);
		tagRun.addNewFootnoteReference().setId(footnote.getId());
	}

	private static XWPFFootnote newFootnote(XWPFDocument document, String citation) {
		XWPFFootnotes footnotes = document.createFootnotes();
		if (footnotes.getFootnotesList().isEmpty()) {
			// A footnotes part made here: give it the separators Word itself writes.
			separator(footnotes, -1, STFtnEdn.SEPARATOR);
			separator(footnotes, 0, STFtnEdn.CONTINUATION_SEPARATOR);
		}
		XWPFFootnote footnote = footnotes.createFootnote();
		XWPFParagraph paragraph = footnote.createParagraph(); // starts with the footnote's own mark
		paragraph.setStyle("FootnoteText");
		superscript(paragraph.getRuns().get(0).getCTR());
		XWPFRun text = paragraph.createRun();
		text.setText(" " + citation);
		return footnote;
	}

	private static void separator(XWPFFootnotes footnotes, int id, STFtnEdn.Enum type) {
		CTFtnEdn note = CTFtnEdn.Factory.newInstance();
		note.setId(BigInteger.valueOf(id));
		note.setType(type);
		CTR run = note.addNewP().addNewR();
		if (type == STFtnEdn.SEPARATOR) {
			run.addNewSeparator();
		}
		else {
			run.addNewContinuationSeparator();
		}
		footnotes.addFootnote(note);
	}

	/** The FootnoteReference style says so too; this keeps the mark raised in a template without it. */
	private static void superscript(CTR run) {
		CTRPr properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
		if (properties.sizeOfRStyleArray() == 0) {
			properties.addNewRStyle().setVal("FootnoteReference");
		}
		if (properties.sizeOfVertAlignArray() == 0) {
			properties.addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
		}
	}

}
