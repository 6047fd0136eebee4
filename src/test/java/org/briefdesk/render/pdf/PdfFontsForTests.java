package org.briefdesk.render.pdf;

import java.io.IOException;
import java.util.List;

/** The fonts of a PDF, for tests of other packages (see {@link PdfFiles#fonts}). */
public final class PdfFontsForTests {

	private PdfFontsForTests() {
	}

	/** A font of the pages: its name (a subset's has a six-letter tag) and whether it is embedded. */
	public record Font(String name, boolean embedded) {

		public boolean subset() {
			return this.name.matches("[A-Z]{6}\\+.+");
		}

	}

	public static List<Font> fonts(byte[] pdf) throws IOException {
		return PdfFiles.fonts(pdf).stream().map(font -> new Font(font.name(), font.embedded())).toList();
	}

}
