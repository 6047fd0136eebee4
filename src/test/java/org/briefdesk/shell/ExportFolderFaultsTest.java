package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.briefdesk.facts.LibraryExporter;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.SmallDisk;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.Unchanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.InputReader;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Exports into a folder that is missing, read-only or on a full disk: one line that says so
 * in words, no file left behind, the earlier output and the library byte-identical. Read-only
 * and full are real file systems (a small tmpfs, mounted read-only for the one) where the test
 * runs as root, as CI does; elsewhere the folder is made read-only by its permissions and the
 * full disk cannot be had, which fails the test when {@code CI=true}.
 */
@BriefdeskTest
class ExportFolderFaultsTest {

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

	private SmallDisk disk;

	@BeforeEach
	void samplePack() {
		given(this.packs.forBriefing(BRIEFING)).willReturn(SamplePacks.vienna2023());
	}

	@AfterEach
	void unmount() throws Exception {
		if (this.disk != null) {
			this.disk.close();
		}
	}

	@Test
	void aMissingOutputFolderIsNamedAndNotCreated() {
		Map<String, String> libraryBefore = Unchanged.library(this.library);
		Path out = this.folder.resolve("no-such-folder").resolve("pack.docx");
		Outcome outcome = run("export docx --briefing " + BRIEFING + " --out " + out);
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.message()).isEqualTo("no folder " + out.getParent() + " for pack.docx; create it first");
		assertThat(out.getParent()).doesNotExist();
		assertThat(Unchanged.library(this.library)).isEqualTo(libraryBefore);
	}

	@Test
	void aReadOnlyOutputFolderIsRefusedInOneLineAndTheEarlierExportStays() throws Exception {
		Path out = smallDisk(16 * 1024 * 1024).resolve("pack.docx");
		exportSucceeds("export docx --briefing " + BRIEFING + " --out " + out);
		Map<String, String> outputsBefore = Unchanged.folder(out.getParent());
		Map<String, String> libraryBefore = Unchanged.library(this.library);
		if (this.disk.mounted()) {
			this.disk.makeReadOnly();
		}
		else {
			Files.setPosixFilePermissions(out.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
		}
		try {
			Outcome outcome = run("export docx --briefing " + BRIEFING + " --out " + out + " --overwrite");
			assertThat(outcome.exitCode()).isEqualTo(1);
			assertThat(outcome.message()).startsWith("could not write " + out + ": ")
				.containsPattern("read-only|permission denied")
				.contains("write elsewhere with --out")
				.doesNotContain("\n");
		}
		finally {
			if (!this.disk.mounted()) {
				Files.setPosixFilePermissions(out.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
		assertThat(Unchanged.folder(out.getParent())).isEqualTo(outputsBefore);
		assertThat(Unchanged.library(this.library)).isEqualTo(libraryBefore);
	}

	@Test
	void aFullDiskIsNamedAndLeavesNeitherAPartOfTheNewFileNorALossOfTheOld() throws Exception {
		Path disk = smallDisk(2 * 1024 * 1024);
		assertThat(this.disk.mounted()).as("a full disk needs a small tmpfs: run as root where mount works (CI does)").isTrue();
		Path earlier = disk.resolve("pack.pdf");
		exportSucceeds("export pdf --briefing " + BRIEFING + " --out " + earlier);
		// leave less room than one more PDF takes
		long free = Files.getFileStore(disk).getUsableSpace();
		Files.write(disk.resolve("filler"), new byte[(int) Math.max(0, free - Files.size(earlier) / 4)]);
		Map<String, String> outputsBefore = Unchanged.folder(disk);
		Map<String, String> libraryBefore = Unchanged.library(this.library);
		Outcome outcome = run("export pdf --briefing " + BRIEFING + " --out " + earlier + " --overwrite");
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.message()).startsWith("could not write " + earlier + ": the disk is full (")
			.doesNotContain("\n");
		assertThat(Unchanged.folder(disk)).isEqualTo(outputsBefore);
		assertThat(Unchanged.library(this.library)).isEqualTo(libraryBefore);
	}

	/**
	 * A folder of its own file system of {@code bytes} when the test may mount one (root and
	 * a working mount); a plain folder otherwise, which CI does not accept.
	 */
	private Path smallDisk(long bytes) throws Exception {
		this.disk = SmallDisk.in(this.folder, bytes);
		return this.disk.path();
	}

	private void exportSucceeds(String line) {
		Outcome outcome = run(line);
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
	}

	private Outcome run(String line) {
		return this.dispatcher.execute(line, new PrintWriter(new StringWriter(), true), new InputReader() {
		});
	}

}
