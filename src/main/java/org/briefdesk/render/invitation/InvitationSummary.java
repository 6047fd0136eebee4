package org.briefdesk.render.invitation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run did.
 *
 * @param letters letters this run handled (all, or those of {@code only})
 * @param written .docx files written
 * @param kept .docx files already there and matching the manifest (a resume)
 * @param pdfs PDF letters written
 * @param took how long the run took
 * @param out the output folder
 * @param manifest the manifest file
 * @param files the .docx files of the letters handled, in order
 * @param combinedPdf the combined PDF, or null
 * @param combinedDocx the combined .docx, or null
 * @param templates the Word template each language's letters were made with
 * @param fastPath whether every letter took the fast path
 */
public record InvitationSummary(int letters, int written, int kept, int pdfs, Duration took, Path out, Path manifest,
		List<Path> files, Path combinedPdf, Path combinedDocx, Map<String, String> templates, boolean fastPath) {

	/** One line for the end of a run: how many, in how long, where. */
	public String line() {
		StringBuilder line = new StringBuilder();
		line.append(this.written).append(this.written == 1 ? " letter" : " letters");
		if (this.pdfs > 0) {
			line.append(" and ").append(this.pdfs).append(this.pdfs == 1 ? " PDF" : " PDFs");
		}
		line.append(" written");
		if (this.kept > 0) {
			line.append(", ").append(this.kept).append(" already there");
		}
		line.append(String.format(Locale.ROOT, " in %.1f s", this.took.toMillis() / 1000.0));
		line.append(" to ").append(this.out);
		if (this.combinedPdf != null) {
			line.append("; print files ").append(this.combinedPdf.getFileName()).append(", ")
				.append(this.combinedDocx.getFileName());
		}
		return line.toString();
	}

}
