package org.briefdesk.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.WeakHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.render.ExamplePack;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.TemplateData;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.SafeFileNames;
import org.springframework.stereotype.Service;
import com.lowagie.text.pdf.PdfReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;

/**
 * Exports a briefing pack to PDF: JMustache fills the template's {@code briefing.xhtml} with
 * the template data model, Flying Saucer lays it out with the template's CSS and fonts, and
 * OpenPDF writes the file, published whole or not at all.
 * <p>
 * What is prepared once is kept across renders: the parsed fonts (per JVM), the compiled
 * template and its font set (per version of the template folder).
 */
@Service
public class PdfExporter {

	private static final Log log = LogFactory.getLog(PdfExporter.class);

	private static final ThreadLocal<Map<PdfTemplate, StyleReference>> LETTER_STYLES = ThreadLocal
		.withInitial(WeakHashMap::new);

	private final PdfTemplates templates;

	PdfExporter(PdfTemplates templates) {
		this.templates = templates;
	}

	/**
	 * Renders the example pack through the default template into memory and forgets it, so
	 * that the first real export of this process finds Flying Saucer and OpenPDF loaded and
	 * the template's fonts parsed (they are kept for the process, {@link FontLibrary}): the
	 * shell runs it behind its prompt. The example is in Latin letters: it never switches
	 * shaping on.
	 */
	public static void warmUp(PdfProperties properties) {
		standalone(properties).renderToBytes(ExamplePack.model(), null);
	}

	/** An exporter outside a Spring context (a benchmark, a child process in a test), with these settings. */
	public static PdfExporter standalone(PdfProperties properties) {
		return new PdfExporter(new PdfTemplates(properties));
	}

	/**
	 * Renders a pack and writes it to a file.
	 * @param model the pack
	 * @param templateDirectory the template folder, or {@code null} for the built-in default
	 * @param out the file to write, or {@code null} for {@link #defaultFileName} in the current
	 * directory; an existing folder gets the default name inside it
	 * @param overwrite whether an existing file may be replaced
	 * @throws BriefdeskException when the file exists (and {@code overwrite} is false), the
	 * template is broken, or the pack has a character no font has; nothing is written then
	 */
	public PdfExport render(PackModel model, Path templateDirectory, Path out, boolean overwrite) {
		Path target = target(model, out);
		AtomicFiles.checkWritable(target, overwrite);
		RenderedPdf pdf = renderToBytes(model, templateDirectory);
		AtomicFiles.write(target, overwrite, stream -> stream.write(pdf.bytes()));
		return new PdfExport(target, pdf.pages(), pdf.bytes().length, pdf.warnings());
	}

	/**
	 * Renders a pack in memory.
	 * @param templateDirectory the template folder, or {@code null} for the built-in default
	 */
	public RenderedPdf renderToBytes(PackModel model, Path templateDirectory) {
		return renderToBytes(model, templateDirectory, null);
	}

	/**
	 * Renders a pack in memory, dated: the document's creation and modification dates are
	 * {@code created} (null: now), so that the same pack, template and date give the same bytes.
	 * @param templateDirectory the template folder, or {@code null} for the built-in default
	 */
	public RenderedPdf renderToBytes(PackModel model, Path templateDirectory, Instant created) {
		PdfTemplate template = this.templates.template(this.templates.folder(templateDirectory));
		return render(model, template, created);
	}

	/**
	 * The SHA-256 of a template folder's files (each file's path and content, in path order),
	 * which a manifest records: the built-in template and a copy of it on disk hash alike.
	 * @param templateDirectory the template folder, or {@code null} for the built-in default
	 */
	public String templateSha256(Path templateDirectory) {
		return this.templates.folder(templateDirectory).contentSha256();
	}

	/** Where {@link #render(PackModel, Path, Path, boolean)} writes for {@code out}. */
	public Path target(PackModel model, Path out) {
		return out == null ? defaultFileName(model) : Files.isDirectory(out) ? out.resolve(defaultFileName(model)) : out;
	}

	/** {@code icat-briefing-2023-2023-10-03.pdf}: the briefing id and the event date. */
	public Path defaultFileName(PackModel model) {
		String date = model.event() == null ? "" : model.event().dateIso();
		String stem = date == null || date.isBlank() ? model.briefingId() : model.briefingId() + "-" + date;
		return Path.of(SafeFileNames.of(stem) + ".pdf");
	}

	RenderedPdf render(PackModel model, PdfTemplate template) {
		return render(model, template, null);
	}

