package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.RefusalContract;
import org.briefdesk.support.TestFonts;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A PDF template folder whose {@code briefing.xhtml} and {@code briefing.css} are any bytes
 * (the input up to its first NUL byte is the XHTML, the rest the CSS), rendered with the
 * sample pack: the export either writes a PDF, whose warnings are one line each, or refuses
 * the template in one plain line; never another exception, never a hang. The folder keeps the
 * default template's fonts. Seeds and findings:
 * {@code src/test/resources/org/briefdesk/render/pdf/PdfTemplateFuzzTestInputs/}.
 */
class PdfTemplateFuzzTest {

	private static final Path FOLDER = templateFolder();

	@FuzzTest(maxDuration = "30s")
	void aPdfTemplateRendersOrIsRefusedInOneLine(byte[] input) throws Exception {
		int nul = indexOf(input, (byte) 0);
		byte[] xhtml = nul < 0 ? input : Arrays.copyOfRange(input, 0, nul);
		byte[] css = nul < 0 ? new byte[0] : Arrays.copyOfRange(input, nul + 1, input.length);
		Files.write(FOLDER.resolve("briefing.xhtml"), xhtml);
		Files.write(FOLDER.resolve("briefing.css"), css);
		// a new set of caches each time: a rewrite within the same millisecond must not find the last template
		PdfExporter exporter = new PdfExporter(new PdfTemplates(TestFonts.withCjkSubset()));
		RefusalContract.refusedPlainlyOrSucceeded(new String(input, StandardCharsets.ISO_8859_1), () -> {
			RenderedPdf pdf = exporter.renderToBytes(SamplePacks.vienna2023(), FOLDER);
			assertThat(pdf.bytes()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
			assertThat(pdf.warnings()).allSatisfy(warning -> assertThat(warning).isNotBlank().doesNotContain("\n"));
		});
	}

	private static int indexOf(byte[] bytes, byte wanted) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	private static Path templateFolder() {
		try {
			Path folder = Files.createTempDirectory("briefdesk-pdf-fuzz");
			Path template = PdfFiles.copyDefaultTemplate(folder);
			template.toFile().deleteOnExit();
			return template.toRealPath();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
