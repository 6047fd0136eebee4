package org.briefdesk.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where Briefdesk keeps its library, backups, log and history: {@code BRIEFDESK_HOME}, or
 * {@code ~/.briefdesk}. Never the current directory, so that running a command leaves the
 * user's folder as it was.
 *
 * @param path the directory
 * @param isDefault whether it is the default {@code ~/.briefdesk}
 * @param wasEmpty whether it was absent or empty when Briefdesk started (before the log file
 * was written into it): only then may a new library be created there
 */
public record DataDirectory(Path path, boolean isDefault, boolean wasEmpty) {

	public static final String ENVIRONMENT_VARIABLE = "BRIEFDESK_HOME";

	/** The property that carries {@link #refusal()} into the application, when there is one. */
	public static final String REFUSAL_PROPERTY = "briefdesk.home-refusal";

	public static DataDirectory fromEnvironment(Map<String, String> environment) {
		String configured = environment.get(ENVIRONMENT_VARIABLE);
		Path path;
		boolean isDefault;
		if (configured != null && !configured.isBlank()) {
			path = Path.of(configured).toAbsolutePath().normalize();
			isDefault = false;
		}
		else {
			// HOME as the shell has it (a user who sets HOME expects ~ to follow); Java's
			// user.home comes from the password database and ignores it.
			String home = environment.get("HOME");
			path = Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".briefdesk")
				.toAbsolutePath()
				.normalize();
			isDefault = true;
		}
		return new DataDirectory(path, isDefault, isAbsentOrEmpty(path));
	}

	/**
	 * Why this data directory cannot be used, in one line saying what to do; empty when it can.
	 * A configured folder must exist: a mistyped {@code BRIEFDESK_HOME} would otherwise become
	 * a new, empty library the user takes for theirs. Only the default {@code ~/.briefdesk} is
	 * made when missing, and only inside an existing home folder.
	 */
	public Optional<String> refusal() {
		String named = this.isDefault ? "the data directory" : ENVIRONMENT_VARIABLE;
		if (Files.exists(this.path) && !Files.isDirectory(this.path)) {
			return Optional.of(this.path + " (" + named + ") is a file, not a folder; "
					+ (this.isDefault ? "move the file away, or set " + ENVIRONMENT_VARIABLE + " to a folder"
							: "set " + ENVIRONMENT_VARIABLE + " to a folder, or unset it to use ~/.briefdesk"));
		}
		if (Files.exists(this.path)) {
			return Optional.empty();
		}
		Path parent = this.path.getParent();
		boolean parentExists = parent == null || Files.isDirectory(parent);
		if (this.isDefault) {
			return parentExists ? Optional.empty()
					: Optional.of("there is no home folder " + parent + " (HOME) to keep .briefdesk in; set HOME, or set "
							+ ENVIRONMENT_VARIABLE + " to an existing folder");
		}
		return Optional.of("there is no folder " + this.path + " (" + ENVIRONMENT_VARIABLE + "); check the path, create it ("
				+ (parentExists ? "mkdir " : "mkdir -p ") + this.path + ") to start a new library there, or unset "
				+ ENVIRONMENT_VARIABLE + " to use ~/.briefdesk");
	}

	private static boolean isAbsentOrEmpty(Path path) {
		if (!Files.isDirectory(path)) {
			return !Files.exists(path);
		}
		try (Stream<Path> entries = Files.list(path)) {
			return entries.findAny().isEmpty();
		}
		catch (IOException unreadable) {
			return false;
		}
	}

}
