package org.briefdesk.render.pdf;

import java.util.Locale;

/**
 * A character of the pack that no configured font has: it would print as an empty box.
 *
 * @param field where it is in the template data model, e.g. {@code panelists[7].name}
 * (list positions count from 1, as the panel numbers do)
 * @param value the whole value, e.g. the name, so that a person can find it
 * @param codePoint the character
 */
public record MissingGlyph(String field, String value, int codePoint) {

	/** The character itself. */
	public String character() {
		return new String(Character.toChars(this.codePoint));
	}

	/** The character's Unicode code point, e.g. {@code U+738B}. */
	public String unicode() {
		return String.format(Locale.ROOT, "U+%04X", this.codePoint);
	}

	/** One line: {@code panelists[8].name "王芳": no font has 王 (U+738B, CJK UNIFIED IDEOGRAPHS)}. */
	public String describe() {
		String block = Character.UnicodeBlock.of(this.codePoint) == null ? "unassigned"
				: Character.UnicodeBlock.of(this.codePoint).toString().replace('_', ' ');
		return this.field + " \"" + this.value + "\": no font has " + character() + " (" + unicode() + ", " + block + ")";
	}

}
