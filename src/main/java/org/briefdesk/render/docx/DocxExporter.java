package org.briefdesk.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.render.ExamplePack;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.TemplateData;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.SafeFileNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.exception.RenderException;

/**
 * Exports a briefing pack to Word: fills a .docx template (the default one, or one the user
 * made) with the template data model through poi-tl, links each citation to its source
 * ({@link CrossReferences}), gives the file the pack's own document properties, and
 * publishes it atomically. The template is checked first
 * ({@link CheckedTemplates}); a template with a mistake fails with the check's first
 * problem and nothing is written. An existing file is replaced only when asked.
 */
@Component
public class DocxExporter {

	/** Who last saved the file, as Word shows it. */
	static final String LAST_MODIFIED_BY = "Briefdesk";

	private final CheckedTemplates checker;

	private final Clock clock;

	@Autowired
	public DocxExporter(CheckedTemplates checker, ObjectProvider<Clock> clock) {
		this(checker, clock.getIfAvailable(Clock::systemDefaultZone));
	}

	public DocxExporter(CheckedTemplates checker, Clock clock) {
		this.checker = checker;
		this.clock = clock;
	}

	public DocxExporter(CheckedTemplates checker) {
		this(checker, Clock.systemDefaultZone());
	}

	/**
	 * Renders the example pack through the default template into memory and forgets it, so
	 * that the first real export of this process finds POI, XMLBeans and poi-tl loaded and
	 * the default template checked: the shell runs it behind its prompt.
	 */
	public static void warmUp() {
		new DocxExporter(new CheckedTemplates(), Clock.systemUTC()).render(ExamplePack.model(), null, Instant.EPOCH);
	}

	/** The name an export gets when none is given: briefing id and event date, e.g. {@code icat-briefing-2023-2023-10-03.docx}. */
	public static String defaultFileName(PackModel model) {
		String date = model.event() == null ? "" : model.event().dateIso();
		String base = date == null || date.isBlank() ? model.briefingId() : model.briefingId() + "-" + date;
		return SafeFileNames.of(base) + ".docx";
	}

	/**
	 * Renders the pack through a template and writes it to {@code out}.
	 * @param model the pack
	 * @param template a .docx template file, or null for the default template
	 * @param out the file to write; an existing folder gets {@link #defaultFileName} inside it
	 * (as {@code export pdf} does); null: that name in the current folder
	 * @param overwrite whether an existing file may be replaced
	 * @return the file written
	 * @throws BriefdeskException (one line) when the template cannot be read or has a mistake,
	 * when {@code out} exists and may not be replaced, or when it cannot be written; nothing is
	 * written then
	 */
	public Path render(PackModel model, Path template, Path out, boolean overwrite) {
		Path target = target(model, out);
		AtomicFiles.checkWritable(target, overwrite);
		byte[] docx = render(model, template);
		AtomicFiles.write(target, overwrite, stream -> stream.write(docx));
		return target;
	}

	/** The SHA-256 (hex) of a Word template's file (null: the default template), which a manifest records. */
	public static String templateSha256(Path template) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(DocxFiles.read(template)));
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
		}
	}

	/** Where {@link #render(PackModel, Path, Path, boolean)} writes for {@code out}. */
	public static Path target(PackModel model, Path out) {
		if (out == null) {
			return Path.of(defaultFileName(model));
		}
		return Files.isDirectory(out) ? out.resolve(defaultFileName(model)) : out;
	}

	/** Renders the pack through a template (null: the default) into the bytes of a .docx, exported now. */
	public byte[] render(PackModel model, Path template) {
		return render(model, template, this.clock.instant());
	}

	/**
	 * Renders the pack through a template (null: the default) into the bytes of a .docx
	 * exported at {@code exported}: its document properties carry that time, and its zip
	 * entries that day ({@link ReproducibleDocx}), so that the same pack, template and time
	 * give the same bytes on any machine.
	 */
	public byte[] render(PackModel model, Path template, Instant exported) {
		String name = DocxFiles.name(template);
		byte[] templateBytes = DocxFiles.read(template);
		Configure configure = PoiTlConfiguration.create(CrossReferences.forPack(model));
		CheckedTemplates.Checked checked = this.checker.check(name, templateBytes, configure);
		checked.check().throwIfWrong();
		try (XWPFTemplate compiled = checked.compiled()) {
			compiled.render(TemplateData.of(model));
			properties(compiled.getXWPFDocument(), model, exported);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(templateBytes.length * 2);
			compiled.write(bytes);
			return ReproducibleDocx.of(bytes.toByteArray(), LocalDate.ofInstant(exported, ZoneOffset.UTC));
		}
		catch (RenderException failed) {
			// The check passed, so this is data the template cannot show; say which placeholder.
			throw new BriefdeskException("cannot fill template " + name + ": " + rootMessage(failed), failed);
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot write the Word document: " + failed.getMessage(), failed);
		}
	}

	/**
	 * The document properties Word shows (File > Info) and indexes search with: this pack's,
	 * not the template's. Title and subject say the same as the PDF's metadata; the author is
	 * the issuing organisation (none when the pack has no issuer); both dates are now.
	 */
	static void properties(XWPFDocument document, PackModel model, Instant exported) {
		CoreProperties core = document.getProperties().getCoreProperties();
		Optional<Date> now = Optional.of(Date.from(exported.truncatedTo(ChronoUnit.SECONDS)));
		core.setTitle(model.title());
		core.setSubjectProperty(subject(model));
		core.setCreator(model.issuedBy());
		core.setLastModifiedByUser(LAST_MODIFIED_BY);
		core.setCreated(now);
		core.setModified(now);
		core.setDescription(null);
		core.setKeywords(null);
		core.setCategory(null);
		core.setRevision("1");
		if (!model.language().isBlank()) {
			core.getUnderlyingProperties().setLanguageProperty(model.language());
		}
	}

	/** "Briefing to Member States: Title of the event, Tuesday, 3 October 2023", as the PDF template says it. */
	static String subject(PackModel model) {
		if (model.event() == null) {
			return "";
		}
		String kind = model.event().kind().isBlank() ? "" : model.event().kind() + ": ";
		String date = model.event().date().isBlank() ? "" : ", " + model.event().date();
		return kind + model.event().title() + date;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

}