	RenderedPdf render(PackModel model, PdfTemplate template, Instant created) {
		TemplateFolder folder = template.folder();
		String label = folder.label(template.mainFile());
		Document document = SecureXhtml.parse(template.fill(TemplateData.of(model)),
				line -> label + " (filled in with the pack's data), line " + line + " of the result");
		FontSet fonts = this.templates.fonts(folder);
		ScriptRuns.Result runs = ScriptRuns.apply(document, fonts);
		if (!runs.missing().isEmpty()) {
			throw missingGlyphs(GlyphCoverage.missingGlyphs(model, fonts), runs.missing());
		}
		fonts = this.templates.readyToRender(folder, fonts, runs.needsShaping());
		String language = document.getDocumentElement().getAttribute("lang");
		return layOut(document, template, fonts, new PdfMetadata(model, language.isBlank() ? model.language() : language, created), null);
	}

	/**
	 * Whether a letter template folder has a file: {@code invitation.fr.xhtml}, say.
	 * @param templateDirectory the folder, or {@code null} for the built-in invitation letters
	 */
	public boolean hasLetterTemplate(Path templateDirectory, String mainFile) {
		return letterFolder(templateDirectory, "invitation.xhtml").read(mainFile).isPresent();
	}

	/**
	 * Renders a letter (data that is not a pack: plain maps, lists and texts) in memory,
	 * with the same safety, fonts and script handling as a pack.
	 * @param templateDirectory the template folder, or {@code null} for the built-in invitation letters
	 * @param mainFile the XHTML file of the folder to fill, e.g. {@code invitation.fr.xhtml}
	 * @param title the document's title, unless the template gives one
	 * @param author its author (the issuing organisation)
	 * @param language its language, unless the template's {@code <html lang>} says
	 * @throws BriefdeskException when the template is broken or the data has a character no font has
	 */
	public RenderedPdf renderLetter(Path templateDirectory, String mainFile, Map<String, Object> data,
			String title, String author, String language) {
		return renderLetters(templateDirectory, mainFile, List.of(new LetterInput(data, title, author, language))).get(0);
	}

	/**
	 * Renders letters of one template, one PDF each, as {@link #renderLetter} renders one; laid
	 * out together as one document when the template allows it ({@link LetterBatch}), which is
	 * several times faster than one by one.
	 * @return each letter's PDF, in the order given
	 * @throws BriefdeskException when the template is broken or a letter has a character no font has
	 */
	public List<RenderedPdf> renderLetters(Path templateDirectory, String mainFile, List<LetterInput> letters) {
		TemplateFolder folder = letterFolder(templateDirectory, mainFile);
		PdfTemplate template = this.templates.template(folder, mainFile);
		FontSet fonts = this.templates.fonts(folder);
		List<Document> documents = new ArrayList<>(letters.size());
		List<Integer> together = new ArrayList<>(letters.size());
		boolean needsShaping = false;
		for (int i = 0; i < letters.size(); i++) {
			LetterInput letter = letters.get(i);
			Document document = filledIn(template, letter);
			ScriptRuns.Result runs = ScriptRuns.apply(document, fonts);
			if (!runs.missing().isEmpty()) {
				throw missingGlyphs(GlyphCoverage.missingGlyphs(letter.data(), fonts), runs.missing());
			}
			needsShaping |= runs.needsShaping();
			documents.add(document);
			// a letter with text in a fallback font (Arabic, Chinese...) is laid out alone: a font
			// subset shared by a batch would carry the other letters' rarer glyphs in its file
			if (template.laysOutTogether() && !runs.usesFallbackFonts()) {
				together.add(i);
			}
		}
		fonts = this.templates.readyToRender(folder, fonts, needsShaping);
		List<LetterBatch.Metadata> metadata = new ArrayList<>(letters.size());
		for (int i = 0; i < letters.size(); i++) {
			LetterInput letter = letters.get(i);
			metadata.add(LetterBatch.Metadata.of(documents.get(i), letter.title(), letter.author(), letter.language(),
					letter.created()));
		}
		RenderedPdf[] rendered = new RenderedPdf[letters.size()];
		if (together.size() > 1) {
			List<Document> batch = together.stream().map(documents::get).toList();
			Optional<List<RenderedPdf>> laidOut = layOutTogether(batch, template, fonts,
					together.stream().map(metadata::get).toList());
			if (laidOut.isPresent()) {
				for (int k = 0; k < together.size(); k++) {
					rendered[together.get(k)] = laidOut.get().get(k);
				}
			}
			else {
				// a letter did not start a page of its own: one by one (the first document was joined into)
				int first = together.get(0);
				documents.set(first, filledIn(template, letters.get(first)));
				ScriptRuns.apply(documents.get(first), fonts);
			}
		}
		for (int i = 0; i < letters.size(); i++) {
			if (rendered[i] == null) {
				rendered[i] = layOut(documents.get(i), template, fonts,
						new PdfMetadata(letters.get(i).title(), letters.get(i).author(), "", metadata.get(i).language(),
								letters.get(i).created()),
						letterStyles(template));
			}
		}
		return List.of(rendered);
	}

