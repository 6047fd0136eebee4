package org.briefdesk.render.docx;

import java.nio.file.Path;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;

/**
 * Word templates filled with plain data that is not a briefing pack (an invitation letter):
 * the same poi-tl set-up as the pack export (a missing field aborts, names read from plain
 * maps only, no pictures or tables from the data), without the pack's cross references,
 * and the same plain-line refusals of broken or hostile files.
 */
public final class PlainTextTemplates {

	private PlainTextTemplates() {
	}

	/** Briefdesk's poi-tl configuration, for a template that is not a pack. */
	public static Configure configure() {
		return PoiTlConfiguration.create(CrossReferences.none());
	}

	/** A template's bytes; a folder, a missing or an oversized file fails with one line. */
	public static byte[] read(Path file) {
		return DocxFiles.read(file);
	}

	/**
	 * Compiles a template with {@link #configure()}.
	 * @param name how messages name the template
	 * @throws org.briefdesk.system.BriefdeskException when it is not a readable .docx
	 */
	public static XWPFTemplate compile(String name, byte[] docx) {
		return DocxFiles.compile(name, docx, configure());
	}

	/** The names poi-tl gives a meaning of its own through a custom policy (list rows). */
	public static boolean isBoundToAPolicy(Configure configure, String tagName) {
		return configure.getCustomPolicy(tagName) != null;
	}

}
