package org.briefdesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.support.OneShot;
import org.briefdesk.support.PostgresOnly;
import org.briefdesk.support.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team mode as staff meet it from a terminal, against the server of the PostgreSQL run:
 * separate Briefdesk processes, the settings in BRIEFDESK_DB_*.
 */
@PostgresOnly
class TeamModeOneShotTest {

	private static final String EVENT = "icat-representatives-2024-12";

	@TempDir
	Path work;

	@TempDir
	Path home;

	@TempDir
	Path colleaguesHome;

	@Test
	void dataCopyRoundTripsEveryKindWithEqualCountsAndEqualExports() throws Exception {
		// An embedded library with something of every kind the samples lack: invitees, an export and its snapshot, a change.
		assertThat(run(Map.of(), "invite", "add", "--event", EVENT, "--person", "gehrke,alena-kupchyna").exitCode()).isZero();
		assertThat(run(Map.of(), "invite", "mark", "gehrke", "accepted", "--event", EVENT).exitCode()).isZero();
		assertThat(run(Map.of(), "export", "docx", "--briefing", "icat-briefing-2023", "--out", "pack.docx").exitCode())
			.isZero();
		assertThat(run(Map.of(), "stat", "edit", "icat-31-organizations-2023", "--notes", "before the copy").exitCode())
			.isZero();

		TestStores.Database target = TestStores.newDatabase();
		OneShot.Result copied = run(login(), "data", "copy", "--to", target.url());
		assertThat(copied.exitCode()).as(copied.stderr()).isZero();
		assertThat(copied.stdout()).startsWith("copied the library to " + target.url() + ": 17 organisations, 18 people")
			.contains("2 invitees");

		Map<String, String> onTheServer = onServer(target);
		JsonNode embedded = json(run(Map.of(), "data", "info", "--json"));
		JsonNode server = json(run(onTheServer, "data", "info", "--json"));
		assertThat(server.get("store").asText()).isEqualTo("server");
		assertThat(server.get("counts")).isEqualTo(embedded.get("counts"));
		assertThat(server.get("schema-version")).isEqualTo(embedded.get("schema-version"));

		assertThat(run(Map.of(), "data", "export", "from-embedded").exitCode()).isZero();
		assertThat(run(onTheServer, "data", "export", "from-server").exitCode()).isZero();
		assertSameFiles(this.work.resolve("from-embedded"), this.work.resolve("from-server"));

		for (List<String> command : List.of(List.of("invite", "list", "--event", EVENT, "--json"),
				List.of("briefing", "history", "icat-briefing-2023"), List.of("briefing", "show", "icat-briefing-2023", "--json"),
				List.of("stat", "show", "icat-31-organizations-2023", "--json"))) {
			String[] args = command.toArray(String[]::new);
			assertThat(run(onTheServer, args).stdout()).as(String.join(" ", command)).isEqualTo(run(Map.of(), args).stdout());
		}
		assertThat(run(onTheServer, "data", "log", "--fact", "icat-31-organizations-2023").stdout())
			.contains("notes (none) → before the copy");

		OneShot.Result again = run(login(), "data", "copy", "--to", target.url());
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.stderrLines()).singleElement()
			.asString()
			.contains("already holds a library")
			.contains("nothing was copied");
	}

	@Test
	void aWrongPasswordAndAMissingDatabaseEachGiveOneLineWithoutThePassword() throws Exception {
		TestStores.Database library = TestStores.newDatabase();
		String wrong = "not-the-password-" + System.nanoTime();
		OneShot.Result refused = run(Map.of("BRIEFDESK_DB_URL", library.url(), "BRIEFDESK_DB_USER", library.user(),
				"BRIEFDESK_DB_PASSWORD", wrong), "person", "list");
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.stdout()).isEmpty();
		assertThat(refused.stderrLines()).singleElement()
			.asString()
			.startsWith("error: the database server at ")
			.contains("refused the password of user '" + library.user() + "'")
			.doesNotContain(wrong);
		Path log = this.home.resolve("briefdesk.log");
		assertThat(Files.exists(log) ? Files.readString(log) : "").doesNotContain(wrong);

		Map<String, String> missing = onServer(
				new TestStores.Database("no_such_library", TestStores.withDatabase(library.url(), "no_such_library"),
						library.user(), library.password()));
		OneShot.Result noDatabase = run(missing, "person", "list");
		assertThat(noDatabase.exitCode()).isEqualTo(1);
		assertThat(noDatabase.stderrLines()).singleElement()
			.asString()
			.contains("has no database 'no_such_library'")
			.doesNotContain(library.password());
	}

	@Test
	void twoStaffOnOneServerLibrarySeeEachOthersChangesAndAStaleEditIsRefusedNamingWhoMadeTheChange() throws Exception {
		TestStores.Database library = TestStores.newDatabase();
		assertThat(run(login(), "data", "copy", "--to", library.url()).exitCode()).isZero();
		Map<String, String> ana = new java.util.HashMap<>(onServer(library));
		ana.put("BRIEFDESK_USER", "Ana Ruiz");
		Map<String, String> bob = new java.util.HashMap<>(onServer(library));
		bob.put("BRIEFDESK_USER", "Bob Lee");
		String readByAna = json(runIn(this.home, ana, "stat", "show", "icat-31-organizations-2023", "--json")).get("version")
			.asText();
		assertThat(runIn(this.colleaguesHome, bob, "stat", "edit", "icat-31-organizations-2023", "--value", "32",
				"--if-version", readByAna).exitCode()).isZero();
		OneShot.Result stale = runIn(this.home, ana, "stat", "edit", "icat-31-organizations-2023", "--value", "33",
				"--if-version", readByAna);
		assertThat(stale.exitCode()).isEqualTo(1);
		assertThat(stale.stderrLines()).singleElement()
			.asString()
			.contains("was changed after you read it (version " + readByAna + "): by Bob Lee")
			.contains("your change was not saved");
		JsonNode now = json(runIn(this.home, ana, "stat", "show", "icat-31-organizations-2023", "--json"));
		assertThat(now.get("value").asText()).isEqualTo("32");
		assertThat(runIn(this.home, ana, "data", "log", "--fact", "icat-31-organizations-2023", "--limit", "1").stdout())
			.contains("Bob Lee");
	}

	private Map<String, String> login() {
		TestStores.Database server = TestStores.server();
		return Map.of("BRIEFDESK_DB_USER", server.user(), "BRIEFDESK_DB_PASSWORD", server.password());
	}

	private static Map<String, String> onServer(TestStores.Database library) {
		return Map.of("BRIEFDESK_DB_URL", library.url(), "BRIEFDESK_DB_USER", library.user(), "BRIEFDESK_DB_PASSWORD",
				library.password());
	}

	private OneShot.Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		return runIn(this.home, environment, args);
	}

	private OneShot.Result runIn(Path dataDirectory, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		return OneShot.run(this.work, dataDirectory, environment, args);
	}

	private static JsonNode json(OneShot.Result result) throws IOException {
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		return new ObjectMapper().readTree(result.stdout());
	}

	private static void assertSameFiles(Path expected, Path actual) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(expected)) {
			files = walk.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
		}
		try (Stream<Path> walk = Files.walk(actual)) {
			assertThat(walk.filter(Files::isRegularFile).map(actual::relativize).sorted().toList())
				.containsExactlyElementsOf(files);
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			assertThat(actual.resolve(file)).as(file.toString()).hasSameBinaryContentAs(expected.resolve(file));
		}
	}

}
