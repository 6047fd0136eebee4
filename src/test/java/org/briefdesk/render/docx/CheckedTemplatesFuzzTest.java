package org.briefdesk.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.briefdesk.support.RefusalContract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code template check} on any bytes: the check of a pack template and of a letter
 * template either lists placeholders and problems or refuses the file in one plain line;
 * it never fails with another exception and never hangs. Three shapes of input, picked by
 * the input's last byte: the bytes as a whole .docx (seeds: the default templates and
 * poi-tl's test files), the bytes as {@code word/document.xml} of an otherwise sound
 * package (so the fuzzer reaches the tag grammar and the walk rather than the zip reader),
 * or as a header part. Seeds and findings:
 * {@code src/test/resources/org/briefdesk/render/docx/CheckedTemplatesFuzzTestInputs/}.
 */
class CheckedTemplatesFuzzTest {

	private static final CheckedTemplates TEMPLATES = new CheckedTemplates();

	/** The parts of a sound one-paragraph template, which the fuzzed part replaces. */
	private static final Map<String, byte[]> SOUND_PACKAGE = soundPackage();

	@FuzzTest(maxDuration = "30s")
	void templateCheckListsOrRefusesAnyWordFileInOneLine(FuzzedDataProvider data) throws Exception {
		int shape = data.consumeInt(0, 2);
		byte[] bytes = data.consumeRemainingAsBytes();
		byte[] docx = switch (shape) {
			case 0 -> bytes;
			case 1 -> withPart("word/document.xml", bytes);
			default -> withHeader(bytes);
		};
		String input = new String(bytes, StandardCharsets.ISO_8859_1);
		RefusalContract.refusedPlainlyOrSucceeded(input, () -> TEMPLATES.check("fuzzed.docx", docx,
				PoiTlConfiguration.create(CrossReferences.none())).check().problems());
		RefusalContract.refusedPlainlyOrSucceeded(input, () -> TEMPLATES.checkLetter("invitation.docx", docx).problems());
	}

	private static byte[] withPart(String name, byte[] content) {
		Map<String, byte[]> parts = new LinkedHashMap<>(SOUND_PACKAGE);
		parts.put(name, content);
		return zip(parts);
	}

	private static byte[] withHeader(byte[] header) {
		Map<String, byte[]> parts = new LinkedHashMap<>(SOUND_PACKAGE);
		String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
		parts.put("word/document.xml", document
			.replace("</w:body>", "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdFuzzHeader\"/></w:sectPr></w:body>")
			.getBytes(StandardCharsets.UTF_8));
		String rels = new String(parts.getOrDefault("word/_rels/document.xml.rels",
				"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"
					.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
		parts.put("word/_rels/document.xml.rels", rels.replace("</Relationships>",
				"<Relationship Id=\"rIdFuzzHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/></Relationships>")
			.getBytes(StandardCharsets.UTF_8));
		String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
		parts.put("[Content_Types].xml", types.replace("</Types>",
				"<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/></Types>")
			.getBytes(StandardCharsets.UTF_8));
		parts.put("word/header1.xml", header);
		return zip(parts);
	}

	private static Map<String, byte[]> soundPackage() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (var document = BadTemplates.paragraphs("{{title}}")) {
			document.write(bytes);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				parts.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return parts;
	}

	private static byte[] zip(Map<String, byte[]> parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(1);
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				out.putNextEntry(new ZipEntry(part.getKey()));
				out.write(part.getValue());
				out.closeEntry();
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return bytes.toByteArray();
	}

}
