package org.briefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefdesk.support.PostgresOnly;
import org.briefdesk.support.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Team mode block, run as written against the server of the PostgreSQL run:
 * {@code createdb}, {@code data copy} of a new embedded library, then two members of staff on
 * it. The block is one shell session (its {@code export} lines carry on), so it is a
 * {@code bash} block, which {@link ReadmeTourIT} leaves to this test. A command whose comment
 * says "refused" must exit 1 with one line; every other one must exit 0.
 */
@PostgresOnly
class TeamModeReadmeIT {

	private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

	private static final String DATABASE = "briefdesk";

	/** Marks the end of each command's output in the session's stdout: its line and exit code. */
	private static final Pattern END = Pattern.compile("^@@end (\\d+) (\\d+)@@$", Pattern.MULTILINE);

	record Outcome(ReadmeTourIT.Command command, int exitCode, String stdout, String stderr) {
	}

	@Test
	void theTeamModeBlockCopiesTheLibraryToTheServerAndTwoStaffShareItWithoutLostEdits(@TempDir Path work,
			@TempDir Path home) throws Exception {
		List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
		List<ReadmeTourIT.Command> block = teamModeBlock(readme);
		assertThat(block).extracting(ReadmeTourIT.Command::text)
			.anyMatch(text -> text.startsWith("createdb "))
			.anyMatch(text -> text.contains("data copy --to"));
		dropDatabase();
		try {
			List<Outcome> outcomes = runAsOneSession(block, work, home);
			assertThat(outcomes).hasSameSizeAs(block);
			for (Outcome outcome : outcomes) {
				String text = outcome.command().text();
				if (text.replaceFirst("^[^#]*", "").contains("refused")) {
					assertThat(outcome.exitCode()).as("README.md:%d `%s` is refused", outcome.command().line(), text)
						.isEqualTo(1);
					assertThat(outcome.stderr().strip().lines()).as("its one line").hasSize(1);
				}
				else {
					assertThat(outcome.exitCode()).as("README.md:%d `%s`: %s", outcome.command().line(), text,
							outcome.stderr())
						.isZero();
				}
			}
			String password = TestStores.server().password();
			assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.stdout() + outcome.stderr())
				.as("no output shows the password").doesNotContain(password));
			assertThat(outputOf(outcomes, "data copy").stdout()).contains("copied the library to jdbc:postgresql://")
				.contains("17 organisations, 18 people");
			assertThat(outputOf(outcomes, "data info").stdout()).contains("PostgreSQL")
				.contains("set by:   BRIEFDESK_DB_URL")
				.contains("17 organisations");
			assertThat(outputOf(outcomes, "--url https://icat.un.org").stderr())
				.contains("was changed after you read it (version 1): by Bob Lee")
				.contains("your change was not saved");
			assertThat(outputOf(outcomes, "data log --fact").stdout()).contains("Bob Lee")
				.contains("changed (version 2): notes (none) → checked against the 2023 report")
				.doesNotContain("icat.un.org");
			assertThat(outputOf(outcomes, "data backup").stderr()).contains("pg_dump");
			assertThat(home.resolve("library.mv.db")).as("the embedded library the copy came from").exists();
		}
		finally {
			dropDatabase();
		}
	}

	/** The commands of the first {@code bash} block under "## Team mode". */
	static List<ReadmeTourIT.Command> teamModeBlock(List<String> readme) {
		int section = -1;
		for (int i = 0; i < readme.size(); i++) {
			if (readme.get(i).startsWith("## Team mode")) {
				section = i;
				break;
			}
		}
		assertThat(section).as("the README's Team mode section").isNotNegative();
		List<String> lines = new ArrayList<>(readme.subList(section, readme.size()));
		// The tour's reader takes sh blocks; this block is bash because it is one session.
		lines.replaceAll(line -> line.strip().equals("```bash") ? "```sh" : line.strip().equals("```sh") ? "```other" : line);
		List<List<ReadmeTourIT.Command>> blocks = ReadmeTourIT.shellBlocks(lines);
		int offset = section;
		assertThat(blocks).as("a bash block in Team mode").isNotEmpty();
		return blocks.get(0).stream()
			.map(command -> new ReadmeTourIT.Command(command.line() + offset, command.text()))
			.toList();
	}

	/**
	 * Runs the block in one bash session, as a user typing it would: the server's settings in
	 * PostgreSQL's own variables, a fresh data directory, each command's stdout and stderr kept
	 * apart by a marker line after it.
	 */
	private static List<Outcome> runAsOneSession(List<ReadmeTourIT.Command> block, Path work, Path home)
			throws IOException, InterruptedException {
		Path launcher = work.resolve("briefdesk");
		Files.writeString(launcher, "#!/bin/sh\nexec '" + ROOT.resolve("briefdesk") + "' \"$@\"\n");
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		StringBuilder script = new StringBuilder();
		for (int i = 0; i < block.size(); i++) {
			script.append(block.get(i).text()).append('\n');
			script.append("status=$?; echo \"@@end ").append(i).append(" $status@@\"; echo \"@@end ").append(i)
				.append(" $status@@\" >&2\n");
		}
		Path scriptFile = work.resolve("team-mode.sh");
		Files.writeString(scriptFile, script.toString());
		TestStores.Database server = TestStores.server();
		Matcher address = Pattern.compile("^jdbc:postgresql://([^:/]+):(\\d+)/").matcher(server.url());
		assertThat(address.find()).as("host and port in %s", server.url()).isTrue();
		ProcessBuilder builder = new ProcessBuilder("bash", scriptFile.toString()).directory(work.toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf(name -> name.startsWith("BRIEFDESK_") || name.startsWith("PG"));
		environment.put("BRIEFDESK_HOME", home.toString());
		environment.put("PGHOST", address.group(1));
		environment.put("PGPORT", address.group(2));
		environment.put("PGUSER", server.user());
		environment.put("PGPASSWORD", server.password());
		environment.put("PGDATABASE", server.name());
		Path out = work.resolve("stdout.txt");
		Path err = work.resolve("stderr.txt");
		builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		Process session = builder.start();
		assertThat(session.waitFor(600, TimeUnit.SECONDS)).as("the block finishes in 10 minutes").isTrue();
		List<String> stdouts = split(Files.readString(out, StandardCharsets.UTF_8));
		List<String> stderrs = split(Files.readString(err, StandardCharsets.UTF_8));
		List<Integer> codes = exitCodes(Files.readString(out, StandardCharsets.UTF_8));
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			outcomes.add(new Outcome(block.get(i), codes.get(i), stdouts.get(i), i < stderrs.size() ? stderrs.get(i) : ""));
		}
		return outcomes;
	}

	private static List<String> split(String output) {
		List<String> parts = new ArrayList<>();
		Matcher end = END.matcher(output);
		int from = 0;
		while (end.find()) {
			parts.add(output.substring(from, end.start()));
			from = end.end() + 1;
		}
		return parts;
	}

	private static List<Integer> exitCodes(String output) {
		List<Integer> codes = new ArrayList<>();
		Matcher end = END.matcher(output);
		while (end.find()) {
			codes.add(Integer.parseInt(end.group(2)));
		}
		return codes;
	}

	private static Outcome outputOf(List<Outcome> outcomes, String containing) {
		return outcomes.stream()
			.filter(outcome -> outcome.command().text().contains(containing))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no command of the block contains " + containing));
	}

	private static void dropDatabase() throws SQLException {
		try (Connection connection = TestStores.server().connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE + " with (force)");
		}
	}

}
