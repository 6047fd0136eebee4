package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.CommandRun;
import org.briefdesk.support.TemplateCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@BriefdeskTest
class BatchCommandsTest {

	@Autowired
	CommandLineDispatcher dispatcher;

	@TempDir
	Path folder;

	private CommandRun.Result run(String line) {
		return CommandRun.run(this.dispatcher, line);
	}

	private Path job(String yaml) throws IOException {
		return Files.writeString(this.folder.resolve("job.yaml"), yaml);
	}

	@Test
	void aBatchWithABrokenItemExitsOneAndItsSummaryNamesEachFailure() throws IOException {
		TemplateCopies.withText(Path.of("templates/briefing.docx"), this.folder.resolve("broken.docx"),
				"word/document.xml", "{{title}}", "{{nosuchfield}}");
		Path job = job("""
				items:
				  - briefing: icat-briefing-2018
				    formats: [docx]
				  - briefing: icat-briefing-2023
				    templates: {docx: broken.docx}
				  - briefing: nosuch
				""");
		Path out = this.folder.resolve("out");
		CommandRun.Result result = run("export batch " + job + " --out " + out + " --date 2025-06-11");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).isEqualTo("2 of 3 items failed: item 2 (icat-briefing-2023), item 3 (nosuch)");
		assertThat(result.output().lines().toList()).satisfiesExactly(
				first -> assertThat(first).isEqualTo("item 1 (icat-briefing-2018): 1 file, 1 warning"),
				second -> assertThat(second).startsWith("item 2 (icat-briefing-2023): failed: ").contains("nosuchfield"),
				third -> assertThat(third).startsWith("item 3 (nosuch): failed: no briefing 'nosuch'"),
				total -> assertThat(total).isEqualTo("3 items, 1 done, 2 failed; 1 file in " + out
						+ " (dated 2025-06-11), listed in " + out.resolve("manifest.json")));
		assertThat(out.resolve("icat-briefing-2018-2018-06-14.docx")).isRegularFile();
	}

	@Test
	void inAPipeTheSummaryIsAllThatIsPrinted() throws IOException {
		Path job = job("items:\n  - briefing: icat-briefing-2023\n");
		CommandRun.Result result = run("export batch " + job + " --out " + this.folder.resolve("out"));
		assertThat(result.exitCode()).as(result.error()).isZero();
		assertThat(result.output()).doesNotContain("\r", "\u001b", "█");
		assertThat(result.output().lines()).hasSize(2);
		assertThat(result.output()).startsWith("item 1 (icat-briefing-2023): 2 files, ");
	}

	@Test
	void aDryRunPrintsWhatWouldBeWrittenAndWritesNothing() throws IOException {
		Path job = job("items:\n  - briefing: icat-briefing-2023\n    name: \"{today}/{briefing}.{ext}\"\n");
		Path out = this.folder.resolve("out");
		CommandRun.Result result = run("export batch " + job + " --out " + out + " --date \"11 June 2025\" --dry-run");
		assertThat(result.exitCode()).as(result.error()).isZero();
		assertThat(result.output()).isEqualTo("""
				item 1 (icat-briefing-2023): would write 2025-06-11/icat-briefing-2023.docx, 2025-06-11/icat-briefing-2023.pdf
				dry run: 1 item, 2 files would be written into %s (dated 2025-06-11); nothing was written
				""".formatted(out));
		assertThat(out).doesNotExist();
	}

	@Test
	void withoutOutTheFolderIsNamedAfterTheJob() throws IOException {
		Path job = job("items:\n  - briefing: icat-briefing-2023\n");
		CommandRun.Result result = run("export batch " + job + " --dry-run");
		assertThat(result.output()).contains("would be written into job (dated ");
	}

	@Test
	void exportVerifySaysAllFilesMatchOrNamesEachThatDoesNot() throws IOException {
		Path job = job("items:\n  - briefing: icat-briefing-2023\n");
		Path out = this.folder.resolve("out");
		assertThat(run("export batch " + job + " --out " + out).exitCode()).isZero();
		CommandRun.Result matching = run("export verify " + out);
		assertThat(matching.exitCode()).isZero();
		assertThat(matching.output()).isEqualTo("all 2 files of " + out + " match its manifest\n");
		Files.writeString(out.resolve("icat-briefing-2023-2023-10-03.docx"), "changed");
		Files.delete(out.resolve("icat-briefing-2023-2023-10-03.pdf"));
		CommandRun.Result changed = run("export verify " + out);
		assertThat(changed.exitCode()).isEqualTo(1);
		assertThat(changed.output()).startsWith("changed: icat-briefing-2023-2023-10-03.docx (")
			.contains("\nmissing: icat-briefing-2023-2023-10-03.pdf\n");
		assertThat(changed.error()).isEqualTo("2 of 2 files in " + out + " do not match its manifest (1 changed, 1 missing)");
	}

	@Test
	void exportVerifyOfAFolderWithoutManifestIsOneLine() throws IOException {
		CommandRun.Result result = run("export verify " + this.folder);
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).isEqualTo("no manifest.json in " + this.folder + "; give a folder that `export batch` wrote");
	}

	@Test
	void usageMistakesExitTwoAndWriteNothing() throws IOException {
		Path job = job("items:\n  - briefing: icat-briefing-2023\n");
		CommandRun.Result badDate = run("export batch " + job + " --out " + this.folder.resolve("out") + " --date 2025-06");
		assertThat(badDate.exitCode()).isEqualTo(2);
		assertThat(badDate.error()).startsWith("--date '2025-06' is not a day");
		assertThat(run("export batch").exitCode()).isEqualTo(2);
		assertThat(this.folder.resolve("out")).doesNotExist();
	}

	@Test
	void aJobWithAProblemIsRefusedWithItsLineAndNothingIsWritten() throws IOException {
		Path job = job("items:\n  - briefing: icat-briefing-2023\n    colour: blue\n");
		CommandRun.Result result = run("export batch " + job + " --out " + this.folder.resolve("out"));
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).startsWith(job + ":3: unknown key 'colour' in item 1");
		assertThat(this.folder.resolve("out")).doesNotExist();
	}

}
