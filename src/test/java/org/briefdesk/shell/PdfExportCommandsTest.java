package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.briefdesk.render.PackModel;
import org.briefdesk.briefing.history.BriefingSnapshots;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.system.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@BriefdeskTest
class PdfExportCommandsTest {

	/** Stands in for the briefing feature: the sample packs by briefing id. */
	@TestConfiguration
	static class SamplePackSource {

		@Bean
		@Primary
		PackModelSource samplePacks() {
			Map<String, PackModel> packs = Map.of("vienna-2023-briefing", SamplePacks.vienna2023(), "many-scripts",
					SamplePacks.manyScripts());
			return id -> {
				PackModel pack = packs.get(id);
				if (pack == null) {
					throw new NotFoundException("no briefing '" + id + "'; `briefing list` shows the ids");
				}
				return pack;
			};
		}

	}

	/** The sample packs are not briefings of the library: their exports are recorded nowhere (BriefingExportsTest covers the records). */
	@MockitoBean
	BriefingSnapshots snapshots;

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	CommandParser parser;

	@Autowired
	ShellSession session;

	@TempDir
	Path folder;

	final StringWriter output = new StringWriter();

	@AfterEach
	void forgetTheBriefingInUse() {
		this.session.useBriefing(null);
	}

	Outcome run(String line) {
		return this.dispatcher.execute(line, new PrintWriter(this.output), new InputReader() {
		});
	}

	@Test
	void exportWritesThePdfAndSaysWhereAndHowLong() throws Exception {
		Path out = this.folder.resolve("vienna.pdf");
		Outcome outcome = run("export pdf --briefing vienna-2023-briefing --out " + out);
		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		assertThat(this.output.toString()).startsWith("wrote " + out + " (3 pages, ").endsWith(" KB)\n");
		assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes());
	}

	@Test
	void exportUsesTheBriefingInUse() throws Exception {
		this.session.useBriefing("vienna-2023-briefing");
		Path out = this.folder.resolve("in-use.pdf");
		assertThat(run("export pdf --out " + out).succeeded()).isTrue();
		assertThat(out).exists();
	}

	@Test
	void exportWithoutABriefingIsAUsageError() {
		Outcome outcome = run("export pdf --out " + this.folder.resolve("x.pdf"));
		assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(outcome.message()).contains("--briefing").contains("briefing use");
		assertThat(this.folder.resolve("x.pdf")).doesNotExist();
	}

	@Test
	void anUnknownBriefingFailsWithOneLine() {
		Outcome outcome = run("export pdf --briefing nosuch --out " + this.folder.resolve("x.pdf"));
		assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(outcome.message()).contains("nosuch").doesNotContain("\n");
	}

	@Test
	void exportRefusesToOverwriteWithoutTheFlagAndReplacesWithIt() throws Exception {
		Path out = this.folder.resolve("pack.pdf");
		Files.writeString(out, "keep me");
		Outcome refused = run("export pdf --briefing vienna-2023-briefing --out " + out);
		assertThat(refused.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(refused.message()).contains("already exists").contains("--overwrite");
		assertThat(Files.readString(out)).isEqualTo("keep me");
		Outcome replaced = run("export pdf --briefing vienna-2023-briefing --out " + out + " --overwrite");
		assertThat(replaced.succeeded()).as(replaced.message()).isTrue();
		assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes());
	}

	@Test
	void warningsArePrintedOneALine() throws Exception {
		Path template = this.folder.resolve("tpl");
		copy(Path.of("templates/briefing-pdf"), template);
		Path xhtml = template.resolve("briefing.xhtml");
		Files.writeString(xhtml, Files.readString(xhtml).replace("<div class=\"cover\" id=\"cover\">",
				"<div class=\"cover\" id=\"cover\"><img src=\"file:/etc/hosts\"/><img src=\"https://example.invalid/a.png\"/>"));
		Outcome outcome = run("export pdf --briefing vienna-2023-briefing --template " + template + " --out "
				+ this.folder.resolve("w.pdf"));
		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		assertThat(this.output.toString().lines().filter(line -> line.startsWith("warning: ")))
			.hasSize(2)
			.anyMatch(line -> line.contains("file:/etc/hosts"))
			.anyMatch(line -> line.contains("https://example.invalid/a.png"));
	}

	@Test
	void aBareFlagAfterATwoWordCommandIsTrue() {
		ParsedInput parsed = this.parser.parse("export pdf --overwrite --briefing x");
		assertThat(parsed.options()).extracting(CommandOption::longName, CommandOption::value)
			.contains(org.assertj.core.groups.Tuple.tuple("overwrite", "true"),
					org.assertj.core.groups.Tuple.tuple("briefing", "x"));
	}

	@Test
	void helpListsExportPdfUnderExport() {
		run("help");
		assertThat(this.output.toString()).contains("Export (export)").contains("  export pdf ");
	}

	private static void copy(Path source, Path target) throws Exception {
		org.apache.commons.io.FileUtils.copyDirectory(source.toFile(), target.toFile());
	}

}
