package org.briefdesk.render.pdf;

import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.briefdesk.render.PackModel;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The document's metadata: title, subject, author and keywords come from the template's
 * {@code <title>} and {@code <meta>} elements, or from the model where the template has none;
 * the language from the {@code lang} of {@code <html>} or the model. The viewer opens with the
 * bookmarks shown and the title (not the file name) in its window. Its creation and
 * modification dates are the export's, given in UTC (so that the same export on a machine in
 * another time zone writes the same bytes), or OpenPDF's "now" when none is given.
 */
final class PdfMetadata extends DefaultPDFCreationListener {

	private final String title;

	private final String author;

	private final String subject;

	private final String language;

	private final Instant created;

	PdfMetadata(PackModel model, String language) {
		this(model, language, null);
	}

	PdfMetadata(PackModel model, String language, Instant created) {
		this(model.title(), model.issuedBy(), join(model.event().kind(), model.event().title()), language, created);
	}

	PdfMetadata(String title, String author, String subject, String language) {
		this(title, author, subject, language, null);
	}

	PdfMetadata(String title, String author, String subject, String language, Instant created) {
		this.title = title;
		this.author = author;
		this.subject = subject;
		this.language = language;
		this.created = created;
	}

	@Override
	public void preOpen(ITextRenderer renderer) {
		PdfWriter writer = renderer.getWriter();
		writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
		if (!this.language.isBlank()) {
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString(this.language));
		}
	}

	@Override
	public void preWrite(ITextRenderer renderer, int pageCount) {
		ITextOutputDevice device = renderer.getOutputDevice();
		addUnlessGiven(device, "title", this.title);
		addUnlessGiven(device, "author", this.author);
		addUnlessGiven(device, "subject", this.subject);
		renderer.getWriter().getInfo().put(PdfName.CREATOR, new PdfString("Briefdesk", PdfString.TEXT_UNICODE));
		if (this.created != null) {
			PdfDate date = utc(this.created);
			renderer.getWriter().getInfo().put(PdfName.CREATIONDATE, date);
			renderer.getWriter().getInfo().put(PdfName.MODDATE, date);
		}
	}

	/** A PDF date in UTC ("D:20250611000000Z"), whatever the machine's time zone. */
	static PdfDate utc(Instant instant) {
		Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		calendar.setTime(Date.from(instant));
		return new PdfDate(calendar);
	}

	@Override
	public void onClose(ITextRenderer renderer) {
		renderer.getWriter().createXmpMetadata();
	}

	private static void addUnlessGiven(ITextOutputDevice device, String name, String value) {
		String given = device.getMetadataByName(name);
		if ((given == null || given.isBlank()) && value != null && !value.isBlank()) {
			device.addMetadata(name, value);
		}
	}

	private static String join(String first, String second) {
		if (first == null || first.isBlank()) {
			return second;
		}
		if (second == null || second.isBlank()) {
			return first;
		}
		return first + ": " + second;
	}

}
