package org.briefdesk.render.pdf;

import java.nio.file.Path;
import java.util.List;

/**
 * A PDF written to a file.
 *
 * @param file where it was written
 * @param pages its number of pages
 * @param bytes its size
 * @param warnings what the template asked for and did not get, one line each
 */
public record PdfExport(Path file, int pages, long bytes, List<String> warnings) {

	public PdfExport {
		warnings = List.copyOf(warnings);
	}

}
