package org.briefdesk.render.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice, the reader a secretariat without Word has, opens a sample of the letters
 * and the combined print file: each letter converts to one page addressed to its invitee,
 * and the combined file to one page per letter, each numbered from 1.
 */
@Tag("readers")
class InvitationReadersTest {

	@TempDir
	Path folder;

	@Test
	void libreOfficeOpensSampleLettersAndTheCombinedFile() throws Exception {
		List<Letter> letters = HostileInvitees.letters(26);
		Path out = this.folder.resolve("letters");
		InvitationSummary summary = new InvitationGenerator(PdfExporter.standalone(TestFonts.withCjkSubset()),
				Clock.systemUTC())
			.generate(SampleLetters.event(), letters,
					InvitationOptions.into(out).withLetterDate(SampleLetters.LETTER_DATE).withCombined(true));
		List<Path> sample = new ArrayList<>(List.of(summary.files().get(0), summary.files().get(1),
				summary.files().get(11), summary.combinedDocx()));
		Path converted = Files.createDirectories(this.folder.resolve("converted"));
		Path profile = Files.createDirectories(this.folder.resolve("lo-profile"));
		List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
				"--headless", "--norestore", "--convert-to", "pdf", "--outdir", converted.toString()));
		sample.forEach(file -> command.add(file.toString()));
		String output = run(300, command);
		for (int i : new int[] { 0, 1, 11 }) {
			Path pdf = converted.resolve(summary.files().get(i).getFileName().toString().replace(".docx", ".pdf"));
			assertThat(pdf).as("soffice: %s", output).exists();
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				assertThat(document.getNumberOfPages()).isEqualTo(1);
				assertThat(new PDFTextStripper().getText(document))
					.contains(InvitationGeneratorTest.lineOf(letters.get(i).invitee().get("salutation")));
			}
		}
		Path combined = converted.resolve(InvitationGenerator.COMBINED + ".pdf");
		assertThat(combined).as("soffice: %s", output).exists();
		try (PDDocument document = Loader.loadPDF(combined.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(letters.size());
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page : new int[] { 1, 13, 26 }) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(document);
				assertThat(text).contains("Page 1");
				assertThat(text.replaceAll("\\s+", " ")).contains(InvitationGeneratorTest
					.lineOf(letters.get(page - 1).invitee().get("title")).replaceAll("\\s+", " "));
			}
		}
	}

	private String run(int seconds, List<String> command) throws IOException, InterruptedException {
		Path output = Files.createTempFile(this.folder, "out", ".txt");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s");
		}
		return Files.readString(output, StandardCharsets.UTF_8);
	}

}
