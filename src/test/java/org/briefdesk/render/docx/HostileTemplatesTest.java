package org.briefdesk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken or hostile .docx is refused in one plain line, by the check and by the export, and nothing is written. */
class HostileTemplatesTest {

	@TempDir
	Path folder;

	private final DocxExporter exporter = new DocxExporter(new CheckedTemplates());

	@Test
	void anEmptyFileIsRefused() throws IOException {
		assertRefused(Files.write(this.folder.resolve("empty.docx"), new byte[0]), "the file is empty");
	}

	@Test
	void plainTextIsRefused() throws IOException {
		assertRefused(Files.writeString(this.folder.resolve("text.docx"), "{{title}}"), "it is not a Word .docx file");
	}

	@Test
	void anOldWordDocIsRefusedByName() throws IOException {
		byte[] ole2 = new byte[1024];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole2, 0, magic.length);
		assertRefused(Files.write(this.folder.resolve("old.docx"), ole2), "old Word 97-2003 file (.doc)");
	}

	@Test
	void anOpenDocumentFileIsRefusedByName() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			// As LibreOffice writes it: the media type first, uncompressed.
			byte[] mediaType = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry mimetype = new ZipEntry("mimetype");
			mimetype.setMethod(ZipEntry.STORED);
			mimetype.setSize(mediaType.length);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(mediaType);
			mimetype.setCrc(crc.getValue());
			zip.putNextEntry(mimetype);
			zip.write(mediaType);
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
		}
		assertRefused(Files.write(this.folder.resolve("pack.docx"), bytes.toByteArray()), "OpenDocument file (.odt)");
	}

	@Test
	void aDoctypeWithAnExternalEntityIsRefused() throws IOException {
		byte[] docx = replaceDocumentXml(valid(), xml -> xml.replaceFirst("\\?>",
				"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"));
		assertRefused(Files.write(this.folder.resolve("doctype.docx"), docx), "DOCTYPE");
	}

	@Test
	void aZipBombIsRefused() throws IOException {
		String padding = " ".repeat(40 * 1024 * 1024);
		byte[] docx = replaceDocumentXml(valid(), xml -> xml.replace("</w:body>", "</w:body>" + padding));
		assertRefused(Files.write(this.folder.resolve("bomb.docx"), docx), "zip bomb");
	}

	/** poi-tl's own test file issue/636.docx: "编号：{{{applyNo}}", split across runs. */
	@Test
	void aStrayBraceBeforeATagIsNamedNotAJavaException() throws IOException {
		Path template = copyOfResource("issue-636-stray-brace.docx");
		TemplateCheck check = new CheckedTemplates().check(template);
		assertThat(check.ok()).isFalse();
		assertThat(check.problems()).extracting(TemplateCheck.Placeholder::problem)
			.anyMatch(problem -> problem.startsWith("a stray \"{\" before {{applyNo}}"))
			.allMatch(problem -> !problem.contains("Exception"));
		assertThatThrownBy(() -> this.exporter.render(SamplePacks.vienna2023(), template, this.folder.resolve("out.docx"), false))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("a stray \"{\" before {{applyNo}}")
			.satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
		assertThat(this.folder.resolve("out.docx")).doesNotExist();
	}

	/** poi-tl's own test file issue/716.docx: a bar-of-pie chart whose alt text is {{cccc}}. */
	@Test
	void aChartWhoseAltTextIsATagIsRefusedInOneLine() throws IOException {
		Path template = copyOfResource("issue-716-bar-of-pie-chart.docx");
		String expected = "template " + template + ": a chart has the tag cccc as its title or alt text;";
		assertThatThrownBy(() -> new CheckedTemplates().check(template)).isInstanceOf(BriefdeskException.class)
			.hasMessageStartingWith(expected)
			.satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("Exception")
				.doesNotContain("XDDF"));
		assertThatThrownBy(() -> this.exporter.render(SamplePacks.vienna2023(), template, this.folder.resolve("out.docx"), false))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageStartingWith(expected);
		assertThat(this.folder.resolve("out.docx")).doesNotExist();
	}

	@Test
	void aChartWithoutATagIsKeptAsDrawn() throws IOException {
		byte[] original = Files.readAllBytes(copyOfResource("issue-716-bar-of-pie-chart.docx"));
		Path template = this.folder.resolve("chart.docx");
		Files.write(template, replaceDocumentXml(original,
				xml -> xml.replace("descr=\"{{cccc}}\"", "descr=\"Figures by region\"")
					.replace("<w:body>", "<w:body><w:p><w:r><w:t>{{title}}</w:t></w:r></w:p>")));
		assertThat(new CheckedTemplates().check(template).ok()).isTrue();
		Path out = this.folder.resolve("out.docx");
		this.exporter.render(SamplePacks.vienna2023(), template, out, false);
		try (XWPFDocument written = new XWPFDocument(Files.newInputStream(out))) {
			assertThat(written.getCharts()).hasSize(1);
			assertThat(written.getParagraphs()).extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
				.contains(SamplePacks.vienna2023().title());
		}
	}

	private Path copyOfResource(String name) throws IOException {
		Path copy = this.folder.resolve(name);
		try (var in = getClass().getClassLoader().getResourceAsStream("poi-tl/" + name)) {
			Files.write(copy, in.readAllBytes());
		}
		return copy;
	}

	private void assertRefused(Path template, String reason) throws IOException {
		assertThatThrownBy(() -> new CheckedTemplates().check(template)).isInstanceOf(BriefdeskException.class)
			.hasMessageStartingWith("cannot read template " + template + ": ")
			.hasMessageContaining(reason)
			.satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
		Path out = this.folder.resolve("out.docx");
		assertThatThrownBy(() -> this.exporter.render(SamplePacks.vienna2023(), template, out, false))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining(reason);
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files).containsExactly(template);
		}
	}

	private static byte[] valid() throws IOException {
		XWPFDocument document = BadTemplates.paragraphs("{{title}}");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		document.write(bytes);
		return bytes.toByteArray();
	}

	private static byte[] replaceDocumentXml(byte[] docx, java.util.function.UnaryOperator<String> change)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("word/document.xml")) {
					content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				write(out, content);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static void write(OutputStream out, byte[] content) throws IOException {
		out.write(content);
	}

}
