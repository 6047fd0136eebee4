package org.briefdesk.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads PDFs back for tests: their text (OpenPDF's extractor, and PDFBox's in reading order),
 * their fonts and their structure (PDFBox, a reader independent of the OpenPDF that writes
 * them), all in Java, so that the default suite needs no PDF tool. {@link #run} starts poppler
 * or qpdf for the checks tagged {@code readers} (run with {@code -Preaders}); there a missing
 * tool fails the test, never skips it.
 */
final class PdfFiles {

	private PdfFiles() {
	}

	/** The text of every page, by OpenPDF's extractor. */
	static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

	/** The text of some pages by PDFBox, in reading order (as pdftotext gives it). */
	static String readingOrder(Path pdf, int firstPage, int lastPage) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setStartPage(firstPage);
			stripper.setEndPage(lastPage);
			return stripper.getText(document);
		}
	}

	static String readingOrder(Path pdf) throws IOException {
		return readingOrder(pdf, 1, Integer.MAX_VALUE);
	}

	static String readingOrder(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

	/**
	 * The text by PDFBox in the order it is drawn: a table cell by cell, so that the words of
	 * two cells side by side do not interleave as they do line by line.
	 */
	static String drawingOrder(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * The characters of the glyphs as drawn, before PDFBox puts presentation forms back to
	 * letters: a shaped Arabic word shows its joined forms (U+FE70 to U+FEFF) here.
	 */
	static String drawnCharacters(byte[] pdf) throws IOException {
		StringBuilder drawn = new StringBuilder();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					drawn.append(text.getUnicode());
					super.processTextPosition(text);
				}
			};
			stripper.getText(document);
		}
		return drawn.toString();
	}

	/** The text of the whole file by poppler's pdftotext (checks tagged {@code readers} only). */
	static String pdftotext(Path pdf) {
		Result result = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
		if (result.exitCode() != 0) {
			throw new AssertionError("pdftotext " + pdf + " failed: " + result.output());
		}
		return result.output();
	}

	/** Compatibility decomposition: Arabic presentation forms back to letters. */
	static String nfkc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\u200E\\u200F\\u202A-\\u202E]", "");
	}

	/**
	 * A font the pages use: its base font name (a subset's starts with six capitals and a
	 * plus), and whether the file embeds it.
	 */
	record Font(String name, boolean embedded) {

		boolean subset() {
			return this.name.matches("[A-Z]{6}\\+.+");
		}

	}

	/** Every font of the pages (and of the forms they draw), by PDFBox. */
	static List<Font> fonts(byte[] pdf) throws IOException {
		List<Font> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				collectFonts(page.getResources(), fonts, 0);
			}
		}
		return fonts;
	}

	private static void collectFonts(PDResources resources, List<Font> fonts, int depth) throws IOException {
		if (resources == null || depth > 8) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			Font described = new Font(font.getName(), font.isEmbedded());
			if (!fonts.contains(described)) {
				fonts.add(described);
			}
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts, depth + 1);
			}
		}
	}

	/**
	 * Reads the file as a strict reader does: PDFBox's parser with its repairs switched off
	 * (a wrong cross-reference table or object offset fails instead of being rebuilt), then
	 * every page's content stream and text. Returns the number of pages.
	 */
	static int checkStructure(byte[] pdf) {
		try (PDDocument document = new StrictParser(pdf).parse()) {
			int pages = 0;
			for (PDPage page : document.getPages()) {
				new PDFStreamParser(page).parse();
				pages++;
			}
			new PDFTextStripper().getText(document);
			if (pages == 0 || pages != document.getNumberOfPages()) {
				throw new AssertionError("the page tree holds " + pages + " pages, the document says "
						+ document.getNumberOfPages());
			}
			return pages;
		}
		catch (IOException broken) {
			throw new AssertionError("PDFBox (strict) cannot read the PDF: " + broken.getMessage(), broken);
		}
	}

	/** PDFBox's parser without its lenient repairs. */
	private static final class StrictParser extends PDFParser {

		StrictParser(byte[] pdf) throws IOException {
			super(new RandomAccessReadBuffer(pdf));
			setLenient(false);
		}

	}

	record Result(int exitCode, String output) {
	}

	/** Runs a checking tool; fails the test when it is not installed. */
	static Result run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(command[0] + " did not finish in 60 s");
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException notInstalled) {
			throw new AssertionError(command[0] + " is needed by this check (tagged readers, -Preaders) and is not"
					+ " installed; apt-get install poppler-utils qpdf, as .ci/run does: " + notInstalled.getMessage());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new AssertionError(interrupted);
		}
	}

	static Path write(Path folder, String name, byte[] pdf) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, pdf);
		return file;
	}

	/** A copy of the default template in {@code folder}, to change in a test. */
	static Path copyDefaultTemplate(Path folder) throws IOException {
		Path source = Path.of("templates/briefing-pdf");
		Path target = folder.resolve("briefing-pdf");
		org.apache.commons.io.FileUtils.copyDirectory(source.toFile(), target.toFile());
		return target;
	}

}
