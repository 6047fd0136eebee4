package org.briefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./briefdesk} launcher as a user runs it, on the jar this build packaged: from
 * another working directory, with a fresh data directory, through the start-up archive.
 */
class LauncherIT {

	private static final Path LAUNCHER = Path.of(System.getProperty("basedir", "."), "briefdesk")
		.toAbsolutePath()
		.normalize();

	@TempDir
	Path workingDirectory;

	@TempDir
	Path home;

	record Run(int exitCode, String stdout, String stderr) {

		List<String> stderrLines() {
			return this.stderr.lines().toList();
		}

	}

	static Run launch(Path workingDirectory, Path home, String stdin, Map<String, String> environment,
			String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (args.length == 1 && args[0].equals("--terminal")) {
			// the interactive shell on a terminal of 80 columns, as a person starts it
			command.addAll(List.of("script", "-qec", "stty cols 80 rows 24; exec " + LAUNCHER, "/dev/null"));
		}
		else {
			command.add(LAUNCHER.toString());
			command.addAll(List.of(args));
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
		builder.environment().put("BRIEFDESK_HOME", home.toString());
		builder.environment().remove("BRIEFDESK_DEBUG");
		builder.environment().remove("BRIEFDESK_JAVA_OPTS");
		builder.environment().remove("BRIEFDESK_FAST_START");
		builder.environment().putAll(environment);
		Path scratch = Files.createTempDirectory("briefdesk-launch");
		Path in = scratch.resolve("in");
		Path out = scratch.resolve("out");
		Path err = scratch.resolve("err");
		Files.writeString(in, stdin, StandardCharsets.UTF_8);
		builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		// The first start after a build extracts the jar and trains the archive.
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("./briefdesk " + String.join(" ", args) + " did not finish in 300 s");
		}
		Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		for (Path file : List.of(in, out, err, scratch)) {
			Files.delete(file);
		}
		return run;
	}

	Run launch(String... args) throws IOException, InterruptedException {
		return launch(this.workingDirectory, this.home, "", Map.of(), args);
	}

	@BeforeAll
	static void prepareTheFastStartOnce(@TempDir Path workingDirectory, @TempDir Path home) throws Exception {
		Run run = launch(workingDirectory, home, "", Map.of(), "version");
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		// the other archive, for every command but help and version (and the shell)
		Run other = launch(workingDirectory, home, "", Map.of(), "nosuchcommand");
		assertThat(other.exitCode()).as(other.stderr()).isEqualTo(2);
	}

	@Test
	void helpPrintsTheGroupedCommandsAndExitsZero() throws Exception {
		Run run = launch("help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.stdout()).contains("Usage: briefdesk").contains("\nShell\n").contains("  version ");
		assertThat(run.stderr()).isEmpty();
	}

	@Test
	void anUnknownCommandExitsTwoWithOneLineOnStderr() throws Exception {
		Run run = launch("nosuchcommand");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.stderrLines()).singleElement().asString().contains("nosuchcommand");
		assertThat(run.stdout()).isEmpty();
	}

