package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.briefing.history.BriefingSnapshots;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.render.docx.CheckedTemplates;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.system.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.InputReader;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@BriefdeskTest
class DocxExportCommandsTest {

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	ShellSession session;

	@MockitoBean
	PackModelSource packs;

	/** The sample packs are not briefings of the library: their exports are recorded nowhere (BriefingExportsTest covers the records). */
	@MockitoBean
	BriefingSnapshots snapshots;

	@TempDir
	Path folder;

	private final StringWriter output = new StringWriter();

	@BeforeEach
	void samplePacks() {
		given(this.packs.forBriefing("vienna-2023-briefing")).willReturn(SamplePacks.vienna2023());
		given(this.packs.forBriefing("many-scripts")).willReturn(SamplePacks.manyScripts());
		given(this.packs.forBriefing("nosuch"))
			.willThrow(new NotFoundException("no briefing 'nosuch'; `briefing list` shows the ids"));
	}

	@AfterEach
	void noBriefingInUse() {
		this.session.useBriefing(null);
	}

	@Test
	void exportDocxWritesThePackWhereAsked() throws IOException {
		Path out = this.folder.resolve("vienna.docx");
		Outcome outcome = run("export docx --briefing vienna-2023-briefing --out " + out);
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		assertThat(this.output.toString()).startsWith("wrote " + out + " (").contains(" KB)");
		assertThat(text(out)).contains("Ms. Hanna Antonova", "Representative", "International Organization for Migration");
	}

	@Test
	void outNamingAFolderWritesTheDefaultFileNameInsideItAsExportPdfDoes() throws IOException {
		Path packs = Files.createDirectory(this.folder.resolve("packs"));
		Outcome outcome = run("export docx --briefing vienna-2023-briefing --out " + packs);
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		Path expected = packs.resolve("vienna-2023-briefing-2023-10-03.docx");
		assertThat(this.output.toString()).startsWith("wrote " + expected + " (");
		assertThat(text(expected)).contains("Ms. Hanna Antonova");
		try (Stream<Path> files = Files.list(packs)) {
			assertThat(files).containsExactly(expected);
		}
	}

	@Test
	void aSecondExportIntoTheSameFolderIsRefusedWithoutOverwriteAndLeavesTheFile() throws IOException {
		Path packs = Files.createDirectory(this.folder.resolve("packs"));
		run("export docx --briefing vienna-2023-briefing --out " + packs);
		Path written = packs.resolve("vienna-2023-briefing-2023-10-03.docx");
		byte[] first = Files.readAllBytes(written);
		Outcome second = run("export docx --briefing vienna-2023-briefing --out " + packs);
		assertThat(second.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(second.message()).contains("already exists").contains("--overwrite");
		assertThat(Files.readAllBytes(written)).isEqualTo(first);
		assertThat(run("export docx --briefing vienna-2023-briefing --out " + packs + " --overwrite").exitCode())
			.isZero();
	}

	@Test
	void theBriefingInUseIsExportedWhenNoneIsNamed() throws IOException {
		this.session.useBriefing("many-scripts");
		Path out = this.folder.resolve("pack.docx");
		assertThat(run("export docx --out " + out).exitCode()).isZero();
		assertThat(text(out)).contains("Григорий Лукьянцев", "王芳");
	}

	@Test
	void withoutABriefingTheExportIsAUsageError() {
		Outcome outcome = run("export docx --out " + this.folder.resolve("pack.docx"));
		assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(outcome.message()).contains("--briefing").contains("briefing use");
	}

	@Test
	void anUnknownBriefingFailsWithTheSourcesLine() {
		Outcome outcome = run("export docx --briefing nosuch --out " + this.folder.resolve("pack.docx"));
		assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(outcome.message()).isEqualTo("no briefing 'nosuch'; `briefing list` shows the ids");
	}

	@Test
	void aSecondExportToTheSamePathIsRefusedWithoutOverwriteAndLeavesTheFile() throws IOException {
		Path out = this.folder.resolve("vienna.docx");
		run("export docx --briefing vienna-2023-briefing --out " + out);
		byte[] first = Files.readAllBytes(out);
		Outcome second = run("export docx --briefing many-scripts --out " + out);
		assertThat(second.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(second.message()).contains("already exists").contains("--overwrite");
		assertThat(Files.readAllBytes(out)).isEqualTo(first);
	}

	@Test
	void overwriteReplacesTheFile() throws IOException {
		Path out = this.folder.resolve("vienna.docx");
		run("export docx --briefing vienna-2023-briefing --out " + out);
		Outcome again = run("export docx --briefing many-scripts --out " + out + " --overwrite");
		assertThat(again.exitCode()).as(again.message()).isZero();
		assertThat(text(out)).contains("Åsa Regner");
	}

	@Test
	void aTemplateWithAMistakeIsRefusedWithTheCheckLineAndNothingIsWritten() throws IOException {
		Path template = this.folder.resolve("bad.docx");
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("{{?panelists}}{{fullName}}");
			try (var out = Files.newOutputStream(template)) {
				document.write(out);
			}
		}
		Path out = this.folder.resolve("pack.docx");
		Outcome outcome = run("export docx --briefing vienna-2023-briefing --template " + template + " --out " + out);
		assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(outcome.message()).isEqualTo(new CheckedTemplates().check(template).firstProblem())
			.contains("body paragraph 1")
			.contains("never closed");
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files).containsExactly(template);
		}
	}

	private Outcome run(String line) {
		return this.dispatcher.execute(line, new PrintWriter(this.output, true), new InputReader() {
		});
	}

	private static String text(Path docx) throws IOException {
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

}
