package org.briefdesk.render.invitation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** A Word letter template ready to write letters: the fast path, or poi-tl letter by letter. Thread-safe. */
interface LetterTemplate {

	/** How messages name the template. */
	String name();

	/** Whether letters are written by the fast path ({@link FastDocxTemplate}). */
	boolean isFast();

	/** Writes one letter (a whole .docx) filled with {@code data}. */
	void write(Map<String, Object> data, OutputStream out) throws IOException;

	/**
	 * The template compiled for the fast path when it can be, else for poi-tl.
	 * @param name how messages name it
	 */
	static LetterTemplate compile(String name, byte[] docx) {
		return FastDocxTemplate.compile(name, docx).<LetterTemplate>map(fast -> fast)
			.orElseGet(() -> new PoiTlLetterTemplate(name, docx));
	}

}
