package org.briefdesk.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
