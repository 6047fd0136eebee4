package org.briefdesk.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.TemplateData;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.SafeFileNames;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.exception.RenderException;

/**
 * Exports a briefing pack to Word: fills a .docx template (the default one, or one the user
 * made) with the template data model through poi-tl, adds a real footnote for each
 * {@code {{^note}}}, and publishes the file atomically. The template is checked first
 * ({@link DocxTemplateChecker}); a template with a mistake fails with the check's first
 * problem and nothing is written. An existing file is replaced only when asked.
 */
@Component
public class DocxExporter {

	private final DocxTemplateChecker checker;

	public DocxExporter(DocxTemplateChecker checker) {
		this.checker = checker;
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
	 * @param out the file to write
	 * @param overwrite whether an existing {@code out} may be replaced
	 * @return the file written
	 * @throws BriefdeskException (one line) when the template cannot be read or has a mistake,
	 * when {@code out} exists and may not be replaced, or when it cannot be written; nothing is
	 * written then
	 */
	public Path render(PackModel model, Path template, Path out, boolean overwrite) {
		AtomicFiles.checkWritable(out, overwrite);
		byte[] docx = render(model, template);
		AtomicFiles.write(out, overwrite, stream -> stream.write(docx));
		return out;
	}

	/** Renders the pack through a template (null: the default) into the bytes of a .docx. */
	public byte[] render(PackModel model, Path template) {
		String name = DocxFiles.name(template);
		byte[] templateBytes = DocxFiles.read(template);
		Configure configure = PoiTlConfiguration.create(new FootnotePolicy(citations(model)));
		DocxTemplateChecker.Checked checked = this.checker.check(name, templateBytes, configure);
		checked.check().throwIfWrong();
		try (XWPFTemplate compiled = checked.compiled()) {
			compiled.render(TemplateData.of(model));
			TableOfContents.fill(compiled.getXWPFDocument());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(templateBytes.length * 2);
			compiled.write(bytes);
			return bytes.toByteArray();
		}
		catch (RenderException failed) {
			// The check passed, so this is data the template cannot show; say which placeholder.
			throw new BriefdeskException("cannot fill template " + name + ": " + rootMessage(failed), failed);
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot write the Word document: " + failed.getMessage(), failed);
		}
	}

	private static Map<Integer, String> citations(PackModel model) {
		Map<Integer, String> citations = new HashMap<>();
		for (SourceView source : model.sources()) {
			String url = source.url() == null || source.url().isBlank() ? "" : " " + source.url();
			citations.put(source.number(), source.citation() + url);
		}
		return citations;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

}
