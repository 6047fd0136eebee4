package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.facts.LibraryExporter;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.Unchanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.InputReader;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Hostile and unusual Word templates through {@code export docx}, over an earlier export of
 * the same pack (with {@code --overwrite}, the most a user can risk): each is refused in one
 * line that names no Java class, or exported with every tag filled; and the library and the
 * earlier output are byte-identical afterwards. (Empty files, plain text, .doc, .odt, a
 * DOCTYPE with an external entity, a zip bomb, {@code {{{x}}} and charts are in
 * render/docx/HostileTemplatesTest; split runs, headers and footers in DocxTemplateCheckTest.)
 */
@BriefdeskTest
class WordTemplateFaultsTest {

	private static final String BRIEFING = "vienna-2023-briefing";

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	LibraryExporter library;

	@MockitoBean
	PackModelSource packs;

	/** The sample pack is not a briefing of the library: its exports are recorded nowhere. */
	@MockitoBean
	org.briefdesk.briefing.history.BriefingSnapshots snapshots;

	@TempDir
	Path folder;

	private Path earlier;

	private Map<String, String> outputsBefore;

	private Map<String, String> libraryBefore;

	@BeforeEach
	void exportOnceWithTheDefaultTemplate() {
		given(this.packs.forBriefing(BRIEFING)).willReturn(SamplePacks.vienna2023());
		this.earlier = this.folder.resolve("out").resolve("pack.docx");
		try {
			Files.createDirectories(this.earlier.getParent());
		}
		catch (IOException failed) {
			throw new java.io.UncheckedIOException(failed);
		}
		Outcome first = run("export docx --briefing " + BRIEFING + " --out " + this.earlier);
		assertThat(first.exitCode()).as(first.message()).isZero();
		this.outputsBefore = Unchanged.folder(this.earlier.getParent());
		this.libraryBefore = Unchanged.library(this.library);
	}

	@Test
	void aTruncatedTemplateIsRefused() throws IOException {
		byte[] whole = template(document(paragraph("{{title}}")));
		refused(write("truncated.docx", java.util.Arrays.copyOf(whole, whole.length / 2)), "it is damaged or not a Word document");
	}

	@Test
	void aPdfRenamedDocxIsRefused() throws IOException {
		byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
		refused(write("renamed.docx", pdf), "not a Word .docx file");
	}

	@Test
	void aPackageWithTheSamePartTwiceIsRefused() throws IOException {
		byte[] docx = template(document(paragraph("{{title}}")));
		// a second word/document.xml: written under a name of the same length, then renamed in the bytes
		byte[] twice = rename(addPart(docx, "word/documenX.xml", document(paragraph("{{subtitle}}"))), "word/documenX.xml",
				"word/document.xml");
		Path template = write("twice.docx", twice);
		assertThat(refused(template, "it holds the part word/document.xml twice")).isEqualTo("cannot read template "
				+ template + ": it holds the part word/document.xml twice, so readers may differ on which one is the"
				+ " document (refused); open it in Word or LibreOffice and save it as a Word document (.docx)");
		Outcome check = run("template check " + template);
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.message()).contains("it holds the part word/document.xml twice").doesNotContain("\n");
	}

	@Test
	void aPackageWithAPartTwiceUnderNamesThatDifferInCaseIsRefusedNamingBoth() throws IOException {
		byte[] docx = template(document(paragraph("{{title}}")));
		// Open Packaging reads part names without regard to case: Word/Document.xml is word/document.xml
		byte[] twice = addPart(docx, "Word/Document.xml", document(paragraph("{{subtitle}}")));
		refused(write("case.docx", twice), "it holds the part Word/Document.xml twice (as word/document.xml)");
	}

	@Test
	void aHundredMegabyteTemplateWithImagesIsRefusedByItsSizeWithoutBeingRead() throws IOException {
		Path big = this.folder.resolve("big.docx");
		try (OutputStream out = Files.newOutputStream(big); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> part : parts(template(document(paragraph("{{title}}")))).entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
			}
			// photographs do not compress: 100 MB of them stay 100 MB
			byte[] image = new byte[1024 * 1024];
			Random random = new Random(21);
			for (int i = 0; i < 4; i++) {
				stored(zip, "word/media/photo" + i + ".jpeg", 25, image, random);
			}
		}
		assertThat(Files.size(big)).isGreaterThan(100L * 1000 * 1000);
		refused(big, "larger than 64 MB");
	}

	@Test
	void tagsInATableATextBoxAndAContentControlAreFilled() throws IOException {
		String table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{{title}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
		String textBox = "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:200pt;height:40pt\">"
				+ "<v:textbox><w:txbxContent><w:p><w:r><w:t>{{event.venue}}</w:t></w:r></w:p></w:txbxContent></v:textbox>"
				+ "</v:shape></w:pict></w:r></w:p>";
		String contentControl = "<w:sdt><w:sdtPr><w:alias w:val=\"City\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>{{event.city}}</w:t>"
				+ "</w:r></w:p></w:sdtContent></w:sdt>";
		Path template = write("places.docx", template(document(table + textBox + contentControl + paragraph("{{subtitle}}"))));
		Path out = this.folder.resolve("places-out.docx");
		Outcome outcome = run("export docx --briefing " + BRIEFING + " --template " + template + " --out " + out);
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		String xml = new String(parts(Files.readAllBytes(out)).get("word/document.xml"), StandardCharsets.UTF_8);
		assertThat(xml).doesNotContain("{{").doesNotContain("}}")
			.contains(SamplePacks.vienna2023().title(), SamplePacks.vienna2023().event().venue(),
					SamplePacks.vienna2023().event().city());
		assertThat(Unchanged.folder(this.earlier.getParent())).isEqualTo(this.outputsBefore);
		assertThat(Unchanged.library(this.library)).isEqualTo(this.libraryBefore);
	}

	@Test
	void anExpressionLanguagePayloadIsRefusedAndNothingRuns() throws IOException {
		Path marker = this.folder.resolve("ran");
		String payload = "{{T(java.lang.Runtime).getRuntime().exec('touch " + marker + "')}}";
		String line = refused(write("el.docx", template(document(paragraph("{{title}}") + paragraph(payload)))),
				"T(java.lang.Runtime)");
		assertThat(line).contains("el.docx: body paragraph 2: ").contains("is not a placeholder");
		assertThat(marker).doesNotExist();
	}

	@Test
	void aPictureInTheTemplateIsKeptAsDrawn() throws IOException {
		XWPFDocument document = new XWPFDocument();
		document.createParagraph().createRun().setText("{{title}}");
		byte[] png = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
		try {
			document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "logo.png",
					100_000, 100_000);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException impossible) {
			throw new IllegalStateException(impossible);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		document.write(bytes);
		document.close();
		Path template = write("logo.docx", bytes.toByteArray());
		Path out = this.folder.resolve("logo-out.docx");
		Outcome outcome = run("export docx --briefing " + BRIEFING + " --template " + template + " --out " + out);
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		try (InputStream in = Files.newInputStream(out); XWPFDocument written = new XWPFDocument(in);
				XWPFWordExtractor text = new XWPFWordExtractor(written)) {
			assertThat(written.getAllPictures()).singleElement().satisfies(picture -> assertThat(picture.getData()).isEqualTo(png));
			assertThat(text.getText()).contains(SamplePacks.vienna2023().title());
		}
		assertThat(Unchanged.folder(this.earlier.getParent())).isEqualTo(this.outputsBefore);
	}

	/** Exports over the earlier output and expects one line naming {@code reason}; returns the line. */
	private String refused(Path template, String reason) {
		Outcome outcome = run("export docx --briefing " + BRIEFING + " --template " + template + " --out " + this.earlier
				+ " --overwrite");
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.message()).contains(reason)
			.doesNotContain("\n")
			.doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b");
		if (!reason.contains("java.")) {
			assertThat(outcome.message()).doesNotContain("java.");
		}
		assertThat(Unchanged.folder(this.earlier.getParent())).isEqualTo(this.outputsBefore);
		assertThat(Unchanged.library(this.library)).isEqualTo(this.libraryBefore);
		return outcome.message();
	}

	private Outcome run(String line) {
		return this.dispatcher.execute(line, new PrintWriter(new StringWriter(), true), new InputReader() {
		});
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.folder.resolve(name), bytes);
	}

	private static String paragraph(String text) {
		return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
	}

	private static String document(String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
				+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
				+ "</w:body></w:document>";
	}

	/** A sound template whose document.xml is {@code documentXml}. */
	private static byte[] template(String documentXml) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph();
			document.write(bytes);
		}
		return replace(bytes.toByteArray(), "word/document.xml", xml -> documentXml);
	}

	private static Map<String, byte[]> parts(byte[] docx) throws IOException {
		Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				parts.put(entry.getName(), in.readAllBytes());
			}
		}
		return parts;
	}

	private static byte[] replace(byte[] docx, String name, UnaryOperator<String> change) throws IOException {
		Map<String, byte[]> parts = parts(docx);
		parts.put(name, change.apply(new String(parts.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
		return zip(parts);
	}

	private static byte[] addPart(byte[] docx, String name, String content) throws IOException {
		Map<String, byte[]> parts = parts(docx);
		parts.put(name, content.getBytes(StandardCharsets.UTF_8));
		return zip(parts);
	}

	private static byte[] zip(Map<String, byte[]> parts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
			}
		}
		return bytes.toByteArray();
	}

	/** Every occurrence of a name (local headers and the central directory) renamed, bytes of the same length. */
	private static byte[] rename(byte[] zip, String from, String to) {
		byte[] find = from.getBytes(StandardCharsets.US_ASCII);
		byte[] with = to.getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i + find.length <= zip.length; i++) {
			if (java.util.Arrays.equals(zip, i, i + find.length, find, 0, find.length)) {
				System.arraycopy(with, 0, zip, i, with.length);
			}
		}
		return zip;
	}

	/** A stored (uncompressed) entry of {@code megabytes} MB of random bytes. */
	private static void stored(ZipOutputStream zip, String name, int megabytes, byte[] buffer, Random random)
			throws IOException {
		CRC32 crc = new CRC32();
		Random copy = new Random();
		long seed = random.nextLong();
		copy.setSeed(seed);
		for (int i = 0; i < megabytes; i++) {
			copy.nextBytes(buffer);
			crc.update(buffer);
		}
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize((long) megabytes * buffer.length);
		entry.setCompressedSize((long) megabytes * buffer.length);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		copy.setSeed(seed);
		for (int i = 0; i < megabytes; i++) {
			copy.nextBytes(buffer);
			zip.write(buffer);
		}
		zip.closeEntry();
	}

}
