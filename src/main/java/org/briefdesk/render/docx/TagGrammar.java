package org.briefdesk.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.deepoove.poi.config.Configure;
import com.deepoove.poi.resolver.TemplateResolver;

/**
 * The grammar of template tags, taken from poi-tl's own configuration so that it matches
 * what poi-tl replaces: {@code {{…}}} in the text, {@code […]} inside a repeated table row,
 * an optional sign ({@code ?} opens a block, {@code /} closes one, {@code ^} a footnote)
 * and a name. It finds the tags of a paragraph's text and, for curly braces, every stray
 * brace and every text between braces that poi-tl would print as is.
 */
final class TagGrammar {

	/** A piece of text between braces (or a stray brace) found in a paragraph. */
	record Token(String text, boolean tag, String problem) {
	}

	/**
	 * A tag taken apart.
	 * @param written the tag as the check shows it, e.g. {@code {{?panelists}}}, spaces inside trimmed
	 * @param sign its sign, or {@code '\0'} when it has none
	 * @param name the name after the sign, e.g. {@code panelists}; empty for {@code {{/}}}
	 * @param curly whether it is a {@code {{…}}} tag (rather than a row's {@code […]})
	 */
	record Tag(String written, char sign, String name, boolean curly) {

		String prefix() {
			return this.curly ? "{{" : "[";
		}

		String suffix() {
			return this.curly ? "}}" : "]";
		}

	}

	private final Pattern curly;

	private final Pattern square;

	private final Set<Character> signs;

	TagGrammar(Configure configure) {
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

	/** The {@code {{…}}} tags of a text, with every stray brace and unreadable placeholder. */
	List<Token> curlyTokens(String text) {
		return tokens(text, "{{", "}}", this.curly, true);
	}

	/** The {@code […]} tags of a text (square brackets that are not tags are plain text). */
	List<Token> squareTokens(String text) {
		return tokens(text, "[", "]", this.square, false);
	}

	/** Takes a tag token apart into its sign and name. */
	Tag parse(Token token, boolean curly) {
		String source = token.text();
		String prefix = curly ? "{{" : "[";
		String suffix = curly ? "}}" : "]";
		String inner = source.substring(prefix.length(), source.length() - suffix.length()).strip();
		char sign = !inner.isEmpty() && this.signs.contains(inner.charAt(0)) ? inner.charAt(0) : '\0';
		String name = sign == '\0' ? inner : inner.substring(1);
		return new Tag(prefix + inner + suffix, sign, name, curly);
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
			if (strict && last > 0 && text.charAt(last - 1) == open.charAt(0)) {
				// {{{x}}: poi-tl cannot split such a tag out of its runs
				tokens.add(new Token(open.substring(1), false, "a stray \"" + open.charAt(0) + "\" before " + candidate
						+ " (near \"" + around(text, last - 1) + "\"); a placeholder has two braces on each side:"
						+ " remove the extra one"));
			}
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

}
