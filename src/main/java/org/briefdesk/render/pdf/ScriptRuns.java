package org.briefdesk.render.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Gives every run of text a font that has its characters, before Flying Saucer lays it out.
 * <p>
 * Flying Saucer uses one font per element. This pass walks the text of the filled-in page and
 * wraps each run that the template's text fonts do not cover (Arabic, Chinese, ...) in a
 * {@code <span class="bd-fallback">} set in the first font of the {@link FontSet} that has it;
 * a right-to-left run also gets {@code dir="rtl"} and is shaped as one string. Spaces, digits
 * and punctuation stay with the run around them, so that a name is not cut into pieces. Text
 * is put in Unicode normal form C, so that letters with diacritics use the font's precomposed
 * glyphs. Characters that no font has are reported, never printed as empty boxes.
 */
final class ScriptRuns {

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private final FontSet fonts;

	private final SortedSet<Integer> missing = new TreeSet<>();

	private boolean needsShaping;

	private boolean usesFallbackFonts;

	/**
	 * What the pass found.
	 * @param missing the code points no font has
	 * @param needsShaping whether the page holds letters of a script that must be shaped
	 * @param usesFallbackFonts whether some text is set in a fallback font (not a text font)
	 */
	record Result(SortedSet<Integer> missing, boolean needsShaping, boolean usesFallbackFonts) {
	}

	private ScriptRuns(FontSet fonts) {
		this.fonts = fonts;
	}

	/** Rewrites the body of {@code document}. */
	static Result apply(Document document, FontSet fonts) {
		ScriptRuns pass = new ScriptRuns(fonts);
		Element root = document.getDocumentElement();
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "body".equals(localName(element))) {
				pass.walk(element);
			}
		}
		return new Result(pass.missing, pass.needsShaping, pass.usesFallbackFonts);
	}

	private static String localName(Node node) {
		String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
		return name.toLowerCase(Locale.ROOT);
	}

	private void walk(Node parent) {
		Node child = parent.getFirstChild();
		while (child != null) {
			Node next = child.getNextSibling();
			if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) {
				split(text);
			}
			else if (child instanceof Element element) {
				String name = localName(element);
				if (!name.equals("style") && !name.equals("script")) {
					walk(element);
				}
			}
			child = next;
		}
	}

	private record Run(int font, StringBuilder text) {
	}

	private void split(Text node) {
		String raw = node.getData();
		String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
		if (!this.needsShaping && ShapingTextRenderer.needsShaping(text)) {
			this.needsShaping = true;
		}
		List<Run> runs = new ArrayList<>();
		Run current = null;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			int font;
			if (current != null && staysInRun(codePoint, current.font())) {
				font = current.font();
			}
			else if (isLayoutOnly(codePoint)) {
				font = FontSet.TEXT;
			}
			else {
				font = this.fonts.fallbackFor(codePoint);
				if (font == FontSet.NONE) {
					this.missing.add(codePoint);
					font = FontSet.TEXT;
				}
			}
			if (current == null || current.font() != font) {
				current = new Run(font, new StringBuilder());
				runs.add(current);
			}
			current.text().appendCodePoint(codePoint);
		}
		if (runs.size() <= 1 && (runs.isEmpty() || runs.get(0).font() == FontSet.TEXT)) {
			if (!text.equals(raw)) {
				node.setData(text);
			}
			return;
		}
		Document document = node.getOwnerDocument();
		Node parent = node.getParentNode();
		for (Run run : runs) {
			if (run.font() == FontSet.TEXT) {
				parent.insertBefore(document.createTextNode(run.text().toString()), node);
				continue;
			}
			// a space at the end of a right-to-left run would be shown at its left
			String content = run.text().toString();
			String trailing = content.substring(content.stripTrailing().length());
			content = content.stripTrailing();
			Element span = document.createElementNS(XHTML, "span");
			this.usesFallbackFonts = true;
			span.setAttribute("class", "bd-fallback");
			span.setAttribute("style", "font-family: \"" + this.fonts.fallbackFamily(run.font()) + "\"");
			if (isRightToLeft(content)) {
				span.setAttribute("dir", "rtl");
			}
			span.appendChild(document.createTextNode(content));
			parent.insertBefore(span, node);
			if (!trailing.isEmpty()) {
				parent.insertBefore(document.createTextNode(trailing), node);
			}
		}
		parent.removeChild(node);
	}

	/** Spaces, digits and punctuation the run's font has stay in the run. */
	private boolean staysInRun(int codePoint, int font) {
		if (isLayoutOnly(codePoint)) {
			return true;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
			return false;
		}
		return font == FontSet.TEXT ? this.fonts.fallbackFor(codePoint) == FontSet.TEXT
				: this.fonts.fallbackCovers(font, codePoint);
	}

	/** Whitespace and formatting characters need no glyph. */
	private static boolean isLayoutOnly(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isWhitespace(codePoint) || codePoint == 0xA0 || type == Character.FORMAT
				|| type == Character.CONTROL;
	}

	private static boolean isRightToLeft(String text) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			byte direction = Character.getDirectionality(codePoint);
			if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
					|| direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
				return true;
			}
			if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return false;
	}

}
