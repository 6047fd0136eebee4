package org.briefdesk.render.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.support.TestFonts;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.SafeFileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the letters of 200 ordinary and hostile invitees, and what protects them. */
class InvitationGeneratorTest {

	static final InvitationGenerator GENERATOR = new InvitationGenerator(
			PdfExporter.standalone(TestFonts.withCjkSubset()), Clock.systemUTC());

	@TempDir
	Path out;

	@Test
	void twoHundredHostileInviteesEachGetASafeLetterThatReadsBackAddressedToThem() throws Exception {
		List<Letter> letters = HostileInvitees.letters(200);
		List<int[]> progress = new ArrayList<>();
		InvitationSummary summary = GENERATOR.generate(SampleLetters.event(), letters,
				options().withProgress((done, total) -> progress.add(new int[] { done, total })));

		assertThat(summary.written()).isEqualTo(200);
		assertThat(summary.fastPath()).isTrue();
		assertThat(progress).hasSize(200);
		assertThat(progress.get(199)).containsExactly(200, 200);
		assertThat(summary.line()).contains("200 letters written", this.out.toRealPath().toString());
		Set<String> folded = new HashSet<>();
		try (Stream<Path> files = Files.list(this.out)) {
			for (Path file : files.toList()) {
				assertThat(file.getParent()).isEqualTo(this.out);
				assertThat(Files.isRegularFile(file)).isTrue();
				String name = file.getFileName().toString();
				assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(120);
				assertThat(name).doesNotContain("/", "\\", "..", "\u202E").doesNotMatch("(?i)(con|nul|prn|aux)(\\..*)?");
				assertThat(folded.add(SafeFileNames.fold(name))).as("unique: %s", name).isTrue();
			}
		}
		assertThat(folded).hasSize(201); // 200 letters and the manifest
		assertThat(summary.files()).allSatisfy(file -> assertThat(file.getParent()).isEqualTo(this.out.toRealPath()));
		for (int i = 0; i < letters.size(); i++) {
			Letter letter = letters.get(i);
			String text = text(Files.readAllBytes(summary.files().get(i)));
			assertThat(text).contains(lineOf(letter.invitee().get("salutation")), lineOf(letter.invitee().get("full_name")));
			assertThat(text).contains(letter.language().equals("fr") ? "a l’honneur de vous inviter" : "I have the honour");
			assertThat(text).contains(letter.language().equals("fr") ? "mardi 3 octobre 2023" : "Tuesday, 3 October 2023");
		}
		assertThat(summary.files().get(9).getFileName().toString()).isEqualTo("010-Müller-Anna.docx");
		assertThat(summary.files().get(10).getFileName().toString()).isEqualTo("011-Müller-Anna.docx");
		assertThat(summary.files().get(5).getFileName().toString()).isEqualTo("006-x-x.docx");
		assertThat(summary.files().get(7).getFileName().toString()).isEqualTo("008-_CON.docx");
	}

