package org.briefdesk.render.docx;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
import org.briefdesk.render.ExamplePack;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.TemplateFields;
import org.briefdesk.render.TemplateFields.Kind;
import org.briefdesk.render.TemplateFields.Resolved;
import org.briefdesk.render.docx.TemplateCheck.Placeholder;
import org.springframework.stereotype.Component;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.exception.ResolverException;
import com.deepoove.poi.resolver.TemplateResolver;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ChartTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.PictImageTemplate;
import com.deepoove.poi.template.PictureTemplate;
import com.deepoove.poi.xwpf.XWPFRunWrapper;
import com.deepoove.poi.xwpf.XWPFStructuredDocumentTag;
import com.deepoove.poi.xwpf.XWPFTextboxContent;

/**
 * Checks a Word template against the template data model before anything is rendered:
 * lists every placeholder with where it is (body paragraph N, table T row R cell C, header,
 * footer, footnote, text box), the field it reads, and what is wrong with it. Inside a loop a
 * name is resolved against the loop's element ({@code {{?panelists}}…{{fullName}}…}), in a
 * repeated table row against the row's list ({@code [time]}).
 *
 * <p>It walks the document the way poi-tl's resolver does (the same paragraphs, runs, cells,
 * text boxes and content controls, the same tag pattern), so that it can say where a thing
 * is and report every mistake at once where poi-tl stops at the first. Then, when it found
 * nothing wrong, it compares its placeholders with the ones poi-tl itself found: a tag poi-tl
 * would not replace (or one in a picture or chart) is a mistake too. So a template that passes
 * cannot leave a raw {@code {{…}}} in an export.
 */
@Component
public class DocxTemplateChecker {

	/** poi-tl's loop variables, available inside a loop. */
	private static final Set<String> LOOP_VARIABLES = Set.of("_index", "_is_first", "_is_last", "_has_next",
			"_is_even_item", "_is_odd_item");

	/** Checks a template file, or the default template when {@code template} is null. */
	public TemplateCheck check(Path template) {
		String name = DocxFiles.name(template);
		return check(name, DocxFiles.read(template), PoiTlConfiguration.create(new FootnotePolicy(Map.of())))
			.check();
	}

	/** A check, and the compiled template when the check passed (the exporter renders it). */
	record Checked(TemplateCheck check, XWPFTemplate compiled) {
	}

