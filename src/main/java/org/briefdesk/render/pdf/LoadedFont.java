package org.briefdesk.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.pdf.FontDescription;

/**
 * One parsed font face, shared by every render in the JVM: OpenPDF embeds a subset of it per
 * document (the subset is kept by the document's writer, not here).
 *
 * @param key what the face was loaded from (file, size and time, or class path name)
 * @param family the family name the CSS uses, e.g. "Noto Serif"
 * @param font the OpenPDF font (Identity-H, embedded)
 * @param description weight, style and decorations for Flying Saucer
 * @param label how messages name the file
 * @param complex whether it has letters of a script that needs shaping or reordering (Arabic,
 * Hebrew, the Indic scripts...)
 * @param shaped whether OpenPDF's layout processor shapes its text
 */
record LoadedFont(String key, String family, BaseFont font, FontDescription description, String label,
		boolean complex, boolean shaped) {

	boolean covers(int codePoint) {
		return this.font.charExists(codePoint);
	}

	/** A text face covers basic Latin: the body, headings and tables are set in one. */
	boolean isText() {
		return covers('a') && covers('z') && covers('A') && covers('Z');
	}

	int weight() {
		return this.description.getWeight();
	}

	IdentValue style() {
		return this.description.getStyle();
	}

}
