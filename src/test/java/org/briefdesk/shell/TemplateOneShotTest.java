package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.support.OneShot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `template check` and `export docx` as a user runs them from a terminal: exit codes, one line, nothing written. */
class TemplateOneShotTest {

	@TempDir
	Path workingDirectory;

	@TempDir
	Path home;

	@Test
	void templateCheckOfTheDefaultTemplateExitsZero() throws Exception {
		Path copy = Files.copy(Path.of("templates", "briefing.docx").toAbsolutePath(),
				this.workingDirectory.resolve("my-briefing.docx"));
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "template", "check", copy.getFileName().toString());
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(result.stdout()).contains("my-briefing.docx: ").contains("no problems");
		assertThat(result.stderr()).isEmpty();
	}

	@Test
	void aTemplateWithAnUnknownFieldAndAnUnclosedLoopIsRefusedByCheckAndByExportAlike() throws Exception {
		template("bad.docx", "{{title}}", "{{event.nope}}", "{{?panelists}}", "{{fullName}}");
		OneShot.Result check = OneShot.run(this.workingDirectory, this.home, "template", "check", "bad.docx");
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.stderrLines()).singleElement()
			.asString()
			.isEqualTo("error: bad.docx: body paragraph 2: unknown field {{event.nope}}; `template fields` lists the "
					+ "fields (and 1 more; `template check bad.docx` lists them)");
		assertThat(check.stdout()).contains("body paragraph 3", "{{?panelists}} is never closed");

		OneShot.Result export = OneShot.run(this.workingDirectory, this.home, "export", "docx", "--briefing",
				"vienna-2023-briefing", "--template", "bad.docx", "--out", "pack.docx");
		assertThat(export.exitCode()).isEqualTo(1);
		assertThat(export.stderrLines()).isEqualTo(check.stderrLines());
		try (Stream<Path> files = Files.list(this.workingDirectory)) {
			assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly("bad.docx");
		}
	}

	@Test
	void aFileThatIsNotADocxIsRefusedInOneLine() throws Exception {
		Files.writeString(this.workingDirectory.resolve("notes.docx"), "not a Word file");
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "template", "check", "notes.docx");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement()
			.asString()
			.startsWith("error: cannot read template notes.docx: it is not a Word .docx file");
	}

	private void template(String name, String... paragraphs) throws IOException {
		try (XWPFDocument document = new XWPFDocument();
				OutputStream out = Files.newOutputStream(this.workingDirectory.resolve(name))) {
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			document.write(out);
		}
	}

}
