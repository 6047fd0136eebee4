package org.briefdesk.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Reads PDFs back for tests: their text (OpenPDF's extractor and poppler's pdftotext), their
 * fonts, and what poppler and qpdf say of them. The command-line tools are required: a test
 * that needs one fails, never skips, when it is missing (CI installs poppler-utils and qpdf).
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

	/** The text of some pages by poppler's pdftotext, in reading order. */
	static String pdftotext(Path pdf, int firstPage, int lastPage) {
		return run("pdftotext", "-enc", "UTF-8", "-f", String.valueOf(firstPage), "-l", String.valueOf(lastPage),
				pdf.toString(), "-").output();
	}

	static String pdftotext(Path pdf) {
		return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").output();
	}

	/** Compatibility decomposition: Arabic presentation forms back to letters. */
	static String nfkc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\u200E\\u200F\\u202A-\\u202E]", "");
	}

	/** The base font name of every font the pages use, and whether it has an embedded font file. */
	record Font(String name, boolean embedded) {
	}

	static List<Font> fonts(byte[] pdf) throws IOException {
		List<Font> fonts = new ArrayList<>();
		PdfReader reader = new PdfReader(pdf);
		try {
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
				PdfDictionary fontDictionary = resources == null ? null : resources.getAsDict(PdfName.FONT);
				if (fontDictionary == null) {
					continue;
				}
				for (PdfName key : fontDictionary.getKeys()) {
					PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fontDictionary.get(key));
					Font described = describe(font);
					if (!fonts.contains(described)) {
						fonts.add(described);
					}
				}
			}
		}
		finally {
			reader.close();
		}
		return fonts;
	}

	private static Font describe(PdfDictionary font) {
		String name = String.valueOf(font.getAsName(PdfName.BASEFONT));
		PdfDictionary withDescriptor = font;
		PdfObject descendants = PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
		if (descendants != null && descendants.isArray()) {
			withDescriptor = (PdfDictionary) PdfReader.getPdfObject(((com.lowagie.text.pdf.PdfArray) descendants).getPdfObject(0));
		}
		PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(withDescriptor.get(PdfName.FONTDESCRIPTOR));
		boolean embedded = descriptor != null && (descriptor.get(PdfName.FONTFILE) != null
				|| descriptor.get(PdfName.FONTFILE2) != null || descriptor.get(PdfName.FONTFILE3) != null);
		return new Font(name, embedded);
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
			throw new AssertionError(command[0] + " is needed to check PDFs and is not installed"
					+ " (apt-get install poppler-utils qpdf): " + notInstalled.getMessage());
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
