package org.briefdesk.render.pdf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * partials are not supported (a template is one file).
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
