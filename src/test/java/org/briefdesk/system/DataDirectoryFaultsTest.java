package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.briefdesk.support.OneShot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped library path never becomes a new, empty library that the user takes for theirs:
 * a {@code BRIEFDESK_HOME} that does not exist (or whose parent does not), one that is a file,
 * and a configured database path that does not exist are each refused in one line saying what
 * to do, with exit code 1, and nothing is created: no folder, no log, no history, no library.
 * Only the default {@code ~/.briefdesk} is made, on the first run in an existing home.
 */
class DataDirectoryFaultsTest {

	@TempDir
	Path workingDirectory;

	@TempDir
	Path scratch;

	@Test
	void aBriefdeskHomeThatDoesNotExistIsRefusedInOneLineAndNothingIsCreated() throws Exception {
		Path mistyped = this.scratch.resolve("briefdsk");
		List<Path> before = everything(this.scratch);
		for (String[] command : List.of(new String[] { "org", "list" }, new String[] { "briefing", "list" },
				new String[] { "export", "docx", "--briefing", "icat-briefing-2023" })) {
			OneShot.Result result = OneShot.run(this.workingDirectory, Map.of("BRIEFDESK_HOME", mistyped.toString()), "",
					command);
			assertThat(result.exitCode()).isEqualTo(1);
			assertThat(result.stderrLines()).singleElement()
				.isEqualTo("error: there is no folder " + mistyped + " (BRIEFDESK_HOME); check the path, create it (mkdir "
						+ mistyped + ") to start a new library there, or unset BRIEFDESK_HOME to use ~/.briefdesk");
			assertThat(result.stdout()).isEmpty();
		}
		assertThat(everything(this.scratch)).isEqualTo(before);
		assertThat(everything(this.workingDirectory)).isEmpty();
	}

	@Test
	void aBriefdeskHomeWhoseParentDoesNotExistIsRefusedWithTheCommandThatMakesIt() throws Exception {
		Path mistyped = this.scratch.resolve("no-such-parent").resolve("library");
		OneShot.Result result = OneShot.run(this.workingDirectory, Map.of("BRIEFDESK_HOME", mistyped.toString()), "",
				"person", "list");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement()
			.isEqualTo("error: there is no folder " + mistyped + " (BRIEFDESK_HOME); check the path, create it (mkdir -p "
					+ mistyped + ") to start a new library there, or unset BRIEFDESK_HOME to use ~/.briefdesk");
		assertThat(this.scratch.resolve("no-such-parent")).doesNotExist();
	}

	@Test
	void theShellRefusesToStartInABriefdeskHomeThatDoesNotExistAndKeepsNoHistoryThere() throws Exception {
		Path mistyped = this.scratch.resolve("briefdsk");
		OneShot.Result result = OneShot.run(this.workingDirectory, Map.of("BRIEFDESK_HOME", mistyped.toString()),
				"org list\nexit\n");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement().asString().startsWith("error: there is no folder " + mistyped + " ");
		assertThat(result.stdout()).doesNotContain("briefdesk>");
		assertThat(mistyped).doesNotExist();
		// The folder made on purpose: the next start creates the library there.
		Files.createDirectory(mistyped);
		OneShot.Result made = OneShot.run(this.workingDirectory, Map.of("BRIEFDESK_HOME", mistyped.toString()),
				"org list\nexit\n");
		assertThat(made.exitCode()).isZero();
		assertThat(made.stdout()).contains("cbss");
		assertThat(mistyped.resolve("library.mv.db")).exists();
	}

	@Test
	void aBriefdeskHomeThatIsAFileIsRefusedInOneLineAndTheFileIsLeftAlone() throws Exception {
		Path file = this.scratch.resolve("notes.txt");
		Files.writeString(file, "not a folder", StandardCharsets.UTF_8);
		List<Path> before = everything(this.scratch);
		OneShot.Result result = OneShot.run(this.workingDirectory, Map.of("BRIEFDESK_HOME", file.toString()), "", "org",
				"list");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement()
			.isEqualTo("error: " + file
					+ " (BRIEFDESK_HOME) is a file, not a folder; set BRIEFDESK_HOME to a folder, or unset it to use ~/.briefdesk");
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("not a folder");
		assertThat(everything(this.scratch)).isEqualTo(before);
	}

	@Test
	void aConfiguredLibraryPathThatDoesNotExistIsRefusedAndNoLibraryIsMadeThere() throws Exception {
		Path home = Files.createDirectory(this.scratch.resolve("home"));
		Path elsewhere = this.scratch.resolve("shared").resolve("library");
		OneShot.Result result = OneShot.run(this.workingDirectory, Map.of("BRIEFDESK_HOME", home.toString(),
				"SPRING_DATASOURCE_URL", "jdbc:h2:file:" + elsewhere + ";IFEXISTS=TRUE"), "", "org", "list");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement()
			.isEqualTo("error: there is no library at " + elsewhere
					+ ".mv.db; check spring.datasource.url (Briefdesk creates a library only in its data directory)");
		assertThat(this.scratch.resolve("shared")).doesNotExist();
		assertThat(home.resolve("library.mv.db")).doesNotExist();
	}

	@Test
	void theFirstRunInAFreshHomeCreatesTheDefaultDataDirectoryWithTheSampleLibrary() throws Exception {
		Path freshHome = Files.createDirectory(this.scratch.resolve("user"));
		OneShot.Result result = OneShot.run(this.workingDirectory, Map.of("HOME", freshHome.toString()), "", "person",
				"list");
		assertThat(result.exitCode()).isZero();
		assertThat(result.stderrLines()).singleElement()
			.asString()
			.startsWith("created a new library in " + freshHome.resolve(".briefdesk") + " with the sample facts");
		assertThat(freshHome.resolve(".briefdesk").resolve("library.mv.db")).exists();
		assertThat(everything(this.workingDirectory)).isEmpty();
	}

	@Test
	void aHomeFolderThatDoesNotExistIsRefusedRatherThanMade() throws Exception {
		Path missingHome = this.scratch.resolve("nobody");
		OneShot.Result result = OneShot.run(this.workingDirectory, Map.of("HOME", missingHome.toString()), "", "person",
				"list");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement()
			.isEqualTo("error: there is no home folder " + missingHome
					+ " (HOME) to keep .briefdesk in; set HOME, or set BRIEFDESK_HOME to an existing folder");
		assertThat(missingHome).doesNotExist();
	}

	/** Every path under {@code root} (folders too), so that a folder made and left empty shows. */
	private static List<Path> everything(Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(path -> !path.equals(root)).sorted().toList();
		}
	}

}
