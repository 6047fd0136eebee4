package org.briefdesk.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.briefdesk.BriefdeskApplication;

/**
 * Runs Briefdesk as a user does from a terminal: a separate process, in a working directory
 * of the test's choosing, with its own data directory; and reports exit code and output.
 */
public final class OneShot {

	public record Result(int exitCode, String stdout, String stderr) {

		public List<String> stderrLines() {
			return this.stderr.lines().toList();
		}

	}

	private OneShot() {
	}

	/**
	 * Starts Briefdesk without waiting for it (a test that kills it midway); its output goes
	 * to {@code log}.
	 */
	public static Process start(Path workingDirectory, Path home, Path log, String... args) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command(args)).directory(workingDirectory.toFile());
		withoutMachineSettings(builder).environment().put("BRIEFDESK_HOME", home.toString());
		return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/**
	 * Leaves out what this machine's environment would add to a run: the launcher's debug mode,
	 * its PDF fonts (the test fonts are given instead) and a team-mode database.
	 */
	private static ProcessBuilder withoutMachineSettings(ProcessBuilder builder) {
		builder.environment().remove("BRIEFDESK_DEBUG");
		builder.environment().keySet().removeIf(name -> name.startsWith("BRIEFDESK_PDF") || name.startsWith("BRIEFDESK_DB"));
		return builder;
	}

	private static List<String> command(String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Xshare:auto");
		// The test fonts, not the machine's (see TestFonts).
		TestFonts.settings().forEach((name, value) -> command.add("-D" + name + "=" + value));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(BriefdeskApplication.class.getName());
		command.addAll(List.of(args));
		return command;
	}

	public static Result run(Path workingDirectory, Path home, String... args) throws IOException, InterruptedException {
		return run(workingDirectory, home, Map.of(), args);
	}

	/** Runs Briefdesk with these environment variables besides BRIEFDESK_HOME (team mode's BRIEFDESK_DB_*). */
	public static Result run(Path workingDirectory, Path home, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		Map<String, String> withHome = new java.util.HashMap<>(environment);
		withHome.put("BRIEFDESK_HOME", home.toString());
		return run(workingDirectory, withHome, "", args);
	}

	/**
	 * Runs Briefdesk with these environment variables set ({@code BRIEFDESK_HOME} is unset
	 * unless given) and {@code stdin} as its input (what an interactive shell reads).
	 */
	public static Result run(Path workingDirectory, Map<String, String> environment, String stdin, String... args)
			throws IOException, InterruptedException {
		List<String> command = command(args);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
		withoutMachineSettings(builder).environment().remove("BRIEFDESK_HOME");
		builder.environment().putAll(environment);
		Path in = Files.createTempFile("briefdesk-in", ".txt");
		Path out = Files.createTempFile("briefdesk-out", ".txt");
		Path err = Files.createTempFile("briefdesk-err", ".txt");
		Files.writeString(in, stdin, StandardCharsets.UTF_8);
		builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("briefdesk " + String.join(" ", args) + " did not finish in 120 s");
		}
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(in);
		Files.delete(out);
		Files.delete(err);
		return result;
	}

}
