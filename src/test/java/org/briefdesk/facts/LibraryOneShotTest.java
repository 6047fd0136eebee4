package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.support.OneShot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library as a user meets it from a terminal: separate processes, a fresh data directory. */
class LibraryOneShotTest {

	@TempDir
	Path workingDirectory;

	@TempDir
	Path home;

	@Test
	void helpAndVersionInAFreshHomeCreateNoLibrary() throws Exception {
		assertThat(OneShot.run(this.workingDirectory, this.home, "help").exitCode()).isZero();
		assertThat(OneShot.run(this.workingDirectory, this.home, "version").exitCode()).isZero();
		assertThat(this.home.resolve("library.mv.db")).doesNotExist();
	}

	@Test
	void theFirstCommandCreatesTheLibraryAndSaysSoInOneLineOnStderr() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "org", "list", "--json");
		assertThat(result.exitCode()).isZero();
		JsonNode organisations = new ObjectMapper().readTree(result.stdout());
		assertThat(organisations.isArray()).isTrue();
		assertThat(organisations.size()).isEqualTo(17);
		assertThat(result.stderrLines()).singleElement()
			.asString()
			.isEqualTo("created a new library in " + this.home.toRealPath()
					+ " with the sample facts (17 organisations, 18 people, 3 priority sets, 9 statistics, 15 quotes, 5 events, 3 chairpersonships, 5 briefings)");
		assertThat(this.home.resolve("library.mv.db")).exists();
		try (Stream<Path> entries = Files.list(this.workingDirectory)) {
			assertThat(entries).isEmpty();
		}
		OneShot.Result again = OneShot.run(this.workingDirectory, this.home, "event", "list");
		assertThat(again.stderr()).isEmpty();
		assertThat(again.stdout()).contains("icat-representatives-2024-12");
	}

	@Test
	void aRefusedImportAsTheFirstCommandKeepsTheSampleLibraryItCreated() throws Exception {
		Path file = this.workingDirectory.resolve("people.yaml");
		Files.writeString(file, """
				people:
				  - id: first-import-person
				    name: First Import
				    organisation: no-such-organisation
				""", StandardCharsets.UTF_8);
		OneShot.Result refused = OneShot.run(this.workingDirectory, this.home, "data", "import", file.toString());
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.stderr()).contains("no-such-organisation").contains("nothing was imported");
		OneShot.Result people = OneShot.run(this.workingDirectory, this.home, "person", "list", "--json");
		assertThat(people.exitCode()).isZero();
		assertThat(new ObjectMapper().readTree(people.stdout()).size()).isEqualTo(18);
		assertThat(people.stdout()).doesNotContain("first-import-person");
	}

	@Test
	void aDatabaseServerThatIsDownGivesOneLineAndNoEmbeddedLibraryIsMade() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home,
				java.util.Map.of("BRIEFDESK_DB_URL", "jdbc:postgresql://127.0.0.1:1/briefdesk", "BRIEFDESK_DB_PASSWORD",
						"secret-of-the-team"),
				"person", "list");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement()
			.asString()
			.isEqualTo("error: cannot reach the database server at 127.0.0.1:1 (connection refused); "
					+ "is the server running, and is the URL right?");
		assertThat(this.home.resolve("library.mv.db")).doesNotExist();
		OneShot.Result info = OneShot.run(this.workingDirectory, this.home, java.util.Map.of("BRIEFDESK_DB_URL",
				"jdbc:postgresql://127.0.0.1:1/briefdesk?password=secret-of-the-team"), "data", "info");
		assertThat(info.exitCode()).isEqualTo(1);
		assertThat(info.stdout() + info.stderr()).doesNotContain("secret-of-the-team");
	}

	@Test
	void aMistypedBriefdeskHomeIsRefusedInOneLineAndNoFolderOrLibraryIsMade() throws Exception {
		Path mistyped = this.home.resolve("briefdsk");
		OneShot.Result result = OneShot.run(this.workingDirectory, mistyped, "org", "list");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement()
			.asString()
			.isEqualTo("error: there is no folder " + mistyped + " (BRIEFDESK_HOME); check the path, create it (mkdir "
					+ mistyped + ") to start a new library there, or unset BRIEFDESK_HOME to use ~/.briefdesk");
		assertThat(OneShot.run(this.workingDirectory, mistyped, "help").exitCode()).isZero();
		assertThat(mistyped).doesNotExist();
		// made on purpose, the folder gets its library
		Files.createDirectory(mistyped);
		assertThat(OneShot.run(this.workingDirectory, mistyped, "org", "list").exitCode()).isZero();
		assertThat(mistyped.resolve("library.mv.db")).exists();
	}

	@Test
	void aSecondBriefdeskOnTheSameLibraryGetsOnePlainLine() throws Exception {
		assertThat(OneShot.run(this.workingDirectory, this.home, "person", "list").exitCode()).isZero();
		String url = "jdbc:h2:file:" + this.home.resolve("library") + ";IFEXISTS=TRUE";
		try (Connection firstBriefdesk = DriverManager.getConnection(url, "sa", "")) {
			OneShot.Result second = OneShot.run(this.workingDirectory, this.home, "person", "list");
			assertThat(second.exitCode()).isEqualTo(1);
			assertThat(second.stderrLines()).singleElement()
				.asString()
				.isEqualTo("error: the library in " + this.home.toRealPath()
						+ " is open in another Briefdesk; close it and try again");
			assertThat(second.stdout()).isEmpty();
		}
	}

	@Test
	void addWithoutARequiredOptionExitsTwo() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "person", "add", "--title", "Director");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).singleElement().asString().contains("--name");
	}

	@Test
	void anUnknownIdExitsOneWithOneLine() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "person", "show", "nobody");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).last().asString().isEqualTo("error: no person 'nobody'; `person list` shows the ids");
	}

	@Test
	void aDanglingReferenceInAnImportIsRefusedWithFileAndLineAndChangesNothing() throws Exception {
		OneShot.run(this.workingDirectory, this.home, "person", "list");
		Files.writeString(this.workingDirectory.resolve("new.yaml"), """
				people:
				  - id: new-person
				    name: New Person
				    organisation: nowhere
				""", StandardCharsets.UTF_8);
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "data", "import", "new.yaml");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement()
			.asString()
			.isEqualTo("error: new.yaml:4: person 'new-person': no organisation 'nowhere' (`org list` shows the ids); nothing was imported");
		OneShot.Result people = OneShot.run(this.workingDirectory, this.home, "person", "list", "--json");
		assertThat(new ObjectMapper().readTree(people.stdout()).size()).isEqualTo(18);
		assertThat(this.home.resolve("backups")).doesNotExist();
	}

	@Test
	void aDataDirectoryWithBackupsButNoLibraryIsRefusedUntilRestored() throws Exception {
		OneShot.run(this.workingDirectory, this.home, "data", "backup");
		Files.delete(this.home.resolve("library.mv.db"));
		OneShot.Result refused = OneShot.run(this.workingDirectory, this.home, "person", "list");
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.stderrLines()).singleElement().asString().contains("no library in").contains("`data restore`");
		assertThat(this.home.resolve("library.mv.db")).doesNotExist();
		OneShot.Result restored = OneShot.run(this.workingDirectory, this.home, "data", "restore");
		assertThat(restored.exitCode()).as(restored.stderr()).isZero();
		assertThat(OneShot.run(this.workingDirectory, this.home, "person", "show", "gehrke").stdout()).contains("Gehrke");
	}

}
