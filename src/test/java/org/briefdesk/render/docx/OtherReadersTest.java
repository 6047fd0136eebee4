package org.briefdesk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.SamplePacks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export opens in programs other than POI: LibreOffice converts it to PDF (and the PDF
 * holds every name), python-docx, a strict reader, reads it. Tagged {@code readers}: runs with
 * {@code ./mvnw verify -Preaders}, as .ci/run does after installing libreoffice-writer-nogui,
 * poppler-utils and python3-docx; a missing one fails the test, never skips it.
 */
@Tag("readers")
class OtherReadersTest {

	@TempDir
	Path folder;

	@Test
	void libreOfficeConvertsTheExportAndThePdfHoldsEveryPanelistsName() throws Exception {
		PackModel pack = SamplePacks.manyScripts();
		Path docx = export(pack, "many-scripts.docx");
		Path profile = Files.createDirectories(this.folder.resolve("lo-profile"));
		// A profile of its own: another LibreOffice running on the machine would swallow the conversion.
		Result convert = run(120, "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
				"--convert-to", "pdf", "--outdir", this.folder.toString(), docx.toString());
		Path pdf = this.folder.resolve("many-scripts.pdf");
		assertThat(pdf).as("soffice output: %s", convert.output()).exists();
		Result text = run(60, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
		assertThat(text.exitCode()).isZero();
		String pdfText = text.output().replaceAll("\\s+", " ");
		for (PanelistView panelist : pack.panelists()) {
			if (panelist.name().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)) {
				// pdftotext gives right-to-left words in visual order; the letters must be there.
				for (String word : panelist.name().split(" ")) {
					assertThat(pdfText).contains(word);
				}
			}
			else {
				assertThat(pdfText).contains(panelist.name());
			}
		}
		assertThat(pdfText).contains("One in three detected victims of trafficking is a child.");
	}

	@Test
	void pythonDocxReadsTheExportAndFindsTheNames() throws Exception {
		PackModel pack = SamplePacks.manyScripts();
		Path docx = export(pack, "strict.docx");
		Path script = Files.writeString(this.folder.resolve("read.py"), """
				import sys, docx
				document = docx.Document(sys.argv[1])
				texts = [p.text for p in document.paragraphs]
				for table in document.tables:
				    for row in table.rows:
				        for cell in row.cells:
				            texts.extend(p.text for p in cell.paragraphs)
				for section in document.sections:
				    texts.extend(p.text for p in section.header.paragraphs)
				    texts.extend(p.text for p in section.footer.paragraphs)
				sys.stdout.buffer.write("\\n".join(texts).encode("utf-8"))
				""", StandardCharsets.UTF_8);
		Result read = run(60, python(), script.toString(), docx.toString());
		// exit 1 with "No module named 'docx'" when python3-docx is missing: the test fails
		assertThat(read.exitCode()).as("python-docx: %s", read.output()).isZero();
		for (PanelistView panelist : pack.panelists()) {
			assertThat(read.output()).contains(panelist.fullName());
		}
		assertThat(read.output()).contains(pack.event().title());
	}

	private Path export(PackModel pack, String name) {
		return new DocxExporter(new CheckedTemplates()).render(pack, null, this.folder.resolve(name), false);
	}

	/** Debian's python3 has python3-docx; a python3 earlier on the PATH may not. */
	private static String python() {
		return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
	}

	private record Result(int exitCode, String output) {
	}

	private Result run(int seconds, String... command) throws IOException, InterruptedException {
		List<String> words = new ArrayList<>(List.of(command));
		Path output = Files.createTempFile(this.folder, "out", ".txt");
		Process process = new ProcessBuilder(words).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", words) + " did not finish in " + seconds + " s");
		}
		return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}

}
