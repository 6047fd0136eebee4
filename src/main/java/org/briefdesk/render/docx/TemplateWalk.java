package org.briefdesk.render.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.briefdesk.render.docx.TagGrammar.Tag;
import org.briefdesk.render.docx.TagGrammar.Token;
import org.briefdesk.render.docx.TemplateCheck.Placeholder;
import org.briefdesk.render.docx.TemplateScopes.Open;
import org.briefdesk.render.docx.TemplateScopes.RowLoop;
import org.briefdesk.render.docx.TemplateScopes.Scope;

import com.deepoove.poi.xwpf.XWPFRunWrapper;
import com.deepoove.poi.xwpf.XWPFStructuredDocumentTag;
import com.deepoove.poi.xwpf.XWPFTextboxContent;

/**
 * Walks a Word document the way poi-tl's resolver does (the same paragraphs, runs, cells,
 * text boxes and content controls, body, headers, footers, footnotes, endnotes and
 * comments) and names each place as a user finds it (body paragraph N, table T row R cell C,
 * first-page header, text box in …), so that the check can say where a thing is and report
 * every mistake at once where poi-tl stops at the first. The tags of each paragraph come from
 * {@link TagGrammar}; what each means, from {@link TemplateScopes}. One walk checks one document.
 */
final class TemplateWalk {

	/** One body: the document's, a header's, a cell's... and how its paragraphs are named. */
	private record Body(String label, boolean compact, boolean repeatedRow, List<RowLoop> rowLoops) {

		String paragraph(int number, int count) {
			if (this.label.isEmpty()) {
				return "body paragraph " + number;
			}
			if (this.compact && count == 1) {
				return this.label;
			}
			return this.label + " paragraph " + number;
		}

		String table(int number) {
			if (this.label.isEmpty()) {
				return "table " + number;
			}
			return this.label + (this.label.contains(" row ") ? ", table " : " table ") + number;
		}

	}

	private final List<Placeholder> placeholders = new ArrayList<>();

	/** Curly tags seen, as poi-tl spells their source, with the placeholder that shows each. */
	private final List<Map.Entry<String, Integer>> curlyTags = new ArrayList<>();

	private final TagGrammar grammar;

	/** Where names resolve outside every block: the model the template is checked against. */
	private final Scope model;

	TemplateWalk(TagGrammar grammar, Class<? extends Record> model) {
		this.grammar = grammar;
		this.model = Scope.model(model);
	}

	/** The placeholders and mistakes found so far, in document order. */
	List<Placeholder> placeholders() {
		return this.placeholders;
	}

	/** Each curly tag seen, as written, with the index of its placeholder (for {@link PoiTlReconciliation}). */
	List<Map.Entry<String, Integer>> curlyTags() {
		return this.curlyTags;
	}

	void document(XWPFDocument document) {
		body(document.getBodyElements(), new Body("", false, false, null), this.model);
		XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
		for (XWPFHeader header : document.getHeaderList()) {
			body(header.getBodyElements(), new Body(headerFooterLabel(policy, header, "header"), true, false, null),
					this.model);
		}
		for (XWPFFooter footer : document.getFooterList()) {
			body(footer.getBodyElements(), new Body(headerFooterLabel(policy, footer, "footer"), true, false, null),
					this.model);
		}
		bodies(document.getFootnotes(), "footnote");
		bodies(document.getEndnotes(), "endnote");
		XWPFComments comments = document.getDocComments();
		if (comments != null) {
			bodies(comments.getComments(), "comment");
		}
	}

	private static String headerFooterLabel(XWPFHeaderFooterPolicy policy, Object part, String kind) {
		if (policy != null) {
			if (part == policy.getFirstPageHeader() || part == policy.getFirstPageFooter()) {
				return "first-page " + kind;
			}
			if (part == policy.getEvenPageHeader() || part == policy.getEvenPageFooter()) {
				return "even-page " + kind;
			}
		}
		return kind;
	}

	private void bodies(List<? extends IBody> bodies, String label) {
		for (int i = 0; i < bodies.size(); i++) {
			String name = bodies.size() == 1 ? label : label + " " + (i + 1);
			body(bodies.get(i).getBodyElements(), new Body(name, false, false, null), this.model);
		}
	}

