package org.briefdesk.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.briefdesk.facts.LibraryExporter;
import org.briefdesk.shell.CommandLineDispatcher;
import org.briefdesk.shell.Outcome;
import org.briefdesk.support.SmallDisk;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.Unchanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.InputReader;

/**
 * {@code export batch} into a folder that turned read-only or whose disk is full: the run
 * stops at once with one line naming the folder and what to do (not one line per item), the
 * files of the earlier run and the library stay byte-identical, and once there is room the
 * same command completes the folder. Read-only and full are a real small tmpfs where the test
 * runs as root (CI does); elsewhere the folder is made read-only by its permissions and the
 * full disk cannot be had, which fails the test when {@code CI=true}.
 */
@BriefdeskTest
class BatchFolderFaultsTest {

	private static final String JOB = """
			defaults:
			  formats: [docx]
			items:
			  - briefing: icat-briefing-2018
			  - briefing: osce-side-event-2019
			  - briefing: icat-principals-2020
			  - briefing: icat-briefing-2023
			  - briefing: oas-unodc-cochairpersonship-2025
			""";

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	LibraryExporter library;

	@TempDir
	Path folder;

	private SmallDisk disk;

	@AfterEach
	void unmount() throws Exception {
		if (this.disk != null) {
			this.disk.close();
		}
	}

	@Test
	void aReadOnlyOutputFolderStopsTheBatchInOneLineNamingTheFolder() throws Exception {
		Path out = smallDisk(16 * 1024 * 1024).resolve("packs");
		Path job = job();
		assertThat(run("export batch " + job + " --out " + out + " --date 2025-06-11").exitCode()).isZero();
		Map<String, String> outputsBefore = Unchanged.folder(out);
		Map<String, String> libraryBefore = Unchanged.library(this.library);
		if (this.disk.mounted()) {
			this.disk.makeReadOnly();
		}
		else {
			Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
		}
		try {
			Outcome outcome = run("export batch " + job + " --out " + out + " --date 2025-06-12");
			assertThat(outcome.exitCode()).isEqualTo(1);
			assertThat(outcome.message()).startsWith("cannot lock the output folder " + out + ": ")
				.containsPattern("the folder " + out + " is on a read-only disk|permission denied in the folder " + out)
				.endsWith("; write elsewhere with --out")
				.doesNotContain("\n");
		}
		finally {
			if (!this.disk.mounted()) {
				Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
		assertThat(Unchanged.folder(out)).isEqualTo(outputsBefore);
		assertThat(Unchanged.library(this.library)).isEqualTo(libraryBefore);
	}

	@Test
	void aFullDiskStopsTheBatchAtTheFirstFileInOneLineAndTheSameCommandCompletesItOnceThereIsRoom() throws Exception {
		Path disk = smallDisk(4 * 1024 * 1024);
		assertThat(this.disk.mounted()).as("a full disk needs a small tmpfs: run as root where mount works (CI does)").isTrue();
		Path out = disk.resolve("packs");
		Path job = job();
		assertThat(run("export batch " + job + " --out " + out + " --date 2025-06-11").exitCode()).isZero();
		// leave room for the journal's line, not for another pack
		long free = Files.getFileStore(disk).getUsableSpace();
		Path filler = disk.resolve("filler");
		Files.write(filler, new byte[(int) Math.max(0, free - 8 * 1024)]);
		Map<String, String> outputsBefore = Unchanged.folder(out);
		Map<String, String> libraryBefore = Unchanged.library(this.library);

		Outcome outcome = run("export batch " + job + " --out " + out + " --date 2025-06-12");
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.message()).startsWith("could not write " + out.resolve("icat-briefing-2018-2018-06-14.docx")
				+ ": the disk is full (")
			.contains(" in the folder " + out + "; free some space or write elsewhere with --out; ")
			.endsWith("the same command run again completes the folder")
			.doesNotContain("\n");
		Map<String, String> outputsAfter = Unchanged.folder(out);
		outputsAfter.remove(BatchJournal.FILE);
		assertThat(outputsAfter).as("the earlier files, byte for byte, and nothing else").isEqualTo(outputsBefore);
		assertThat(Unchanged.library(this.library)).isEqualTo(libraryBefore);

		Files.delete(filler);
		Outcome again = run("export batch " + job + " --out " + out + " --date 2025-06-12");
		assertThat(again.exitCode()).as(again.message()).isZero();
		assertThat(out.resolve(BatchJournal.FILE)).doesNotExist();
		assertThat(Files.readString(out.resolve(BatchManifest.FILE), StandardCharsets.UTF_8)).contains("\"2025-06-12\"");
	}

	private Path job() throws IOException {
		Path job = this.folder.resolve("job.yaml");
		Files.writeString(job, JOB, StandardCharsets.UTF_8);
		return job;
	}

	/**
	 * A folder of its own file system of {@code bytes} when the test may mount one (root and
	 * a working mount); a plain folder otherwise, which CI does not accept.
	 */
	private Path smallDisk(long bytes) throws Exception {
		this.disk = SmallDisk.in(this.folder, bytes);
		return this.disk.path();
	}

	private Outcome run(String line) {
		return this.dispatcher.execute(line, new PrintWriter(new StringWriter(), true), new InputReader() {
		});
	}

}
