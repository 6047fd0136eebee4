package org.briefdesk.render.pdf;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.MustacheParseException;
import com.samskivert.mustache.Template;
import org.briefdesk.system.Utf8Text;
import org.briefdesk.system.BriefdeskException;

/**
 * A PDF template ready to fill: its folder and its compiled {@code briefing.xhtml}. Compiled
 * once per version of the folder and shared by every render.
 * <p>
 * The XHTML must be well-formed before it is filled in (Mustache tags in text and attribute
 * values only), so that an error names the line of the template file. Every value is escaped
 * for XML; a name in the template resolves only to a field of the data model (maps and lists,
 * never a method of a Java object); a missing field is an error, an empty one is not;
 * partials are not supported (a template is one file). A tag that would print a value
 * unescaped ({@code {{{x}}}}, {@code {{&x}}}) is refused at load, with its line, and so is
 * {@code {{.}}} or {@code {{this}}} outside any section; a tag that would print a whole
 * object or list of the data model rather than a text is refused when filled in.
 *
 * @param laysOutTogether whether letters of it may be laid out as one document (see {@link LetterBatch})
 */
record PdfTemplate(TemplateFolder folder, String mainFile, Template mustache, boolean laysOutTogether) {

	private static final Mustache.Compiler COMPILER = Mustache.compiler()
		.escapeHTML(true)
		.strictSections(true)
		.emptyStringIsFalse(true)
		.zeroIsFalse(true)
		.withCollector(new FieldsOnly())
		.withFormatter(PdfTemplate::textOnly)
		.withLoader(name -> {
			throw new MustacheException("{{> " + name + "}}: a PDF template is one file; partials are not supported");
		});

	static PdfTemplate compile(TemplateFolder folder) {
		return compile(folder, TemplateFolder.MAIN_FILE);
	}

	static PdfTemplate compile(TemplateFolder folder, String mainFile) {
		String label = folder.label(mainFile);
		byte[] bytes = folder.read(mainFile)
			.orElseThrow(() -> new BriefdeskException("no " + mainFile + " in " + folder.name()));
		String text = utf8(bytes, label);
		refuseUnsafeTags(text, label);
		org.w3c.dom.Document unfilled = SecureXhtml.parse(text, line -> label + ":" + line);
		try {
			return new PdfTemplate(folder, mainFile, COMPILER.compile(text), LetterBatch.canLayOutTogether(folder, unfilled));
		}
		catch (MustacheParseException malformed) {
			throw new BriefdeskException(withLine(label, malformed.getMessage()));
		}
		catch (MustacheException malformed) {
			throw new BriefdeskException(label + ": " + malformed.getMessage());
		}
	}

	/** {@code {{{x}}}}, {@code {{& x}}}: printed as markup, not text. */
	private static final Pattern UNESCAPED = Pattern.compile("\\{\\{\\{[^{]|\\{\\{\\s*&");

	/** A section's opening or closing tag, or {@code {{.}}} / {@code {{this}}}. */
	private static final Pattern SECTION_OR_SELF = Pattern.compile("\\{\\{\\s*(?:([#^/])[^}]*|(\\.|this)\\s*)}}");

	/**
	 * Refuses what would let data become markup, or print the whole data model: an unescaped
	 * tag anywhere, and {@code {{.}}} or {@code {{this}}} at the top level, where it is the
	 * whole model (inside a section it is the element, checked when filled in).
	 */
	private static void refuseUnsafeTags(String text, String label) {
		if (text.contains("{{=")) {
			throw new BriefdeskException(label + ":" + line(text, text.indexOf("{{=")) + ": {{=…=}} (other delimiters)"
					+ " is not supported in a PDF template; write tags as {{name}}");
		}
		Matcher unescaped = UNESCAPED.matcher(text);
		if (unescaped.find()) {
			int end = text.indexOf("}}", unescaped.start());
			String tag = text.substring(unescaped.start(), end < 0 ? Math.min(text.length(), unescaped.start() + 20)
					: Math.min(text.length(), end + (text.startsWith("}}}", end) ? 3 : 2)));
			throw new BriefdeskException(label + ":" + line(text, unescaped.start()) + ": " + tag
					+ " would print a value unescaped, as markup; every value is printed as text: write {{name}}");
		}
		Matcher tags = SECTION_OR_SELF.matcher(text);
		int depth = 0;
		while (tags.find()) {
			String sign = tags.group(1);
			if (sign == null && depth == 0) {
				throw new BriefdeskException(label + ":" + line(text, tags.start()) + ": " + tags.group()
						+ " outside a section would print the whole data model; name a field ({{event.title}})");
			}
			if (sign != null) {
				depth += sign.equals("/") ? -1 : 1;
			}
		}
	}

	private static int line(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/**
	 * What a tag prints: a text, a number or a yes/no, never a whole object or list of the
	 * model, which would print as a Java map ({@code {{event}}}, or {@code {{.}}} in a section
	 * over objects).
	 */
	private static String textOnly(Object value) {
		if (value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof Record
				|| (value != null && value.getClass().isArray())) {
			throw new MustacheException("a tag names a whole object or list of the data model, not a text;"
					+ " name one of its fields ({{event.title}}) or loop over it with {{#name}}…{{/name}}");
		}
		return String.valueOf(value);
	}

	/** Fills the template in; a missing field fails with the line that names it. */
	String fill(Map<String, Object> data) {
		String label = this.folder.label(this.mainFile);
		try {
			return this.mustache.execute(data);
		}
		catch (MustacheException.Context missing) {
			throw new BriefdeskException(label + ":" + missing.lineNo + ": no field '" + missing.key
					+ "' in the template data model; `template fields` lists the fields");
		}
		catch (MustacheException failed) {
			throw new BriefdeskException(label + ": " + failed.getMessage());
		}
	}

	private static String withLine(String label, String message) {
		int at = message.lastIndexOf(" @ line ");
		if (at < 0) {
			return label + ": " + message;
		}
		return label + ":" + message.substring(at + " @ line ".length()).strip() + ": " + message.substring(0, at);
	}

	private static String utf8(byte[] bytes, String label) {
		String text = Utf8Text.decode(bytes)
			.orElseThrow(() -> new BriefdeskException(label + " is not UTF-8 text; save it as UTF-8"));
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Resolves names in maps and lists only: a template cannot call a method of anything. */
	private static final class FieldsOnly extends BasicCollector {

		@Override
		public <K, V> Map<K, V> createFetcherCache() {
			return new ConcurrentHashMap<>();
		}

	}

}
