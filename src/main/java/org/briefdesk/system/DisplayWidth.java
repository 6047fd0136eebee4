package org.briefdesk.system;

import java.util.ArrayList;
import java.util.List;

import org.jline.utils.WCWidth;

/**
 * Measures, pads and wraps text by the columns it takes on a terminal, not by its chars:
 * a Chinese or Japanese character takes two columns, a combining accent none. Names in every
 * script then line up in tables and wrapped paragraphs.
 */
public final class DisplayWidth {

	private DisplayWidth() {
	}

	/** The columns the text takes on a terminal. */
	public static int of(String text) {
		if (text == null) {
			return 0;
		}
		int width = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			width += Math.max(0, WCWidth.wcwidth(codePoint));
			i += Character.charCount(codePoint);
		}
		return width;
	}

	/** The text followed by spaces up to {@code width} columns (unchanged when already as wide). */
	public static String padRight(String text, int width) {
		String kept = text == null ? "" : text;
		int missing = width - of(kept);
		return missing <= 0 ? kept : kept + " ".repeat(missing);
	}

	/**
	 * Breaks text into lines of at most {@code width} columns, at spaces where it can, and
	 * inside a word only when the word alone is wider than a line (or between two wide
	 * characters, as Chinese and Japanese text is broken). Line breaks in the text are kept.
	 */
	public static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		int columns = Math.max(1, width);
		for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
			wrapLine(paragraph.stripTrailing(), columns, lines);
		}
		return lines;
	}

	private static void wrapLine(String paragraph, int width, List<String> lines) {
		if (paragraph.isEmpty()) {
			lines.add("");
			return;
		}
		StringBuilder line = new StringBuilder();
		int lineWidth = 0;
		for (String word : paragraph.split(" ")) {
			int wordWidth = of(word);
			int needed = lineWidth == 0 ? wordWidth : lineWidth + 1 + wordWidth;
			if (needed <= width) {
				if (lineWidth > 0) {
					line.append(' ');
				}
				line.append(word);
				lineWidth = needed;
				continue;
			}
			if (lineWidth > 0 && wordWidth <= width) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
				lineWidth = wordWidth;
				continue;
			}
			// The word does not fit on any line, or fills the rest of this one: break it by columns.
			if (lineWidth > 0) {
				line.append(' ');
				lineWidth++;
			}
			for (int i = 0; i < word.length();) {
				int codePoint = word.codePointAt(i);
				int charWidth = Math.max(0, WCWidth.wcwidth(codePoint));
				if (lineWidth + charWidth > width && lineWidth > 0) {
					lines.add(line.toString().stripTrailing());
					line.setLength(0);
					lineWidth = 0;
				}
				line.appendCodePoint(codePoint);
				lineWidth += charWidth;
				i += Character.charCount(codePoint);
			}
		}
		lines.add(line.toString());
	}

}
