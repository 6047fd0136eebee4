package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.briefdesk.support.OneShot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code data import} killed with SIGKILL (a real child process) while it writes: the
 * library opens afterwards and holds either every imported person or none of them, never a
 * part; a second import then completes it.
 */
class LibraryCrashTest {

	private static final int PEOPLE = 20_000;

	@TempDir
	Path workingDirectory;

	@TempDir
	Path home;

	@Test
	void anImportKilledWhileItWritesLeavesTheLibraryWithAllOrNoneOfItsPeople() throws Exception {
		int before = people();
		Path file = this.workingDirectory.resolve("people.yaml");
		StringBuilder yaml = new StringBuilder("people:\n");
		for (int i = 0; i < PEOPLE; i++) {
			yaml.append("  - id: crash-person-").append(i).append("\n    name: Person ").append(i).append('\n');
		}
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		Path backups = this.home.resolve("backups");
		int backupsBefore = count(backups);

		Process child = OneShot.start(this.workingDirectory, this.home, this.workingDirectory.resolve("import.log"),
				"data", "import", file.toString());
		// the backup is taken right before the import writes: kill it just after that
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (count(backups) == backupsBefore && child.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
		Thread.sleep(150);
		boolean killedMidway = child.isAlive();
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(killedMidway).as("the import was still running when it was killed; see import.log").isTrue();

		int after = people();
		assertThat(after).as("people in the library after the kill").isIn(before, before + PEOPLE);
		OneShot.Result again = OneShot.run(this.workingDirectory, this.home, "data", "import", file.toString(), "--update");
		assertThat(again.exitCode()).as(again.stderr()).isZero();
		assertThat(people()).isEqualTo(before + PEOPLE);
	}

	private int people() throws Exception {
		OneShot.Result list = OneShot.run(this.workingDirectory, this.home, "person", "list", "--json");
		assertThat(list.exitCode()).as(list.stderr()).isZero();
		return new ObjectMapper().readTree(list.stdout()).size();
	}

	private static int count(Path folder) throws Exception {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return (int) files.count();
		}
	}

}