	/**
	 * Templates that passed, by the SHA-256 of their bytes: the same template exported again
	 * (a session, a batch of packs) is only compiled, not walked again. The check does not
	 * depend on the pack, only on the template's bytes and the data model.
	 */
	private final Map<String, TemplateCheck> passed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, TemplateCheck> eldest) {
			return size() > 16;
		}

	});

	Checked check(String name, byte[] docx, Configure configure) {
		String key = name + "\n" + sha256(docx);
		TemplateCheck known = this.passed.get(key);
		if (known != null) {
			return new Checked(known, DocxFiles.compile(name, docx, configure));
		}
		Checked checked = walk(name, docx, configure);
		if (checked.check().ok()) {
			this.passed.put(key, checked.check());
		}
		return checked;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every Java has SHA-256", impossible);
		}
	}

	private Checked walk(String name, byte[] docx, Configure configure) {
		XWPFTemplate compiled;
		try {
			compiled = DocxFiles.compile(name, docx, configure);
		}
		catch (ResolverException mismatched) {
			// poi-tl stops at the first unclosed or stray block; walk a fresh copy for all of them.
			Scan scan = new Scan(configure);
			scan.document(DocxFiles.open(name, docx));
			if (scan.placeholders.stream().allMatch(Placeholder::ok)) {
				scan.placeholders.add(new Placeholder("document", "", "",
						"poi-tl cannot read the blocks of this template (" + mismatched.getMessage() + ")"));
			}
			return new Checked(new TemplateCheck(name, scan.placeholders), null);
		}
		// Compiling splits runs around tags but keeps every paragraph's text: the walk sees what the user wrote.
		Scan scan = new Scan(configure);
		scan.document(compiled.getXWPFDocument());
		if (scan.placeholders.stream().allMatch(Placeholder::ok)) {
			scan.compareWith(compiled.getElementTemplates());
		}
		TemplateCheck check = new TemplateCheck(name, scan.placeholders);
		return new Checked(check, check.ok() ? compiled : null);
	}

	/** Where names resolve: the model, a loop's element, or an object opened by a block. */
	private record Scope(Class<? extends Record> type, String prefix, String loop) {

		static final Scope MODEL = new Scope(PackModel.class, "", null);

		boolean inLoop() {
			return this.loop != null;
		}

	}

	/** A block opened and not yet closed. */
	private record Open(String tag, String name, String where, Scope inner) {
	}

	/** A placeholder naming a list in a table cell: it repeats the row below it. */
	private record RowLoop(Scope scope, String where, String tag, String field) {
	}

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

	/** A piece of text between braces (or a stray brace) found in a paragraph. */
	private record Token(String text, boolean tag, String problem) {
	}

	private static final class Scan {

		private final List<Placeholder> placeholders = new ArrayList<>();

		/** Curly tags seen, as poi-tl spells their source, with the placeholder that shows each. */
		private final List<Map.Entry<String, Integer>> curlyTags = new ArrayList<>();

		private final Pattern curly;

		private final Pattern square;

		private final Set<Character> signs;

		Scan(Configure configure) {
			this.curly = new TemplateResolver(configure).getTemplatePattern();
			Configure rows;
			try {
				rows = configure.copy(PoiTlConfiguration.ROW_PREFIX, PoiTlConfiguration.ROW_SUFFIX);
			}
			catch (CloneNotSupportedException impossible) {
				throw new IllegalStateException(impossible);
			}
			this.square = new TemplateResolver(rows).getTemplatePattern();
			this.signs = configure.getGramerChars();
		}

		void document(XWPFDocument document) {
			body(document.getBodyElements(), new Body("", false, false, null), Scope.MODEL);
			XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
			for (XWPFHeader header : document.getHeaderList()) {
				body(header.getBodyElements(), new Body(headerFooterLabel(policy, header, "header"), true, false, null),
						Scope.MODEL);
			}
			for (XWPFFooter footer : document.getFooterList()) {
				body(footer.getBodyElements(), new Body(headerFooterLabel(policy, footer, "footer"), true, false, null),
						Scope.MODEL);
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
				body(bodies.get(i).getBodyElements(), new Body(name, false, false, null), Scope.MODEL);
			}
		}

		private void body(List<IBodyElement> elements, Body body, Scope base) {
			Deque<Open> blocks = new ArrayDeque<>();
			int paragraphs = (int) elements.stream().filter(e -> e.getElementType() == BodyElementType.PARAGRAPH).count();
			int paragraphNumber = 0;
			int tableNumber = 0;
			for (IBodyElement element : elements) {
				Scope scope = blocks.isEmpty() ? base : blocks.peek().inner();
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
				for (Token token : tokens(text.toString(), "{{", "}}", this.curly, true)) {
					add(where, token.text(), "", "inside a repeated table row, write fields as [name], not "
							+ token.text() + "; braces there are not replaced");
				}
				for (Token token : tokens(text.toString(), "[", "]", this.square, false)) {
					tag(token, where, body, blocks, base, false);
				}
			}
			else {
				for (Token token : tokens(text.toString(), "{{", "}}", this.curly, true)) {
					if (!token.tag()) {
						add(where, token.text(), "", token.problem());
					}
					else {
						tag(token, where, body, blocks, base, true);
					}
				}
			}
			for (XWPFRun run : paragraph.getRuns()) {
				String first = run.getText(0);
				if (first != null && !first.isBlank() || !mayHoldTextBox(run)) {
					continue;
				}
				XWPFRunWrapper wrapper = new XWPFRunWrapper(run);
				Scope scope = blocks.isEmpty() ? base : blocks.peek().inner();
				for (XWPFTextboxContent box : new XWPFTextboxContent[] { wrapper.getWpstxbx(), wrapper.getVtextbox(),
						wrapper.getShapetxbx() }) {
					if (box != null) {
						body(box.getBodyElements(), new Body("text box in " + where, false, false, null), scope);
					}
				}
			}
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

		/** Finds tags, and for curly braces every stray brace and every text poi-tl would leave as is. */
		private static List<Token> tokens(String text, String open, String close, Pattern tag, boolean strict) {
			List<Token> tokens = new ArrayList<>();
			int from = 0;
			while (from < text.length()) {
				int start = text.indexOf(open, from);
				int end = text.indexOf(close, from);
				if (start < 0 && end < 0) {
					break;
				}
				if (end >= 0 && (start < 0 || end < start)) {
					if (strict) {
						tokens.add(new Token(close, false, "a stray \"" + close + "\" (near \"" + around(text, end)
								+ "\"); remove it or complete the placeholder"));
					}
					from = end + close.length();
					continue;
				}
				if (end < 0) {
					if (strict) {
						tokens.add(new Token(open, false, "a stray \"" + open + "\" without \"" + close + "\" (near \""
								+ around(text, start) + "\"); complete the placeholder or remove it"));
					}
					break;
				}
				int last = text.lastIndexOf(open, end - open.length());
				if (strict) {
					for (int stray = start; stray >= 0 && stray + open.length() <= last; stray = text.indexOf(open,
							stray + open.length())) {
						tokens.add(new Token(open, false, "a stray \"" + open + "\" without \"" + close + "\" (near \""
								+ around(text, stray) + "\"); complete the placeholder or remove it"));
					}
				}
				String candidate = text.substring(last, end + close.length());
				if (tag.matcher(candidate).matches()) {
					tokens.add(new Token(candidate, true, ""));
				}
				else if (strict) {
					tokens.add(new Token(candidate, false, candidate + " is not a placeholder poi-tl understands, "
							+ "so it would be printed as is: a placeholder names a field, like {{event.title}}, "
							+ "without spaces, calls or expressions"));
				}
				from = end + close.length();
			}
			return tokens;
		}

		private static String around(String text, int at) {
			int from = Math.max(0, at - 15);
			int to = Math.min(text.length(), at + 17);
			return text.substring(from, to).replaceAll("\\s+", " ");
		}

		private void tag(Token token, String where, Body body, Deque<Open> blocks, Scope base, boolean curly) {
			String source = token.text();
			String prefix = curly ? "{{" : "[";
			String suffix = curly ? "}}" : "]";
			String inner = source.substring(prefix.length(), source.length() - suffix.length()).strip();
			char sign = !inner.isEmpty() && this.signs.contains(inner.charAt(0)) ? inner.charAt(0) : '\0';
			String name = sign == '\0' ? inner : inner.substring(1);
			String written = prefix + inner + suffix;
			if (curly) {
				this.curlyTags.add(Map.entry(written, this.placeholders.size()));
			}
			Scope scope = blocks.isEmpty() ? base : blocks.peek().inner();
			if (PoiTlConfiguration.REFUSED_SIGNS.contains(sign)) {
				add(where, written, "", refusedSign(sign, written));
				return;
			}
			if (sign == '/') {
				if (blocks.isEmpty()) {
					add(where, written, "", written + " closes no block; remove it, or open the block before it with "
							+ prefix + "?" + (name.isEmpty() ? "name" : name) + suffix);
					return;
				}
				Open open = blocks.pop();
				if (!name.isEmpty() && !name.equals(open.name())) {
					add(where, written, "", written + " closes " + open.tag() + " (opened at " + open.where()
							+ "); close the block opened last first, with " + prefix + "/" + open.name() + suffix);
					return;
				}
				add(where, written, "", "");
				return;
			}
			if (name.isEmpty()) {
				add(where, written, "", "an empty placeholder " + written + "; name a field in it, e.g. {{event.title}}");
				if (sign == '?') {
					blocks.push(new Open(written, name, where, scope));
				}
				return;
			}
			Optional<Resolved> resolved = resolve(scope, name);
			String field = resolved.isPresent() ? fieldPath(scope, name) : "";
			if (resolved.isEmpty()) {
				add(where, written, "", unknown(written, name, scope));
				if (sign == '?') {
					blocks.push(new Open(written, name, where, scope));
				}
				return;
			}
			Kind kind = resolved.get().kind();
			switch (sign) {
				case '?' -> {
					Scope inner2 = switch (kind) {
						case LIST -> new Scope(resolved.get().type(), field + "[].", field);
						case OBJECT -> new Scope(resolved.get().type(), field + ".", null);
						default -> scope; // a condition: shown when not empty, inside it the same names
					};
					blocks.push(new Open(written, name, where, inner2));
					add(where, written, field + (kind == Kind.LIST ? "[]" : ""), "");
				}
				case FootnotePolicy.SIGN -> add(where, written, field, kind == Kind.NUMBER ? ""
						: written + " makes a footnote from a note number; name one, e.g. " + prefix + "^note" + suffix);
				default -> {
					if (kind == Kind.TEXT || kind == Kind.NUMBER) {
						add(where, written, field, "");
					}
					else if (kind == Kind.OBJECT) {
						add(where, written, field, written + " is a group of fields; name one of them, e.g. " + prefix
								+ name + "." + firstField(resolved.get().type()) + suffix);
					}
					else if (curly && body.rowLoops() != null && !scope.inLoop()) {
						add(where, written, field + "[]", "");
						body.rowLoops()
							.add(new RowLoop(new Scope(resolved.get().type(), field + "[].", field), where, written,
									field + "[]"));
					}
					else {
						add(where, written, field + "[]", written + " is a list; repeat a part for each element with {{?"
								+ name + "}}…{{/" + name + "}}, or put " + "{{" + name
								+ "}} in a table row to repeat the row below it");
					}
				}
			}
		}

		private static String refusedSign(char sign, String written) {
			String what = switch (sign) {
				case '@' -> "a picture";
				case '#' -> "a table";
				case '*' -> "a numbered list";
				default -> "another document";
			};
			return written + " would insert " + what + " taken from the data, which Briefdesk templates do not do; "
					+ "use a plain placeholder, a {{?list}}…{{/list}} block or a repeated table row";
		}

		private static Optional<Resolved> resolve(Scope scope, String name) {
			if (scope.inLoop() && LOOP_VARIABLES.contains(name)) {
				return Optional.of(new Resolved(name.equals("_index") ? Kind.NUMBER : Kind.TEXT, null));
			}
			if (!name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
				return Optional.empty();
			}
			return TemplateFields.resolve(scope.type(), name);
		}

		private static String fieldPath(Scope scope, String name) {
			return LOOP_VARIABLES.contains(name) ? scope.loop() + "[]." + name : scope.prefix() + name;
		}

		private static String unknown(String written, String name, Scope scope) {
			if (scope.inLoop()) {
				if (TemplateFields.resolve(PackModel.class, name).isPresent()) {
					return written + " cannot be used inside the loop over " + scope.loop()
							+ ": there, placeholders name the fields of one element (" + scope.prefix()
							+ "…); `template fields` lists them";
				}
				return "unknown field " + written + " in the loop over " + scope.loop() + suggestion(name, scope)
						+ "; `template fields` lists " + scope.prefix() + "…";
			}
			return "unknown field " + written + suggestion(name, scope) + "; `template fields` lists the fields";
		}

		private static String suggestion(String name, Scope scope) {
			List<String> candidates = new ArrayList<>();
			for (TemplateFields.FieldInfo info : AllFields.LIST) {
				if (!info.path().startsWith(scope.prefix())) {
					continue;
				}
				String rest = info.path().substring(scope.prefix().length());
				rest = rest.endsWith("[]") ? rest.substring(0, rest.length() - 2) : rest;
				if (!rest.contains("[]")) {
					candidates.add(rest);
				}
			}
			return candidates.stream()
				.filter(candidate -> distance(candidate.toLowerCase(), name.toLowerCase()) <= 2)
				.min(Comparator.comparingInt(candidate -> distance(candidate.toLowerCase(), name.toLowerCase())))
				.map(candidate -> " (did you mean " + candidate + "?)")
				.orElse("");
		}

		private static int distance(String a, String b) {
			int[] previous = new int[b.length() + 1];
			int[] current = new int[b.length() + 1];
			for (int j = 0; j <= b.length(); j++) {
				previous[j] = j;
			}
			for (int i = 1; i <= a.length(); i++) {
				current[0] = i;
				for (int j = 1; j <= b.length(); j++) {
					int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
					current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
				}
				int[] swap = previous;
				previous = current;
				current = swap;
			}
			return previous[b.length()];
		}

		private static String firstField(Class<? extends Record> type) {
			return type.getRecordComponents()[Math.min(1, type.getRecordComponents().length - 1)].getName();
		}

		private void add(String where, String tag, String field, String problem) {
			this.placeholders.add(new Placeholder(where, tag, field, problem));
		}

		/**
		 * Compares the placeholders found here with poi-tl's: one poi-tl sees and this walk
		 * did not is in a picture, chart or a place this walk does not name; one this walk saw
		 * and poi-tl did not would be printed raw.
		 */
		void compareWith(List<MetaTemplate> found) {
			Map<String, Deque<Integer>> seen = new HashMap<>();
			for (Map.Entry<String, Integer> tag : this.curlyTags) {
				seen.computeIfAbsent(tag.getKey(), key -> new ArrayDeque<>()).add(tag.getValue());
			}
			List<ElementTemplate> unseen = new ArrayList<>();
			flatten(found, seen, unseen);
			for (ElementTemplate element : unseen) {
				String source = element.getSource();
				if (element instanceof PictureTemplate || element instanceof PictImageTemplate
						|| element instanceof ChartTemplate) {
					add("a picture or chart", source, "", "a picture or chart whose title or description is " + source
							+ ": Briefdesk does not fill pictures or charts from data; remove the placeholder from its alt text");
				}
				else {
					add("a content control or field", source, "", source
							+ " is in a place Briefdesk cannot check (a content control or field); move it into plain text");
				}
			}
			seen.values().stream().flatMap(Deque::stream).sorted().forEach(index -> {
				Placeholder placeholder = this.placeholders.get(index);
				this.placeholders.set(index, new Placeholder(placeholder.where(), placeholder.tag(), placeholder.field(),
						placeholder.tag() + " would be printed as is (it is split by a field, link or tracked change); "
								+ "delete it and type it again in one go"));
			});
		}

		private static void flatten(List<MetaTemplate> templates, Map<String, Deque<Integer>> seen,
				List<ElementTemplate> unseen) {
			for (MetaTemplate template : templates) {
				if (template instanceof BlockTemplate block) {
					match(block.getStartMark(), seen, unseen);
					flatten(block.getTemplates(), seen, unseen);
					match(block.getEndMark(), seen, unseen);
				}
				else if (template instanceof ElementTemplate element) {
					match(element, seen, unseen);
				}
			}
		}

		private static void match(ElementTemplate element, Map<String, Deque<Integer>> seen,
				List<ElementTemplate> unseen) {
			Deque<Integer> indexes = seen.get(element.getSource());
			if (indexes == null || indexes.isEmpty()) {
				unseen.add(element);
			}
			else {
				indexes.removeFirst();
			}
		}

	}

	/** Every field path of the model, for "did you mean" suggestions. */
	private static final class AllFields {

		static final List<TemplateFields.FieldInfo> LIST = TemplateFields.describe(ExamplePack.model());

	}

}
