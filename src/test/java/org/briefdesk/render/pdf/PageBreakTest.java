package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.Paragraph;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section headings stay with what follows them, whatever the length of the text before. */
class PageBreakTest {

	static final PdfExporter exporter = new PdfExporter(new PdfTemplates(TestFonts.withCjkSubset()));

	/** A section heading (numbered or not, as pdftotext may split it) or a table's header row. */
	static final Pattern HEADING = Pattern.compile("^([IVX]+\\s*\\.\\s*)?(Purpose and background|Programme|Panelists"
			+ "|The chair's priorities|Key figures|Quotes|Talking points|Logistics|Sources|[IVX]+\\s*\\.)$"
			+ "|.*\\b(TIME|ITEM|SPEAKERS|NO\\.|NAME|TITLE AND ORGANISATION|ROLE|FIGURE|STATEMENT AND SOURCE)$");

	@TempDir
	Path folder;

	@Test
	void noPageEndsWithASectionHeading() throws Exception {
		PackModel base = SamplePacks.vienna2023();
		for (int extra = 0; extra < 14; extra++) {
			List<Paragraph> purpose = new ArrayList<>(base.purpose());
			for (int i = 0; i < extra; i++) {
				purpose.add(new Paragraph("An added paragraph of background, long enough to take two or three lines of"
						+ " the page, so that the sections after it move down by a few lines each time (" + i + ")."));
			}
			PackModel pack = new PackModel(base.title(), base.subtitle(), base.briefingId(), base.language(),
					base.issuedBy(), base.event(), base.chair(), base.moderator(), base.coChairs(), purpose,
					base.programme(), base.panelists(), base.prioritySet(), base.priorities(), base.figures(), base.quotes(),
					base.talkingPoints(), base.logistics(), base.sources(), base.generatedOn(), base.generatedOnIso());
			RenderedPdf pdf = exporter.renderToBytes(pack, null);
			Path file = PdfFiles.write(this.folder, "pack-" + extra + ".pdf", pdf.bytes());
			for (int page = 2; page <= pdf.pages(); page++) {
				List<String> lines = PdfFiles.readingOrder(file, page, page)
					.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("Page ") && !line.startsWith(base.issuedBy() + " ·")
							&& !line.equals(base.event().title()) && !line.equals("\f"))
					.toList();
				assertThat(lines).as("page %d with %d added paragraphs", page, extra).isNotEmpty();
				assertThat(lines.get(lines.size() - 1)).as("last line of page %d with %d added paragraphs", page, extra)
					.doesNotMatch(HEADING);
			}
		}
	}

}