	private static Document filledIn(PdfTemplate template, LetterInput letter) {
		String label = template.folder().label(template.mainFile());
		return SecureXhtml.parse(template.fill(letter.data()),
				line -> label + " (filled in with the letter's data), line " + line + " of the result");
	}

	/** The letters as one document, cut into one PDF each; empty when a letter does not start a page. */
	private static Optional<List<RenderedPdf>> layOutTogether(List<Document> documents, PdfTemplate template,
			FontSet fonts, List<LetterBatch.Metadata> metadata) {
		List<Element> blocks = LetterBatch.join(documents);
		Set<String> warnings = new LinkedHashSet<>();
		ITextRenderer renderer = renderer(template.folder(), fonts, letterStyles(template), warnings);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 * documents.size());
		int[][] ranges;
		int pages;
		try {
			anchorStylesheetLinks(documents.get(0), template.folder().baseUri());
			renderer.setDocument(documents.get(0), template.folder().baseUri());
			renderer.layout();
			Optional<int[][]> laidOut = LetterBatch.pageRanges(renderer.getRootBox(), blocks);
			if (laidOut.isEmpty()) {
				return Optional.empty();
			}
			ranges = laidOut.get();
			pages = renderer.getRootBox().getLayer().getPages().size();
			renderer.createPDF(out);
		}
		catch (BriefdeskException known) {
			throw known;
		}
		catch (RuntimeException failed) {
			throw layoutFailed(template, failed);
		}
		List<RenderedPdf> letters = new ArrayList<>(documents.size());
		try {
			PdfReader batch = new PdfReader(out.toByteArray());
			if (batch.getNumberOfPages() != pages) {
				throw new IllegalStateException("the batch PDF has " + batch.getNumberOfPages() + " pages, laid out " + pages);
			}
			for (int i = 0; i < documents.size(); i++) {
				int from = ranges[i][0];
				int to = ranges[i][1];
				letters.add(new RenderedPdf(ReproduciblePdf.of(LetterBatch.cut(batch, from, to, metadata.get(i))),
						to - from, List.copyOf(warnings)));
			}
			batch.close();
		}
		catch (IOException | RuntimeException failed) {
			throw layoutFailed(template, failed);
		}
		return Optional.of(letters);
	}

	private static BriefdeskException layoutFailed(PdfTemplate template, Exception failed) {
		String label = template.folder().label(template.mainFile());
		log.error("PDF layout failed for " + label, failed);
		return new BriefdeskException("could not lay out " + label + ": " + failed.getMessage()
				+ "; details in the log file");
	}

	/**
	 * This thread's parsed stylesheets for a letter template (Flying Saucer's default one and
	 * the template's own), kept from one letter to the next: parsing them again took a fifth
	 * of a letter's time. They were read through the template's user agent the first time; a
	 * changed template folder is a new {@link PdfTemplate} and gets its own. Per thread,
	 * because Flying Saucer's style reference is not thread-safe.
	 */
	private static StyleReference letterStyles(PdfTemplate template) {
		Map<PdfTemplate, StyleReference> styles = LETTER_STYLES.get();
		StyleReference known = styles.get(template);
		if (known == null) {
			if (styles.size() >= 8) {
				styles.clear();
			}
			known = new StyleReference(null);
			styles.put(template, known);
		}
		return known;
	}

	/**
	 * A placeholder of a letter's PDF template that names no field of the letter.
	 * @param template the file as messages name it
	 * @param line its line in the file, from 1
	 * @param tag the placeholder as written, e.g. {@code {{invitee.nickname}}}
	 */
	public record UnknownField(String template, int line, String tag) {
	}

	/**
	 * The placeholders of a letter template ({@code invitation.xhtml}, {@code invitation.fr.xhtml})
	 * that name no field of {@code model}, so that they are found before a letter is made
	 * (filling the template would stop at the first). Empty when the folder has no such file.
	 * @param templateDirectory the template folder, or {@code null} for the built-in invitation letters
	 * @throws BriefdeskException when the file is not a template that compiles (with its line)
	 */
	public List<UnknownField> unknownLetterFields(Path templateDirectory, String mainFile, Class<? extends Record> model) {
		TemplateFolder folder = letterFolder(templateDirectory, "invitation.xhtml");
		java.util.Optional<byte[]> bytes = folder.read(mainFile);
		if (bytes.isEmpty()) {
			return List.of();
		}
		this.templates.template(folder, mainFile);
		String text = new String(bytes.get(), java.nio.charset.StandardCharsets.UTF_8);
		String label = folder.label(mainFile);
		return TemplateFieldNames.unknown(text, model)
			.stream()
			.map(unknown -> new UnknownField(label, unknown.line(), unknown.tag()))
			.toList();
	}

	/**
	 * The characters of {@code data} (plain maps, lists and texts: a letter's data) that no font
	 * of a letter template has: what would print as an empty box.
	 * @param templateDirectory the template folder, or {@code null} for the built-in invitation letters
	 */
	public List<MissingGlyph> missingLetterGlyphs(Path templateDirectory, Object data) {
		TemplateFolder folder = letterFolder(templateDirectory, "invitation.xhtml");
		return GlyphCoverage.missingGlyphs(data, this.templates.fonts(folder));
	}

	private static TemplateFolder letterFolder(Path templateDirectory, String mainFile) {
		return templateDirectory == null ? TemplateFolder.BuiltIn.INVITATION
				: TemplateFolder.Directory.open(templateDirectory, mainFile);
	}

	/** Flying Saucer lays the page out and OpenPDF writes it, reading only the template's folder. */
	private static RenderedPdf layOut(Document document, PdfTemplate template, FontSet fonts, PdfMetadata metadata,
			StyleReference styles) {
		Set<String> warnings = new LinkedHashSet<>();
		ITextRenderer renderer = renderer(template.folder(), fonts, styles, warnings);
		renderer.setListener(metadata);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try {
			anchorStylesheetLinks(document, template.folder().baseUri());
			renderer.setDocument(document, template.folder().baseUri());
			renderer.layout();
			renderer.createPDF(out);
		}
		catch (BriefdeskException known) {
			throw known;
		}
		catch (RuntimeException failed) {
			throw layoutFailed(template, failed);
		}
		int pages = renderer.getRootBox().getLayer().getPages().size();
		return new RenderedPdf(ReproduciblePdf.of(out.toByteArray()), pages, List.copyOf(warnings));
	}

	/**
	 * Makes each stylesheet link's address absolute, against the template's base. Flying
	 * Saucer takes a link's {@code href} as the stylesheet's address as written; a relative one
	 * is not a URL, and its parser then resolves every {@code @import} of that stylesheet on a
	 * path that prints a line of its own on standard output.
	 */
	private static void anchorStylesheetLinks(Document document, String baseUri) {
		org.w3c.dom.NodeList links = document.getElementsByTagNameNS("*", "link");
		for (int i = 0; i < links.getLength(); i++) {
			org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
			String href = link.getAttribute("href");
			if (href.isEmpty()) {
				continue;
			}
			try {
				link.setAttribute("href", java.net.URI.create(baseUri).resolve(href).toString());
			}
			catch (IllegalArgumentException notAnAddress) {
				// left as written: the user agent refuses it with a warning
			}
		}
	}

	/** A renderer that reads only the template's folder, with the template's fonts; {@code styles} kept stylesheets, or null. */
	private static ITextRenderer renderer(TemplateFolder folder, FontSet fonts, StyleReference styles,
			Set<String> warnings) {
		ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
		TemplateUserAgent agent = new TemplateUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, folder,
				warnings::add);
		ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
				ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, new TemplateFontResolver(fonts),
				new ITextReplacedElementFactory(device), new ShapingTextRenderer());
		if (styles != null) {
			styles.setUserAgentCallback(agent);
			renderer.getSharedContext().setCss(styles);
		}
		return renderer;
	}

	private static BriefdeskException missingGlyphs(List<MissingGlyph> found, SortedSet<Integer> missing) {
		List<MissingGlyph> glyphs = found
			.stream()
			.filter(glyph -> missing.contains(glyph.codePoint()))
			.toList();
		String first = glyphs.isEmpty()
				? "the template's own text has " + new String(Character.toChars(missing.first()))
						+ String.format(" (U+%04X), which no font has", missing.first())
				: glyphs.get(0).describe();
		long otherCharacters = missing.size() - 1;
		long fields = glyphs.stream().map(MissingGlyph::field).distinct().count();
		String others = otherCharacters == 0 ? ""
				: "; " + otherCharacters + (otherCharacters == 1 ? " more character" : " more characters")
						+ (fields > 1 ? " in " + fields + " fields" : "")
						+ (otherCharacters == 1 ? " has" : " have") + " no font either";
		return new BriefdeskException("cannot print " + first + others
				+ "; install a font that has " + (otherCharacters == 0 ? "it" : "them")
				+ " (fonts-noto-cjk for Chinese, Japanese, Korean)"
				+ " or name one in briefdesk.pdf.extra-fonts");
	}

}