	@Test
	void theManifestListsEveryLetterAndItsCellsCannotActAsFormulas() throws Exception {
		List<Letter> letters = HostileInvitees.letters(26);
		InvitationSummary summary = GENERATOR.generate(SampleLetters.event(), letters, options());
		String manifest = Files.readString(summary.manifest());
		assertThat(manifest).startsWith("invitee,language,file,sha256\r\n");
		assertThat(manifest).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"").doesNotContain(",=");
		assertThat(manifest.lines().count()).isEqualTo(27);
		for (Path file : summary.files()) {
			assertThat(manifest).contains(file.getFileName() + "," + InvitationGenerator.sha256(Files.readAllBytes(file)));
		}
	}

	@Test
	void aSecondRunWithoutOverwriteIsRefusedAndChangesNothing() throws Exception {
		List<Letter> letters = HostileInvitees.letters(30);
		GENERATOR.generate(SampleLetters.event(), letters, options());
		Map<String, String> before = hashes(this.out);
		assertThatThrownBy(() -> GENERATOR.generate(SampleLetters.event(), letters, options()))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("already holds invitations")
			.hasMessageContaining("--overwrite");
		assertThatThrownBy(() -> GENERATOR.generate(SampleLetters.event(), letters,
				options().withOnly(Set.of("inv-2"))))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("already holds invitations");
		assertThat(hashes(this.out)).isEqualTo(before);
	}

	@Test
	void onlyWithOverwriteRewritesTheChosenLettersAndKeepsTheManifestWhole() throws Exception {
		List<Letter> letters = HostileInvitees.letters(20);
		GENERATOR.generate(SampleLetters.event(), letters, options());
		Map<String, String> before = hashes(this.out);
		InvitationSummary again = GENERATOR.generate(SampleLetters.event(), letters,
				options().withOnly(Set.of("inv-2", "inv-5")).withOverwrite(true));
		assertThat(again.written()).isEqualTo(2);
		assertThat(Files.readString(again.manifest()).lines().count()).isEqualTo(21);
		Map<String, String> after = hashes(this.out);
		assertThat(after.keySet()).isEqualTo(before.keySet());
		assertThatThrownBy(() -> GENERATOR.generate(SampleLetters.event(), letters,
				options().withOnly(Set.of("nobody")).withOverwrite(true)))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("no invitee nobody");
	}

	@Test
	void aResumeKeepsWhatMatchesTheManifestAndRewritesWhatDoesNot() throws Exception {
		List<Letter> letters = HostileInvitees.letters(15);
		InvitationSummary first = GENERATOR.generate(SampleLetters.event(), letters, options());
		Files.delete(first.files().get(3));
		Files.write(first.files().get(7), new byte[] { 'P', 'K', 3, 4 }); // damaged
		byte[] untouched = Files.readAllBytes(first.files().get(0));
		InvitationSummary resumed = GENERATOR.generate(SampleLetters.event(), letters, options().withResume(true));
		assertThat(resumed.written()).isEqualTo(2);
		assertThat(resumed.kept()).isEqualTo(13);
		assertThat(Files.readAllBytes(first.files().get(0))).isEqualTo(untouched);
		assertThat(text(Files.readAllBytes(first.files().get(7)))).contains("Dear Ms. CON,");
		assertThat(text(Files.readAllBytes(first.files().get(3)))).contains("Dear Dr. الزهراء,");
	}

	@Test
	void pdfLettersAreWrittenBesideTheWordLettersAndReadBack() throws Exception {
		List<Letter> letters = HostileInvitees.letters(13);
		InvitationSummary summary = GENERATOR.generate(SampleLetters.event(), letters, options().withPdf(true));
		assertThat(summary.pdfs()).isEqualTo(13);
		for (int i = 0; i < letters.size(); i++) {
			Path pdf = summary.files().get(i).resolveSibling(summary.files().get(i).getFileName().toString()
				.replaceAll("\\.docx$", ".pdf"));
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				assertThat(document.getNumberOfPages()).isEqualTo(1);
				String text = new PDFTextStripper().getText(document);
				boolean french = letters.get(i).language().equals("fr");
				assertThat(text).contains(french ? "mardi 3 octobre 2023" : "Tuesday, 3 October 2023");
				String salutation = java.text.Normalizer.normalize(lineOf(letters.get(i).invitee().get("salutation")),
						java.text.Normalizer.Form.NFC); // the PDF sets text in NFC
				// PDFBox reads a line mixing Latin with Arabic or Chinese (set in a fallback font, in an
				// element of its own) in drawing order: look for the Latin part before it
				// (and a bidirectional override, kept as given, reorders what follows it)
				assertThat(text.replaceAll("\\p{Cf}", ""))
					.contains(salutation.split("[\\p{IsArabic}\\p{IsHan}\\p{Cf}]")[0].strip());
				// letters are laid out several at a time: each file holds its own letter and no word of another
				assertOnlyItsOwnOrganisation(text, letters.get(i));
				assertThat(org.briefdesk.render.pdf.PdfFontsForTests.fonts(Files.readAllBytes(pdf)))
					.isNotEmpty()
					.allMatch(font -> font.embedded() && font.subset(), "embedded as a subset");
			}
		}
		try (PDDocument document = Loader.loadPDF(summary.files().get(2).resolveSibling(
				summary.files().get(2).getFileName().toString().replace(".docx", ".pdf")).toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Лукьянцев");
		}
	}

	@Test
	void pdfLettersAreSharedOutInEvenTasksSoThatEveryCoreWorksToTheEnd() {
		InvitationOptions pdf = InvitationOptions.into(Path.of("out")).withPdf(true);
		for (int threads = 1; threads <= 4; threads++) {
			for (int letters = 0; letters <= 1000; letters++) {
				int[] starts = InvitationGenerator.taskStarts(letters, threads, pdf);
				int tasks = starts.length - 1;
				String run = letters + " letters, " + threads + " threads";
				assertThat(starts[0]).as(run).isZero();
				assertThat(starts[tasks]).as(run).isEqualTo(letters);
				int smallest = Integer.MAX_VALUE;
				int largest = 0;
				for (int task = 0; task < tasks; task++) {
					smallest = Math.min(smallest, starts[task + 1] - starts[task]);
					largest = Math.max(largest, starts[task + 1] - starts[task]);
				}
				if (letters > 0) {
					assertThat(smallest).as(run).isPositive();
					assertThat(largest).as(run).isLessThanOrEqualTo(InvitationGenerator.PDF_LETTERS_PER_LAYOUT)
						.isLessThanOrEqualTo(smallest + 1);
				}
				if (letters >= threads * 2) {
					assertThat(tasks % threads).as(run).isZero();
				}
			}
		}
		assertThat(InvitationGenerator.taskStarts(100, 2, pdf)).hasSize(7);
		assertThat(InvitationGenerator.taskStarts(3, 2, InvitationOptions.into(Path.of("out")))).containsExactly(0, 1, 2, 3);
	}

	@Test
	void theCombinedFilesHoldEveryLetterEachOnANewPageNumberedFromOne() throws Exception {
		List<Letter> letters = HostileInvitees.letters(40);
		InvitationSummary summary = GENERATOR.generate(SampleLetters.event(), letters, options().withCombined(true));
		byte[] combined = Files.readAllBytes(summary.combinedDocx());
		String document = WordParts.utf8(WordParts.entries(combined).get("word/document.xml"));
		assertThat(count(document, "<w:sectPr")).isEqualTo(40);
		assertThat(count(document, "<w:pgNumType w:start=\"1\"/>")).isEqualTo(40);
		assertThat(count(document, "<w:type w:val=\"nextPage\"/>")).isEqualTo(40);
		assertThat(document).doesNotContain("altChunk");
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(combined));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			String text = extractor.getText();
			for (Letter letter : letters) {
				assertThat(text).contains(lineOf(letter.invitee().get("full_name")));
			}
			assertThat(word.getHeaderList()).isNotEmpty();
		}
		try (PDDocument pdf = Loader.loadPDF(summary.combinedPdf().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(40);
			for (int page = 1; page <= 40; page++) {
				PDFTextStripper onePage = new PDFTextStripper();
				onePage.setStartPage(page);
				onePage.setEndPage(page);
				String text = onePage.getText(pdf);
				assertThat(text).contains("Page 1");
				assertOnlyItsOwnOrganisation(text, letters.get(page - 1));
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(40);
			stripper.setEndPage(40);
			assertThat(stripper.getText(pdf)).contains("Page 1");
		}
	}

	@Test
	void listsInTheCombinedDocxStartAgainInEveryLetter() throws Exception {
		Path template = this.out.resolveSibling(this.out.getFileName() + "-template.docx");
		Files.write(template, FastPathMatchesPoiTlTest.TestTemplates.splitRuns());
		List<Letter> letters = HostileInvitees.letters(3);
		InvitationSummary summary = GENERATOR.generate(SampleLetters.event(), letters,
				options().withTemplate(template).withCombined(true));
		Map<String, byte[]> entries = WordParts.entries(Files.readAllBytes(summary.combinedDocx()));
		String document = WordParts.utf8(entries.get("word/document.xml"));
		String numbering = WordParts.utf8(entries.get("word/numbering.xml"));
		Set<String> numIds = new java.util.TreeSet<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<w:numId w:val=\"(\\d+)\"/>").matcher(document);
		while (matcher.find()) {
			numIds.add(matcher.group(1));
		}
		assertThat(numIds).hasSize(3);
		for (String id : numIds) {
			assertThat(numbering).contains("<w:num w:numId=\"" + id + "\">");
		}
		assertThat(count(numbering, "<w:startOverride w:val=\"1\"/>")).isGreaterThanOrEqualTo(3);
		assertThat(count(entries.keySet().toString(), "header")).isEqualTo(3); // one header per letter: they name the invitee
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(summary.combinedDocx())))) {
			assertThat(word.getHeaderList()).hasSize(3);
		}
	}

	@Test
	void aTemplateFolderGivesEachLanguageItsOwnTemplateAndTheOthersTheDefault() throws Exception {
		Path templates = Files.createDirectories(this.out.resolveSibling(this.out.getFileName() + "-templates"));
		Files.write(templates.resolve("invitation.docx"), FastPathMatchesPoiTlTest.TestTemplates
			.withBody(InvitationTemplateGenerator.p("Normal", InvitationTemplateGenerator.run("DEFAULT {{invitee.salutation}}"))));
		Files.write(templates.resolve("invitation.es.docx"), FastPathMatchesPoiTlTest.TestTemplates
			.withBody(InvitationTemplateGenerator.p("Normal", InvitationTemplateGenerator.run("ESPAÑOL {{invitee.salutation}} {{event.date}}"))));
		List<Letter> letters = List.of(SampleLetters.letter(1, "a", "es", "Sr.", "Juan", "Pérez", "", "Misión"),
				SampleLetters.letter(2, "b", "de", "Herr", "Max", "Muster", "", "Mission"),
				SampleLetters.letter(3, "c", "", "Ms.", "Ann", "Lee", "", "Mission"));
		InvitationSummary summary = GENERATOR.generate(SampleLetters.event(), letters,
				options().withTemplate(templates));
		assertThat(text(Files.readAllBytes(summary.files().get(0)))).contains("ESPAÑOL Dear Sr. Pérez,", "3 de octubre de 2023");
		assertThat(text(Files.readAllBytes(summary.files().get(1)))).contains("DEFAULT Dear Herr Muster,");
		assertThat(text(Files.readAllBytes(summary.files().get(2)))).contains("DEFAULT Dear Ms. Lee,");
		assertThat(summary.templates()).containsEntry("es", "invitation.es.docx").containsEntry("de", "invitation.docx");
	}

	private InvitationOptions options() {
		return InvitationOptions.into(this.out).withLetterDate(SampleLetters.LETTER_DATE);
	}

	/** Organisations of {@link HostileInvitees} that name one invitee and are read back as written. */
	private static final List<String> MARKERS = List.of("Permanent Mission of Poland", "Mission permanente de la France",
			"Reserved", "Root", "Bidi", "Mission A", "Mission B", "=SUM(A1:A9)");

	private static void assertOnlyItsOwnOrganisation(String text, Letter letter) {
		String own = String.valueOf(letter.invitee().get("organisation"));
		for (String marker : MARKERS) {
			if (marker.equals(own)) {
				assertThat(text).contains(marker);
			}
			else {
				assertThat(text).doesNotContain(marker);
			}
		}
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	/** The first line of a value (a line break becomes a paragraph-internal break in Word). */
	static String lineOf(Object value) {
		return String.valueOf(value).split("\r?\n")[0].strip();
	}

	static String text(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	static Map<String, String> hashes(Path folder) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				hashes.put(file.getFileName().toString(), InvitationGenerator.sha256(Files.readAllBytes(file)));
			}
		}
		return hashes;
	}

}
