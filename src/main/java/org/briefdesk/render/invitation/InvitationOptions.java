package org.briefdesk.render.invitation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/**
 * How {@link InvitationGenerator#generate} writes the letters.
 *
 * @param template null for the built-in letters; a folder holding {@code invitation.docx}
 * (and {@code invitation.LANG.docx} per language); or one .docx file (its sibling
 * {@code NAME.LANG.docx} is used for LANG)
 * @param out the output folder, created when missing
 * @param pdf whether a PDF is written beside each .docx
 * @param combined whether the print files are written too: {@code invitations-combined.pdf}
 * and {@code invitations-combined.docx}, every letter starting a new page
 * @param only when not empty, the invitee ids whose letters are written (again); the others
 * stay as they are
 * @param overwrite whether files already in the folder may be replaced
 * @param resume finish an interrupted run: write only what is missing or does not match the
 * manifest
 * @param pdfTemplate the PDF letter folder ({@code invitation.xhtml}, {@code invitation.LANG.xhtml},
 * CSS, fonts/); null: {@code template} when it is a folder holding {@code invitation.xhtml},
 * else the built-in letters
 * @param letterDate the date the letters bear; null: today
 * @param threads how many letters are made at once; 0: one per core
 * @param progress told after each letter, in order, on the calling thread; null: nobody
 */
public record InvitationOptions(Path template, Path out, boolean pdf, boolean combined, Set<String> only,
		boolean overwrite, boolean resume, Path pdfTemplate, LocalDate letterDate, int threads,
		InvitationProgress progress) {

	public InvitationOptions {
		if (out == null) {
			throw new IllegalArgumentException("an output folder is required");
		}
		only = only == null ? Set.of() : Set.copyOf(only);
		progress = progress == null ? InvitationProgress.NONE : progress;
	}

	/** The built-in letters into {@code out}, .docx only, nothing replaced. */
	public static InvitationOptions into(Path out) {
		return new InvitationOptions(null, out, false, false, Set.of(), false, false, null, null, 0, null);
	}

	public InvitationOptions withTemplate(Path value) {
		return new InvitationOptions(value, this.out, this.pdf, this.combined, this.only, this.overwrite, this.resume,
				this.pdfTemplate, this.letterDate, this.threads, this.progress);
	}

	public InvitationOptions withOut(Path value) {
		return new InvitationOptions(this.template, value, this.pdf, this.combined, this.only, this.overwrite,
				this.resume, this.pdfTemplate, this.letterDate, this.threads, this.progress);
	}

	public InvitationOptions withPdf(boolean value) {
		return new InvitationOptions(this.template, this.out, value, this.combined, this.only, this.overwrite,
				this.resume, this.pdfTemplate, this.letterDate, this.threads, this.progress);
	}

	public InvitationOptions withCombined(boolean value) {
		return new InvitationOptions(this.template, this.out, this.pdf, value, this.only, this.overwrite, this.resume,
				this.pdfTemplate, this.letterDate, this.threads, this.progress);
	}

	public InvitationOptions withOnly(Set<String> value) {
		return new InvitationOptions(this.template, this.out, this.pdf, this.combined, value, this.overwrite,
				this.resume, this.pdfTemplate, this.letterDate, this.threads, this.progress);
	}

	public InvitationOptions withOverwrite(boolean value) {
		return new InvitationOptions(this.template, this.out, this.pdf, this.combined, this.only, value, this.resume,
				this.pdfTemplate, this.letterDate, this.threads, this.progress);
	}

	public InvitationOptions withResume(boolean value) {
		return new InvitationOptions(this.template, this.out, this.pdf, this.combined, this.only, this.overwrite, value,
				this.pdfTemplate, this.letterDate, this.threads, this.progress);
	}

	public InvitationOptions withPdfTemplate(Path value) {
		return new InvitationOptions(this.template, this.out, this.pdf, this.combined, this.only, this.overwrite,
				this.resume, value, this.letterDate, this.threads, this.progress);
	}

	public InvitationOptions withLetterDate(LocalDate value) {
		return new InvitationOptions(this.template, this.out, this.pdf, this.combined, this.only, this.overwrite,
				this.resume, this.pdfTemplate, value, this.threads, this.progress);
	}

	public InvitationOptions withThreads(int value) {
		return new InvitationOptions(this.template, this.out, this.pdf, this.combined, this.only, this.overwrite,
				this.resume, this.pdfTemplate, this.letterDate, value, this.progress);
	}

	public InvitationOptions withProgress(InvitationProgress value) {
		return new InvitationOptions(this.template, this.out, this.pdf, this.combined, this.only, this.overwrite,
				this.resume, this.pdfTemplate, this.letterDate, this.threads, value);
	}

}
