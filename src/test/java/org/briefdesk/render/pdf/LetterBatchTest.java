package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters laid out together as one document and cut into one PDF each read back as the same
 * letters laid out one by one: the same pages, text, fonts (embedded subsets) and metadata,
 * each file holding its own letter only, each letter numbered from page 1.
 */
class LetterBatchTest {

	static final PdfExporter exporter = new PdfExporter(new PdfTemplates(TestFonts.withCjkSubset()));

	static final String[] NAMES = { "Ms. Ana Poznańska-Müller", "H.E. Дмитрий Лукьянцев", "Dr. Jonas Øberg",
			"Ms. Zoë Ångström", "Mr. Wang 王芳", "Dr. Fatima الزهراء", "Mr. Karim Benali" };

	@TempDir
	Path folder;

	static LetterInput letter(String fullName, String organisation) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("event", Map.of("title", "Briefing to Member States on the work of ICAT", "place",
				"Vienna International Centre", "date", "Tuesday, 3 October 2023", "time", "10:00–11:30", "coChairs",
				"IOM and OSRSG-VAC"));
		data.put("letter", Map.of("date", "12 September 2023", "when", "Tuesday, 3 October 2023, 10:00–11:30"));
		data.put("invitee", Map.of("full_name", fullName, "addressee", fullName, "title", "Counsellor", "organisation", organisation,
				"salutation", "Dear " + fullName + ",", "closing", "Yours sincerely,"));
		data.put("signatory", Map.of("fullName", "Ms. Alena Kupchyna", "title", "Coordinator", "organisation", "OSCE"));
		data.put("issuedBy", "ICAT Secretariat");
		return new LetterInput(data, "Invitation", "ICAT Secretariat", "en");
	}

	static List<LetterInput> letters() {
		List<LetterInput> letters = new ArrayList<>();
		for (String name : NAMES) {
			letters.add(letter(name, "Permanent Mission"));
		}
		return letters;
	}

	@Test
	void theBuiltInLettersAreLaidOutTogether() {
		PdfTemplates templates = new PdfTemplates(TestFonts.withCjkSubset());
		assertThat(templates.template(TemplateFolder.BuiltIn.INVITATION, "invitation.xhtml").laysOutTogether()).isTrue();
		assertThat(templates.template(TemplateFolder.BuiltIn.INVITATION, "invitation.fr.xhtml").laysOutTogether())
			.isTrue();
	}

	@Test
	void lettersLaidOutTogetherReadBackAsTheSameLettersLaidOutOneByOne() throws Exception {
		List<LetterInput> letters = letters();
		List<RenderedPdf> together = exporter.renderLetters(null, "invitation.xhtml", letters);
		assertThat(together).hasSize(letters.size());
		for (int i = 0; i < letters.size(); i++) {
			LetterInput letter = letters.get(i);
			RenderedPdf alone = exporter.renderLetter(null, "invitation.xhtml", letter.data(), letter.title(),
					letter.author(), letter.language());
			byte[] cut = together.get(i).bytes();
			assertThat(together.get(i).pages()).isEqualTo(alone.pages()).isEqualTo(pages(cut)).isEqualTo(1);
			assertThat(PdfFiles.readingOrder(cut)).isEqualTo(PdfFiles.readingOrder(alone.bytes()));
			assertThat(PdfFiles.drawnCharacters(cut)).isEqualTo(PdfFiles.drawnCharacters(alone.bytes()));
			assertThat(glyphs(cut)).as("the same look: every glyph where the letter alone has it").isNotEmpty()
				.isEqualTo(glyphs(alone.bytes()));
			String text = PdfFiles.readingOrder(cut);
			assertThat(text).contains("Page 1", "Invitation: Briefing to Member States on the work of ICAT");
			for (int other = 0; other < NAMES.length; other++) {
				String latin = NAMES[other].replaceAll("[^\\p{IsLatin}\\p{IsCyrillic} .-]", "").strip();
				if (other == i) {
					assertThat(text).contains(latin);
				}
				else {
					assertThat(text).doesNotContain(latin);
				}
			}
			List<PdfFiles.Font> fonts = PdfFiles.fonts(cut);
			assertThat(fonts).isNotEmpty().allMatch(PdfFiles.Font::embedded, "embedded")
				.allMatch(PdfFiles.Font::subset, "a subset (six-letter tag)");
			assertThat(fonts.stream().map(font -> font.name().substring(7)).distinct().sorted().toList())
				.isEqualTo(PdfFiles.fonts(alone.bytes()).stream().map(font -> font.name().substring(7)).distinct().sorted().toList());
			assertThat(metadata(cut)).isEqualTo(metadata(alone.bytes()));
			assertThat(PdfFiles.checkStructure(cut)).isPositive();
		}
	}

	@Test
	void aLetterOverTwoPagesKeepsBothAndTheNextLetterStartsAgainAtPageOne() throws Exception {
		String longOrganisation = String.join("\n", java.util.Collections.nCopies(70, "Permanent Mission, floor"));
		List<LetterInput> letters = List.of(letter("Ms. Ana First", "Mission"), letter("Dr. Jonas Long", longOrganisation),
				letter("Mr. Karim Third", "Mission"));
		List<RenderedPdf> together = exporter.renderLetters(null, "invitation.xhtml", letters);
		RenderedPdf alone = exporter.renderLetter(null, "invitation.xhtml", letters.get(1).data(), "Invitation",
				"ICAT Secretariat", "en");
		assertThat(alone.pages()).isGreaterThan(1);
		assertThat(together.get(1).pages()).isEqualTo(alone.pages()).isEqualTo(pages(together.get(1).bytes()));
		assertThat(together.get(0).pages()).isEqualTo(1);
		assertThat(together.get(2).pages()).isEqualTo(1);
		for (int page = 1; page <= alone.pages(); page++) {
			assertThat(pageText(together.get(1).bytes(), page)).isEqualTo(pageText(alone.bytes(), page))
				.contains("Page " + page);
		}
		assertThat(glyphs(together.get(1).bytes())).isEqualTo(glyphs(alone.bytes()));
		assertThat(pageText(together.get(2).bytes(), 1)).contains("Mr. Karim Third", "Page 1").doesNotContain("Page 2");
	}

	@Test
	void aTemplateWhosePagesDependOnTheirPlaceInTheDocumentIsLaidOutLetterByLetter() throws Exception {
		Path copy = invitationCopy("first-page");
		PdfTemplates templates = new PdfTemplates(TestFonts.withCjkSubset());
		assertThat(templates.template(TemplateFolder.Directory.open(copy, "invitation.xhtml"), "invitation.xhtml")
			.laysOutTogether()).isTrue();
		Files.writeString(copy.resolve("invitation.css"), "\n@page :first { margin-top: 80mm; }\n",
				java.nio.file.StandardOpenOption.APPEND);
		assertThat(templates.template(TemplateFolder.Directory.open(copy, "invitation.xhtml"), "invitation.xhtml")
			.laysOutTogether()).isFalse();
		List<RenderedPdf> letters = exporter.renderLetters(copy, "invitation.xhtml", letters());
		for (int i = 0; i < NAMES.length; i++) {
			assertThat(letters.get(i).pages()).isEqualTo(pages(letters.get(i).bytes())).isEqualTo(1);
			assertThat(PdfFiles.readingOrder(letters.get(i).bytes())).contains("Page 1");
		}
		assertThat(PdfFiles.readingOrder(letters.get(2).bytes())).contains("Dr. Jonas Øberg").doesNotContain("Benali");

		Path headings = invitationCopy("headings");
		String xhtml = Files.readString(headings.resolve("invitation.xhtml"));
		Files.writeString(headings.resolve("invitation.xhtml"), xhtml.replace("<p class=\"subject\">", "<h1 class=\"subject\">")
			.replace("Invitation: {{event.title}}</p>", "Invitation: {{event.title}}</h1>"));
		assertThat(templates.template(TemplateFolder.Directory.open(headings, "invitation.xhtml"), "invitation.xhtml")
			.laysOutTogether()).isFalse();
	}

	private Path invitationCopy(String name) throws Exception {
		Path copy = this.folder.resolve(name);
		org.apache.commons.io.FileUtils.copyDirectory(Path.of("templates/invitation-pdf").toFile(), copy.toFile());
		org.apache.commons.io.FileUtils.copyDirectory(Path.of("templates/briefing-pdf/fonts").toFile(),
				copy.resolve("fonts").toFile());
		return copy;
	}

	/** Every glyph drawn: page, character, position, width, size and face (without the subset tag). */
	private static List<String> glyphs(byte[] pdf) throws Exception {
		List<String> glyphs = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
					for (org.apache.pdfbox.text.TextPosition glyph : positions) {
						glyphs.add(String.format(java.util.Locale.ROOT, "%d %s %.2f %.2f %.2f %.2f %s", getCurrentPageNo(),
								glyph.getUnicode(), glyph.getXDirAdj(), glyph.getYDirAdj(), glyph.getWidthDirAdj(),
								glyph.getFontSizeInPt(), glyph.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "")));
					}
				}
			};
			stripper.getText(document);
		}
		return glyphs;
	}

	private static int pages(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	private static String pageText(byte[] pdf, int page) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document);
		}
	}

	/** Title, author, subject, creator, language, viewer preferences, and whether there is XMP. */
	private static Map<String, String> metadata(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		try {
			Map<String, String> about = new LinkedHashMap<>();
			for (String key : new String[] { "Title", "Author", "Subject", "Keywords", "Creator" }) {
				about.put(key, reader.getInfo().get(key));
			}
			about.put("Lang", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
			about.put("XMP", String.valueOf(reader.getCatalog().get(PdfName.METADATA) != null));
			about.put("DisplayDocTitle", String.valueOf(reader.getCatalog().getAsDict(PdfName.VIEWERPREFERENCES)
				.get(PdfName.DISPLAYDOCTITLE)));
			about.put("PageMode", String.valueOf(reader.getCatalog().get(PdfName.PAGEMODE)));
			return about;
		}
		finally {
			reader.close();
		}
	}

}