	@Test
	void aFailingCommandsExitCodeIsTheLaunchersExitCode() throws Exception {
		Run run = launch("script", "--file", "missing.briefdesk");
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderrLines()).singleElement().asString().contains("missing.briefdesk");
	}

	@Test
	void argumentsPassThroughWithTheirQuoting() throws Exception {
		Files.writeString(this.workingDirectory.resolve("my weekly 'pack'.briefdesk"), "version\n");
		Run run = launch("script", "--file", "my weekly 'pack'.briefdesk");
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.stdout()).startsWith("Briefdesk ");
	}

	@Test
	void runningCommandsWritesNothingIntoTheWorkingDirectory() throws Exception {
		launch("help");
		launch("nosuchcommand");
		try (Stream<Path> entries = Files.list(this.workingDirectory)) {
			assertThat(entries).isEmpty();
		}
		assertThat(this.home.resolve("briefdesk.log")).exists();
	}

	@Test
	void theInteractiveShellReadsCommandsFromPipedInput() throws Exception {
		Run run = launch(this.workingDirectory, this.home, "version\nexit\n", Map.of());
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.stdout()).containsPattern("Briefdesk \\d").contains("briefdesk>");
	}

	/**
	 * A copy of the launcher beside a copy of the packaged jar (its time kept, so that nothing
	 * needs building), for tests that change what the archive was trained from without
	 * touching this build's own.
	 */
	private static Path launcherCopy(Path directory) throws IOException {
		Path target = Files.createDirectories(directory.resolve("target"));
		Files.copy(LAUNCHER, directory.resolve("briefdesk"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
		Files.copy(LAUNCHER.resolveSibling("target/briefdesk.jar"), target.resolve("briefdesk.jar"),
				java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
		return directory.resolve("briefdesk");
	}

	/** Runs a launcher copy with BRIEFDESK_DEBUG=1, whose stderr says when it trains. */
	private Run launchCopy(Path launcher, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(launcher.toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workingDirectory.toFile());
		builder.environment().put("BRIEFDESK_HOME", this.home.toString());
		builder.environment().put("BRIEFDESK_DEBUG", "1");
		builder.environment().remove("BRIEFDESK_JAVA_OPTS");
		builder.environment().remove("BRIEFDESK_FAST_START");
		Path out = Files.createTempFile("briefdesk-copy", ".out");
		Path err = Files.createTempFile("briefdesk-copy", ".err");
		builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the launcher copy did not finish in 300 s");
		}
		Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return run;
	}

	/** Rewrites one file inside the extracted application jar the archive was trained from. */
	private static void changeInsideTheExtractedJar(Path copy, String entry, String appended) throws IOException {
		Path launch = copy.resolveSibling("target/launch");
		String current = Files.readAllLines(launch.resolve("current")).get(0);
		Path jar = launch.resolve(current).resolve("briefdesk.jar");
		try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar)) {
			Path file = zip.getPath(entry);
			Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + appended, StandardCharsets.UTF_8);
		}
	}

	@Test
	void theLauncherRetrainsItsArchiveAfterASchemaChangeAndAfterABundledResourceChanges(@TempDir Path repository)
			throws Exception {
		Path copy = launcherCopy(repository);
		Run first = launchCopy(copy, "version");
		assertThat(first.exitCode()).as(first.stderr()).isZero();
		assertThat(first.stderr()).contains("launcher: trained");
		Run again = launchCopy(copy, "version");
		assertThat(again.stderr()).as("an unchanged application keeps its archive").doesNotContain("trained");

		changeInsideTheExtractedJar(copy, "db/migration/V7__export_history.sql", "\n-- a later edit\n");
		Run afterSchema = launchCopy(copy, "version");
		assertThat(afterSchema.exitCode()).as(afterSchema.stderr()).isZero();
		assertThat(afterSchema.stderr()).as("after a change of a migration").contains("launcher: trained");

		changeInsideTheExtractedJar(copy, "briefdesk/templates/briefing-pdf/briefing.css", "\n/* a later edit */\n");
		Run afterResource = launchCopy(copy, "version");
		assertThat(afterResource.exitCode()).as(afterResource.stderr()).isZero();
		assertThat(afterResource.stderr()).as("after a change of a bundled template").contains("launcher: trained");
		assertThat(afterResource.stdout()).startsWith("Briefdesk ");
	}

	@Test
	void theShellAtATerminalStartsWithTheSmallArchiveAndAShellReadingAFileWithTheLargeOne() throws Exception {
		// `script` (util-linux) runs the launcher on a terminal of its own: [ -t 0 ] holds there
		Run atATerminal = launch(this.workingDirectory, this.home, "exit\n", Map.of("BRIEFDESK_DEBUG", "1"), "--terminal");
		assertThat(atATerminal.stdout()).as(atATerminal.stderr())
			.containsPattern("\\.help\\.(aot|jsa) \\(in use\\)")
			.contains("briefdesk>");
		Run fromAFile = launch(this.workingDirectory, this.home, "exit\n", Map.of("BRIEFDESK_DEBUG", "1"));
		assertThat(fromAFile.exitCode()).as(fromAFile.stderr()).isZero();
		assertThat(fromAFile.stderr()).contains("(in use)").doesNotContain(".help.aot").doesNotContain(".help.jsa");
	}

	@Test
	void theCommandsThatOnlyReadTheLibraryStartWithTheReadArchiveAndTheOthersWithTheLargeOne() throws Exception {
		Map<String, String> debug = Map.of("BRIEFDESK_DEBUG", "1");
		for (String[] reading : List.of(new String[] { "person", "list" }, new String[] { "search", "poznanski" },
				new String[] { "briefing", "preview", "icat-briefing-2023" },
				new String[] { "briefing", "check", "icat-briefing-2023" })) {
			Run run = launch(this.workingDirectory, this.home, "", debug, reading);
			assertThat(run.exitCode()).as(run.stderr()).isZero();
			assertThat(run.stderr()).as(String.join(" ", reading)).containsPattern("\\.read\\.(aot|jsa) \\(in use\\)");
		}
		Run templates = launch(this.workingDirectory, this.home, "", debug, "template", "fields");
		assertThat(templates.exitCode()).as(templates.stderr()).isZero();
		assertThat(templates.stderr()).contains("(in use)").doesNotContain(".read.").doesNotContain(".help.");
	}

	@Test
	void startsFromItsArchiveAndRefusesToStartWithoutItWhenDebugging() throws Exception {
		// With BRIEFDESK_DEBUG=1 the JVM must use the archive (AOTMode=on / Xshare:on): a stale
		// or unusable one stops the start instead of slowing it down unnoticed.
		Run run = launch(this.workingDirectory, this.home, "", Map.of("BRIEFDESK_DEBUG", "1"), "version");
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.stdout()).startsWith("Briefdesk ");
		assertThat(run.stderr()).contains("(in use)");
		// JLine's terminal library is unpacked into the user's own folder, not the shared /tmp
		assertThat(run.stderr()).containsPattern("-Djline\\.tmpdir=\\S*/target/launch/app-\\d+ ");
	}

}
