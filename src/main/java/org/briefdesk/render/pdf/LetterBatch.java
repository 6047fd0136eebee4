package org.briefdesk.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Several letters of one template laid out as one document and cut into one PDF per letter.
 * <p>
 * Laying out and writing a document costs far more than its one page of text: the style
 * matcher is built, the font subsets are made and the file is written once per document. So a
 * batch of letters becomes one document: the first letter's {@code <html>} and {@code <head>}
 * with every letter's own {@code <body>} after each other, each body starting a new page and
 * a page sequence of its own ({@code -fs-page-sequence: start}), so that {@code counter(page)}
 * and {@code counter(pages)} count each letter's pages from 1, and each letter's running
 * header and footer are its own; a blank page between two letters keeps each letter's pages
 * free of the next one's text. The pages of each letter are then copied (OpenPDF
 * {@code PdfCopy}) into a file of their own, with that letter's title, author, language and
 * XMP metadata. Fonts stay embedded subsets (of the batch's glyphs).
 * <p>
 * Only a template whose pages do not depend on being the first of the document may be laid
 * out so: see {@link #canLayOutTogether}; any other is laid out letter by letter.
 */
final class LetterBatch {

	/** {@code @page :first}, {@code :left}, {@code :right}, {@code :blank}: pages told apart by their number in the document. */
	private static final Pattern PAGE_BY_POSITION = Pattern.compile("@page[^{]*:(first|left|right|blank)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A rule on the root element with a box property (its margins would surround the whole
	 * batch, not each letter), or a background on the body (painted as the page's).
	 */
	private static final Pattern ROOT_BOX = Pattern.compile(
			"(?:^|[},\\s])(?:html|:root)\\b[^{}]*\\{[^}]*\\b(?:margin|padding|border|background)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BODY_BACKGROUND = Pattern.compile("(?:^|[},\\s])body\\b[^{}]*\\{[^}]*\\bbackground",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern IMPORT = Pattern.compile("@import\\s+(?:url\\()?\\s*[\"']?([^\"')\\s;]+)",
			Pattern.CASE_INSENSITIVE);

	/** Elements that make bookmarks, link targets or named destinations: per document, so not batched. */
	private static final Pattern PER_DOCUMENT_ELEMENT = Pattern.compile("h[1-6]|a|bookmarks|bookmark",
			Pattern.CASE_INSENSITIVE);

	private LetterBatch() {
	}

	/**
	 * Whether letters of this template (its XHTML before it is filled in, and the stylesheets
	 * of its folder it names) come out the same laid out together as one by one: no page
	 * styled by its position in the document, no box around the root element, no body
	 * background, no headings (bookmarks), links or element ids, no stylesheet whose name or
	 * content the data fills in.
	 */
	static boolean canLayOutTogether(TemplateFolder folder, org.w3c.dom.Document template) {
		StringBuilder css = new StringBuilder();
		if (!perLetterFree(template.getDocumentElement(), folder, css)) {
			return false;
		}
		String text = css.toString();
		return !text.contains("{{") && !PAGE_BY_POSITION.matcher(text).find() && !ROOT_BOX.matcher(text).find()
				&& !BODY_BACKGROUND.matcher(text).find();
	}

	private static boolean perLetterFree(Element element, TemplateFolder folder, StringBuilder css) {
		String name = localName(element);
		if (PER_DOCUMENT_ELEMENT.matcher(name).matches() || element.hasAttribute("id")
				|| element.hasAttribute("xml:id")) {
			return false;
		}
		if (name.equals("style")) {
			css.append(element.getTextContent()).append('\n');
		}
		if (name.equals("link") && element.getAttribute("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
			String href = element.getAttribute("href");
			if (href.contains("{{") || !readCss(folder, href, css, 0)) {
				return false;
			}
		}
		if (element.getAttribute("style").contains("{{") && name.equals("body")) {
			return false;
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element inner && !perLetterFree(inner, folder, css)) {
				return false;
			}
		}
		return true;
	}

	/** Appends a stylesheet of the folder and those it imports; false when one cannot be read. */
	private static boolean readCss(TemplateFolder folder, String href, StringBuilder css, int depth) {
		if (depth > 8 || href.contains(":") || href.startsWith("/")) {
			return false;
		}
		String path = java.net.URI.create(href.replace(" ", "%20")).normalize().getPath();
		if (path == null || path.startsWith("..")) {
			return false;
		}
		java.util.Optional<byte[]> bytes = folder.read(path);
		if (bytes.isEmpty()) {
			return false;
		}
		String text = new String(bytes.get(), java.nio.charset.StandardCharsets.UTF_8);
		css.append(text).append('\n');
		var imports = IMPORT.matcher(text);
		while (imports.find()) {
			String base = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
			if (!readCss(folder, base + imports.group(1), css, depth + 1)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Joins the letters into the first one's document: each later letter's {@code <body>} is
	 * moved in after the bodies before it; every body starts a page and a page sequence.
	 * Between two letters lies a blank page (an empty block starting a page and a sequence of
	 * its own), left out when the pages are cut: Flying Saucer draws a line that touches a page
	 * break on both pages (clipped, so unseen, but a text extractor reads it), and a letter must
	 * never hold a word of the next one.
	 * @return each letter's body in the joined document, in order, each followed (but the
	 * last) by the blank block after it
	 */
	static List<Element> join(List<org.w3c.dom.Document> letters) {
		org.w3c.dom.Document first = letters.get(0);
		Element html = first.getDocumentElement();
		// text between the bodies (the template's line breaks after </body>) would be laid out between letters
		for (Node child = html.getFirstChild(); child != null;) {
			Node next = child.getNextSibling();
			if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
				html.removeChild(child);
			}
			child = next;
		}
		List<Element> blocks = new ArrayList<>(letters.size() * 2);
		for (org.w3c.dom.Document letter : letters) {
			Element body = body(letter);
			Element joined = letter == first ? body : (Element) first.importNode(body, true);
			String style = joined.getAttribute("style").strip();
			joined.setAttribute("style", (style.isEmpty() || style.endsWith(";") ? style : style + ";") + STARTS_A_PAGE);
			if (letter != first) {
				Element gap = first.createElementNS(ScriptRuns.XHTML, "div");
				gap.setAttribute("style", STARTS_A_PAGE + "; height: 1px; margin: 0; padding: 0; border: 0");
				html.appendChild(gap);
				blocks.add(gap);
				html.appendChild(joined);
			}
			blocks.add(joined);
		}
		return blocks;
	}

	private static final String STARTS_A_PAGE = " page-break-before: always; -fs-page-sequence: start";

	static Element body(org.w3c.dom.Document letter) {
		NodeList bodies = letter.getElementsByTagNameNS(ScriptRuns.XHTML, "body");
		if (bodies.getLength() != 1) {
			bodies = letter.getElementsByTagName("body");
		}
		if (bodies.getLength() != 1) {
			throw new IllegalStateException("a letter has " + bodies.getLength() + " <body> elements");
		}
		return (Element) bodies.item(0);
	}

	/**
	 * The pages of each letter, after layout: {@code [from, to)} counted from 0; empty when a
	 * letter or blank block does not start a page of its own (a template that forbids the
	 * page break, a blank block over more than one page), so that the caller lays the letters
	 * out one by one instead.
	 * @param blocks what {@link #join} returned
	 */
	static java.util.Optional<int[][]> pageRanges(BlockBox root, List<Element> blocks) {
		Map<Element, Integer> index = new HashMap<>();
		for (int i = 0; i < blocks.size(); i++) {
			index.put(blocks.get(i), i);
		}
		int[] tops = new int[blocks.size()];
		java.util.Arrays.fill(tops, -1);
		for (Box child : root.getChildren()) {
			Integer at = child.getElement() == null ? null : index.get(child.getElement());
			if (at != null) {
				tops[at] = child.getAbsY();
			}
		}
		List<PageBox> pages = root.getLayer().getPages();
		int[] first = new int[blocks.size()];
		for (int i = 0; i < tops.length; i++) {
			first[i] = -1;
			for (int p = 0; p < pages.size() && tops[i] >= 0; p++) {
				if (pages.get(p).getTop() <= tops[i] && tops[i] < pages.get(p).getBottom()) {
					first[i] = p;
					break;
				}
			}
			boolean startsPage = first[i] >= 0 && pages.get(first[i]).getTop() == tops[i];
			if (!startsPage || (i > 0 && first[i] <= first[i - 1]) || (i == 0 && first[i] != 0)) {
				return java.util.Optional.empty();
			}
		}
		int letters = (blocks.size() + 1) / 2;
		int[][] ranges = new int[letters][];
		for (int letter = 0; letter < letters; letter++) {
			int body = letter * 2;
			int to = body + 1 < blocks.size() ? first[body + 1] : pages.size();
			if (body + 2 < blocks.size() && first[body + 2] != first[body + 1] + 1) {
				return java.util.Optional.empty();
			}
			ranges[letter] = new int[] { first[body], to };
		}
		return java.util.Optional.of(ranges);
	}

	/** What one letter's file says about itself: from its own {@code <head>}, else given. */
	record Metadata(String title, String author, String subject, String keywords, String language,
			java.time.Instant created) {

		static Metadata of(org.w3c.dom.Document letter, String title, String author, String language,
				java.time.Instant created) {
			Element html = letter.getDocumentElement();
			String lang = html.getAttribute("lang");
			Map<String, String> meta = new HashMap<>();
			String headTitle = null;
			for (Node child = html.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element head && localName(head).equals("head")) {
					for (Node item = head.getFirstChild(); item != null; item = item.getNextSibling()) {
						if (item instanceof Element element && localName(element).equals("meta")) {
							meta.putIfAbsent(element.getAttribute("name").toLowerCase(Locale.ROOT),
									element.getAttribute("content"));
						}
						else if (item instanceof Element element && localName(element).equals("title")
								&& headTitle == null) {
							headTitle = element.getTextContent().trim(); // as Flying Saucer trims it
						}
					}
					break;
				}
			}
			String ownTitle = meta.containsKey("title") ? meta.get("title") : headTitle;
			return new Metadata(given(ownTitle, title), given(meta.get("author"), author), given(meta.get("subject"), ""),
					meta.get("keywords"), lang.isBlank() ? language : lang, created);
		}

		private static String given(String own, String otherwise) {
			return own == null || own.isBlank() ? otherwise : own;
		}

	}

	/**
	 * Copies pages {@code from} (inclusive) to {@code to} (exclusive), counted from 0, of the
	 * batch's PDF into a file of their own, as {@link PdfMetadata} describes a document.
	 */
	static byte[] cut(PdfReader batch, int from, int to, Metadata metadata) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Document document = new Document();
		PdfCopy copy = new PdfCopy(document, out);
		copy.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
		if (metadata.language() != null && !metadata.language().isBlank()) {
			copy.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
		}
		addIfGiven(metadata.title(), document::addTitle);
		addIfGiven(metadata.author(), document::addAuthor);
		addIfGiven(metadata.subject(), document::addSubject);
		addIfGiven(metadata.keywords(), document::addKeywords);
		document.addCreator("Briefdesk");
		document.open();
		for (int page = from; page < to; page++) {
			copy.addPage(copy.getImportedPage(batch, page + 1));
		}
		if (metadata.created() != null) {
			copy.getInfo().put(PdfName.CREATIONDATE, PdfMetadata.utc(metadata.created()));
			copy.getInfo().put(PdfName.MODDATE, PdfMetadata.utc(metadata.created()));
		}
		copy.createXmpMetadata();
		document.close();
		return out.toByteArray();
	}

	private static void addIfGiven(String value, java.util.function.Consumer<String> add) {
		if (value != null && !value.isBlank()) {
			add.accept(value);
		}
	}

	private static String localName(Node node) {
		String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
		return name.toLowerCase(Locale.ROOT);
	}

}
