package org.briefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands, run as written, in the order the README shows them: every {@code sh}
 * block, line by line, through bash and the real {@code ./briefdesk} launcher, all against one
 * fresh data directory, as a new user following the README would. Each block starts in a working
 * directory of its own (holding the repository's {@code templates/} and {@code jobs/}, and the two files the tour
 * names as the user's own: {@code my.briefdesk} and {@code new-people.csv}), so that a block that
 * exports the same file as an earlier one is not refused for it. {@code ./mvnw} lines are the
 * command running this test, so they are the only ones not run again here.
 */
class ReadmeTourIT {

	private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

	/**
	 * What some commands of the README must print besides exiting 0, by the command as written
	 * (without its comment): the export history and the diff after the tour's edits.
	 */
	private static final Map<String, String> OUTPUTS = Map.of(
			"./briefdesk briefing history june-2025", "\tdocx\t",
			"./briefdesk briefing diff june-2025",
			"person Tea Machaidze (tea-machaidze): title none → \"Child Protection Specialist\"",
			"./briefdesk briefing diff june-2025 --json", "\"field\" : \"title\"");

	/** A command of the README: its text (continuation lines joined) and the line it starts on. */
	record Command(int line, String text) {
	}

	@Test
	void everyCommandOfTheReadmeRunsAsWrittenAndExitsZero(@TempDir Path work, @TempDir Path home) throws Exception {
		List<List<Command>> blocks = shellBlocks(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
		List<String> failures = new ArrayList<>();
		Set<String> checked = new HashSet<>();
		int ran = 0;
		for (int i = 0; i < blocks.size(); i++) {
			Path directory = Files.createDirectories(work.resolve("block-" + (i + 1)));
			prepare(directory);
			for (Command command : blocks.get(i)) {
				if (command.text().startsWith("./mvnw")) {
					continue;
				}
				ran++;
				String failure = run(command, directory, home, checked);
				if (failure != null) {
					failures.add(failure);
				}
			}
		}
		assertThat(failures).as("README commands that did not exit 0 or did not print what they should").isEmpty();
		assertThat(checked).as("README commands whose output is checked").containsExactlyInAnyOrderElementsOf(OUTPUTS.keySet());
		assertThat(ran).as("README commands run").isGreaterThan(30);
	}

	/**
	 * The Recurring meetings block on its own, in a fresh library, says what the section
	 * promises: the series rolls forward to 2025 under the OAS and UNODC with their six
	 * priorities, the dry run writes nothing, and the check lists the parts still to review.
	 */
	@Test
	void theRecurringMeetingsBlockRollsTheSeriesForwardToTheCoChairsAndPrioritiesOf2025(@TempDir Path work,
			@TempDir Path home) throws Exception {
		List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
		int section = readme.indexOf("## Recurring meetings");
		assertThat(section).as("the README's Recurring meetings section").isPositive();
		List<Command> block = shellBlocks(readme.subList(section, readme.size())).get(0);
		prepare(work);
		List<String> outputs = new ArrayList<>();
		for (Command command : block) {
			Execution execution = execute(command, work, home);
			assertThat(execution.exitCode()).as("`%s`: %s", command.text(), execution.stderr()).isZero();
			outputs.add(execution.stdout());
		}
		assertThat(block).extracting(Command::text)
			.anyMatch(text -> text.contains("event next") && text.contains("--dry-run"))
			.anyMatch(text -> text.contains("briefing review confirm"));
		String dryRun = outputOf(block, outputs, "--dry-run");
		assertThat(dryRun).contains("co-chairs: iom, osrsg-vac → oas, unodc")
			.contains("priorities: icat-priorities-2023 (2023) → oas-unodc-priorities-2025 (2025, 6 priorities)")
			.contains("Dry run: nothing was written");
		assertThat(outputOf(block, outputs, "series show")).contains("icat-briefing-2023-10-03\tiom, osrsg-vac");
		assertThat(outputOf(block, outputs, "briefing check")).contains("review panelists")
			.doesNotContain("review priorities");
		Execution event = execute(new Command(0, "./briefdesk event show icat-briefing-2025-10-08 --json"), work, home);
		assertThat(event.stdout()).contains("\"co-chairs\" : [ \"oas\", \"unodc\" ]");
		Execution priorities = execute(new Command(0, "./briefdesk briefing show icat-briefing-2025 --json"), work, home);
		assertThat(priorities.stdout()).contains("\"priorities\" : \"oas-unodc-priorities-2025\"");
	}

	/**
	 * The fast paths (the launcher's class-data archive, Spring AOT, the schema check that skips
	 * Flyway's full migrate) change how quickly a command answers, never what it answers: the
	 * whole tour, run once as the launcher starts it and once with {@code BRIEFDESK_FAST_START=0}
	 * (the plain jar, Flyway every time), each in a fresh data directory, prints the same lines
	 * and exits the same way, command by command. Only what differs between any two runs is
	 * evened out: the data directory's path, clock times (also in backup names) and durations,
	 * and the hash and size of an exported .docx, which records the time of its export (docProps/core.xml).
	 */
	@Test
	void everyCommandOfTheTourPrintsTheSameWithTheFastPathsOnAndOff(@TempDir Path work, @TempDir Path fastHome,
			@TempDir Path plainHome) throws Exception {
		List<List<Command>> blocks = shellBlocks(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
		List<String> differences = new ArrayList<>();
		int compared = 0;
		for (int i = 0; i < blocks.size(); i++) {
			Path fastDirectory = Files.createDirectories(work.resolve("fast/block-" + (i + 1)));
			Path plainDirectory = Files.createDirectories(work.resolve("plain/block-" + (i + 1)));
			prepare(fastDirectory);
			prepare(plainDirectory);
			for (Command command : blocks.get(i)) {
				if (command.text().startsWith("./mvnw")) {
					continue;
				}
				Execution fast = execute(command, fastDirectory, fastHome, Map.of());
				Execution plain = execute(command, plainDirectory, plainHome, Map.of("BRIEFDESK_FAST_START", "0"));
				compared++;
				String fastSays = fast.exitCode() + "\n" + comparable(fast.stdout(), fastHome, fastDirectory);
				String plainSays = plain.exitCode() + "\n" + comparable(plain.stdout(), plainHome, plainDirectory);
				if (!fastSays.equals(plainSays)) {
					differences.add("README.md:" + command.line() + ": `" + command.text() + "`\nfast:\n" + fastSays
							+ "\nplain:\n" + plainSays);
				}
			}
		}
		assertThat(differences).as("README commands whose output differs with BRIEFDESK_FAST_START=0").isEmpty();
		assertThat(compared).as("README commands compared").isGreaterThan(30);
	}

	/** Output with what differs between two runs of the same command evened out. */
	private static String comparable(String output, Path home, Path directory) {
		return output.replace(home.toString(), "HOME")
			.replace(directory.toString(), "WORK")
			.replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?", "TIME")
			.replaceAll("\\b\\d+(\\.\\d+)? (s|ms)\\b", "DURATION")
			.replaceAll("\\b\\d{8}-\\d{6}\\b", "TIME")
			.replaceAll("(\\.docx\\t)[0-9a-f]{12}\\t", "$1HASH\t")
			.replaceAll("(\"file\" : \"[^\"]*\\.docx\",\\s+\"sha256\" : \")[0-9a-f]{64}", "$1HASH")
			// and its size: the time compresses to a byte more or less
			.replaceAll("(\"sha256\" : \"HASH\",\\s+\"size\" : )\\d+", "$1SIZE");
	}

	private static String outputOf(List<Command> block, List<String> outputs, String containing) {
		for (int i = 0; i < block.size(); i++) {
			if (block.get(i).text().contains(containing)) {
				return outputs.get(i);
			}
		}
		throw new AssertionError("no command of the block contains " + containing);
	}

	@Test
	void theTourFindsEveryShellBlockAndJoinsContinuationLines() {
		List<List<Command>> blocks = shellBlocks(List.of("text", "```sh", "./briefdesk a \\", "    --b c   # note",
				"# a comment", "", "```", "```", "not a command", "```", "```sh", "./briefdesk d", "```"));
		assertThat(blocks).hasSize(2);
		assertThat(blocks.get(0)).containsExactly(new Command(3, "./briefdesk a --b c   # note"));
		assertThat(blocks.get(1)).containsExactly(new Command(12, "./briefdesk d"));
	}

	/** The commands of each {@code sh} block: comment and blank lines left out, continuations joined. */
	static List<List<Command>> shellBlocks(List<String> readme) {
		List<List<Command>> blocks = new ArrayList<>();
		List<Command> block = null;
		StringBuilder pending = null;
		int pendingLine = 0;
		for (int number = 1; number <= readme.size(); number++) {
			String line = readme.get(number - 1);
			if (block == null) {
				if (line.strip().equals("```sh")) {
					block = new ArrayList<>();
				}
				continue;
			}
			if (line.strip().equals("```")) {
				blocks.add(block);
				block = null;
				continue;
			}
			String text = line.strip();
			if (pending == null && (text.isEmpty() || text.startsWith("#"))) {
				continue;
			}
			if (pending == null) {
				pending = new StringBuilder();
				pendingLine = number;
			}
			if (text.endsWith("\\")) {
				pending.append(text.substring(0, text.length() - 1).stripTrailing()).append(' ');
				continue;
			}
			pending.append(text);
			block.add(new Command(pendingLine, pending.toString()));
			pending = null;
		}
		return blocks;
	}

	/** What a user of the tour has in their folder: the templates they copy, and their own two files. */
	private static void prepare(Path directory) throws IOException {
		Path launcher = directory.resolve("briefdesk");
		Files.writeString(launcher, "#!/bin/sh\nexec '" + ROOT.resolve("briefdesk") + "' \"$@\"\n");
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		PathUtils.copyDirectory(ROOT.resolve("templates"), directory.resolve("templates"));
		PathUtils.copyDirectory(ROOT.resolve("jobs"), directory.resolve("jobs"));
		Files.writeString(directory.resolve("my.briefdesk"), """
				# a weekly pack
				briefing check icat-briefing-2023
				export pdf --briefing icat-briefing-2023 --out weekly.pdf --overwrite
				""");
		Files.writeString(directory.resolve("new-people.csv"), """
				id,honorific,name,title,organisation,email
				jane-doe,Ms.,Jane Doe,Programme Officer,unodc,jane.doe@example.org
				""");
	}

	/** Runs one command through bash; null when it exits 0, otherwise what went wrong and where. */
	private static String run(Command command, Path directory, Path home, Set<String> checked)
			throws IOException, InterruptedException {
		Execution execution = execute(command, directory, home);
		if (execution.exitCode() == 0) {
			String written = command.text().replaceFirst("\\s+#.*$", "");
			String expected = OUTPUTS.get(written);
			if (expected == null) {
				return null;
			}
			checked.add(written);
			return execution.stdout().contains(expected) ? null
					: "README.md:" + command.line() + ": `" + written + "` printed no " + expected + ":\n" + execution.stdout();
		}
		return "README.md:" + command.line() + ": `" + command.text() + "` "
				+ (execution.exitCode() < 0 ? "did not finish in 300 s" : "exited " + execution.exitCode() + ": " + execution.stderr());
	}

	/** How a command ended: its exit code (-1 when it did not finish in time) and what it printed. */
	record Execution(int exitCode, String stdout, String stderr) {
	}

	private static Execution execute(Command command, Path directory, Path home) throws IOException, InterruptedException {
		return execute(command, directory, home, Map.of());
	}

	private static Execution execute(Command command, Path directory, Path home, Map<String, String> environment)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", command.text()).directory(directory.toFile());
		builder.environment().put("BRIEFDESK_HOME", home.toString());
		builder.environment().put("EDITOR", "true");
		builder.environment().remove("BRIEFDESK_DEBUG");
		builder.environment().remove("BRIEFDESK_JAVA_OPTS");
		builder.environment().remove("BRIEFDESK_FAST_START");
		builder.environment().putAll(environment);
		Path out = Files.createTempFile(directory, "out", ".txt");
		Path err = Files.createTempFile(directory, "err", ".txt");
		builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return new Execution(-1, "", "");
		}
		String stdout = Files.readString(out, StandardCharsets.UTF_8);
		String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
		Files.delete(out);
		Files.delete(err);
		return new Execution(process.exitValue(), stdout, stderr);
	}

}
