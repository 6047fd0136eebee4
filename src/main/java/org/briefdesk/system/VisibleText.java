package org.briefdesk.system;

/**
 * Text as it may be shown on a terminal: every character that would steer the terminal or
 * reorder what it shows is written as a visible escape instead. A name imported with ESC or
 * BEL in it would otherwise recolour, retitle or rewrite the operator's screen when listed,
 * and a right-to-left override would make {@code evil.exe} read as {@code exe.live}.
 *
 * <p>The escapes: {@code \a \b \t \n \v \f \r \e} for BEL, BS, TAB, LF, VT, FF, CR and ESC;
 * {@code \}{@code uXXXX} (four upper-case hex digits) for every other C0 control, DEL, the C1
 * controls (U+0080–U+009F), the bidirectional marks, embeddings, overrides and isolates
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph
 * separators (U+2028, U+2029). Everything else, in every script, is left as it is. A
 * backslash is left alone: the escapes are for reading, and {@code --json} is the lossless
 * form.
 */
public final class VisibleText {

	private VisibleText() {
	}

	/** The text with every control shown escaped, line breaks too: for a table cell or a TSV field. */
	public static String of(String text) {
		return escape(text, false);
	}

	/** The text with every control shown escaped except line breaks: for paragraphs and messages. */
	public static String keepingLines(String text) {
		return escape(text, true);
	}

	/** Whether the character is shown escaped (line breaks are, unless kept). */
	public static boolean needsEscape(char c) {
		return Character.getType(c) == Character.CONTROL || isBidiControl(c) || c == '\u2028' || c == '\u2029';
	}

	/** The visible form of one character that {@link #needsEscape needs escaping}. */
	public static String escapeOf(char c) {
		return switch (c) {
			case '\u0007' -> "\\a";
			case '\b' -> "\\b";
			case '\t' -> "\\t";
			case '\n' -> "\\n";
			case '\u000B' -> "\\v";
			case '\f' -> "\\f";
			case '\r' -> "\\r";
			case '\u001B' -> "\\e";
			default -> String.format("\\u%04X", (int) c);
		};
	}

	private static boolean isBidiControl(char c) {
		return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069');
	}

	private static String escape(String text, boolean keepLines) {
		if (text == null) {
			return "";
		}
		int first = firstToEscape(text, keepLines);
		if (first < 0) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (needsEscape(c) && !(keepLines && c == '\n')) {
				shown.append(escapeOf(c));
			}
			else {
				shown.append(c);
			}
		}
		return shown.toString();
	}

	private static int firstToEscape(String text, boolean keepLines) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (needsEscape(c) && !(keepLines && c == '\n')) {
				return i;
			}
		}
		return -1;
	}

}