	private void body(List<IBodyElement> elements, Body body, Scope base) {
		Deque<Open> blocks = new ArrayDeque<>();
		int paragraphs = (int) elements.stream().filter(e -> e.getElementType() == BodyElementType.PARAGRAPH).count();
		int paragraphNumber = 0;
		int tableNumber = 0;
		for (IBodyElement element : elements) {
			Scope scope = TemplateScopes.current(blocks, base);
			if (element instanceof XWPFParagraph paragraph) {
				paragraphNumber++;
				paragraph(paragraph, body, body.paragraph(paragraphNumber, paragraphs), blocks, base);
			}
			else if (element instanceof XWPFTable table) {
				tableNumber++;
				table(table, body.table(tableNumber), scope);
			}
			else if (element instanceof XWPFStructuredDocumentTag control && control.getContent() != null) {
				String label = "content control after " + body.paragraph(Math.max(paragraphNumber, 1), 2);
				body(control.getContent().getBodyElements(), new Body(label, false, false, null), scope);
			}
		}
		for (Open open : blocks) {
			add(open.where(), open.tag(), "", open.tag() + " is never closed; add {{/" + open.name()
					+ "}} after the part it shows (in the same " + container(body) + ")");
		}
	}

	private static String container(Body body) {
		if (body.label().contains(" cell ")) {
			return "table cell";
		}
		if (body.label().isEmpty()) {
			return "document body, outside tables";
		}
		return body.label().replaceAll(" \\d+$", "");
	}

	private void table(XWPFTable table, String label, Scope scope) {
		List<RowLoop> rowLoops = List.of();
		List<XWPFTableRow> rows = table.getRows();
		for (int r = 0; r < rows.size(); r++) {
			boolean repeated = !rowLoops.isEmpty();
			Scope rowScope = repeated ? rowLoops.get(0).scope() : scope;
			List<RowLoop> found = new ArrayList<>();
			List<XWPFTableCell> cells = rows.get(r).getTableCells();
			for (int c = 0; c < cells.size(); c++) {
				String where = label + " row " + (r + 1) + " cell " + (c + 1);
				body(cells.get(c).getBodyElements(), new Body(where, true, repeated, found), rowScope);
			}
			if (!found.isEmpty() && r == rows.size() - 1) {
				RowLoop loop = found.get(0);
				add(loop.where(), loop.tag(), loop.field(), loop.tag()
						+ " repeats the table row below it, but it is in the last row; add the row to repeat below it");
			}
			rowLoops = found;
		}
	}

	private void paragraph(XWPFParagraph paragraph, Body body, String where, Deque<Open> blocks, Scope base) {
		StringBuilder text = new StringBuilder();
		for (XWPFRun run : paragraph.getRuns()) {
			text.append(run.text());
		}
		if (body.repeatedRow()) {
			// The row is copied for each element; the main pass sees its {{…}} before the copy.
			for (Token token : this.grammar.curlyTokens(text.toString())) {
				add(where, token.text(), "", "inside a repeated table row, write fields as [name], not "
						+ token.text() + "; braces there are not replaced");
			}
			for (Token token : this.grammar.squareTokens(text.toString())) {
				tag(this.grammar.parse(token, false), where, body, blocks, base);
			}
		}
		else {
			for (Token token : this.grammar.curlyTokens(text.toString())) {
				if (!token.tag()) {
					add(where, token.text(), "", token.problem());
				}
				else {
					tag(this.grammar.parse(token, true), where, body, blocks, base);
				}
			}
		}
		for (XWPFRun run : paragraph.getRuns()) {
			String first = run.getText(0);
			if (first != null && !first.isBlank() || !mayHoldTextBox(run)) {
				continue;
			}
			XWPFRunWrapper wrapper = new XWPFRunWrapper(run);
			Scope scope = TemplateScopes.current(blocks, base);
			for (XWPFTextboxContent box : new XWPFTextboxContent[] { wrapper.getWpstxbx(), wrapper.getVtextbox(),
					wrapper.getShapetxbx() }) {
				if (box != null) {
					body(box.getBodyElements(), new Body("text box in " + where, false, false, null), scope);
				}
			}
		}
	}

	private void tag(Tag tag, String where, Body body, Deque<Open> blocks, Scope base) {
		if (tag.curly()) {
			this.curlyTags.add(Map.entry(tag.written(), this.placeholders.size()));
		}
		TemplateScopes.resolve(tag, where, body.rowLoops(), blocks, base, this.placeholders);
	}

	/** Whether a run holds a drawing or shape (where text boxes live); asked before poi-tl's slower XPath look. */
	private static boolean mayHoldTextBox(XWPFRun run) {
		try (XmlCursor cursor = run.getCTR().newCursor()) {
			for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
				String name = cursor.getName().getLocalPart();
				if (name.equals("drawing") || name.equals("pict") || name.equals("AlternateContent")
						|| name.equals("object")) {
					return true;
				}
			}
		}
		return false;
	}

	private void add(String where, String tag, String field, String problem) {
		this.placeholders.add(new Placeholder(where, tag, field, problem));
	}

}
