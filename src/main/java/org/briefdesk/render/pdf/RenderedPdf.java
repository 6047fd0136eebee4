package org.briefdesk.render.pdf;

import java.util.List;

/**
 * A PDF rendered in memory.
 *
 * @param bytes the document
 * @param pages its number of pages
 * @param warnings what the template asked for and did not get (a file outside its folder, a
 * network address...), one line each
 */
public record RenderedPdf(byte[] bytes, int pages, List<String> warnings) {

	public RenderedPdf {
		warnings = List.copyOf(warnings);
	}

}
