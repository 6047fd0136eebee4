package org.briefdesk.render.invitation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.briefdesk.render.docx.PlainTextTemplates;
import org.briefdesk.system.BriefdeskException;
import org.springframework.core.NestedExceptionUtils;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.exception.RenderException;

/**
 * A letter template that poi-tl renders, compiling it again for every letter (a compiled
 * poi-tl template is used up by its render): the way for templates with blocks, loops or
 * anything else the fast path does not write, and the reference the fast path is tested
 * against.
 */
final class PoiTlLetterTemplate implements LetterTemplate {

	private final String name;

	private final byte[] docx;

	PoiTlLetterTemplate(String name, byte[] docx) {
		this.name = name;
		this.docx = docx.clone();
		try (XWPFTemplate refusesAnUnreadableTemplateNow = PlainTextTemplates.compile(name, docx)) {
			refusesAnUnreadableTemplateNow.getElementTemplates();
		}
		catch (IOException closing) {
			// nothing was written
		}
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean isFast() {
		return false;
	}

	@Override
	public void write(Map<String, Object> data, OutputStream out) throws IOException {
		try (XWPFTemplate template = PlainTextTemplates.compile(this.name, this.docx)) {
			template.render(data);
			java.io.ByteArrayOutputStream letter = new java.io.ByteArrayOutputStream(this.docx.length * 2);
			template.write(letter);
			// dated as the fast path dates its letters, so that either path gives the same file twice
			out.write(org.briefdesk.render.docx.ReproducibleDocx.of(letter.toByteArray(),
					java.time.LocalDate.of(1980, 1, 1)));
		}
		catch (RenderException failed) {
			Throwable root = NestedExceptionUtils.getMostSpecificCause(failed);
			throw new BriefdeskException("cannot fill template " + this.name + ": "
					+ (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()), failed);
		}
	}

}
