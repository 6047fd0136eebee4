package org.briefdesk.render.invitation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;

/**
 * The print file as one PDF: every letter's pages in order, each letter starting on a new
 * page (each is a document of its own, so it does), copied page by page as the letters
 * come, so that a thousand letters never sit in memory together. Published whole.
 */
final class CombinedPdf implements AutoCloseable {

	private final AtomicFiles.Pending file;

	private final OutputStream out;

	private final Document document = new Document();

	private final PdfCopy copy;

	private int letters;

	CombinedPdf(Path target, boolean overwrite, InvitationEvent event) {
		this.file = AtomicFiles.begin(target, overwrite);
		this.out = new BufferedOutputStream(this.file.stream(), 1 << 16);
		try {
			this.copy = new PdfCopy(this.document, this.out);
			this.copy.setCloseStream(false);
		}
		catch (RuntimeException failed) {
			this.file.close();
			throw new BriefdeskException("cannot start " + target + ": " + failed.getMessage(), failed);
		}
		this.document.addTitle("Invitations: " + event.title());
		this.document.addAuthor(event.issuedBy());
		this.document.addCreator("Briefdesk");
		this.document.open();
	}

	void add(byte[] pdf) {
		try {
			PdfReader reader = new PdfReader(pdf);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				this.copy.addPage(this.copy.getImportedPage(reader, page));
			}
			this.copy.freeReader(reader);
			reader.close();
			this.letters++;
		}
		catch (IOException | RuntimeException failed) {
			throw new BriefdeskException("cannot add letter " + (this.letters + 1) + " to " + this.file.target() + ": "
					+ failed.getMessage(), failed);
		}
	}

	void commit() {
		try {
			this.document.close();
			this.out.flush();
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot write " + this.file.target() + ": " + failed.getMessage(), failed);
		}
		this.file.commit();
	}

	@Override
	public void close() {
		this.file.close();
	}

}
