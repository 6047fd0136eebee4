package org.briefdesk.shell;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.briefdesk.system.UsageException;

/** The options every {@code export} command shares: which briefing, and the paths given. */
final class ExportOptions {

	private ExportOptions() {
	}

	/** {@code --briefing}, else the briefing in use; a usage error when there is neither. */
	static String briefingId(ShellSession session, String briefing) {
		if (briefing != null && !briefing.isBlank()) {
			return briefing.strip();
		}
		return session.briefingInUse()
			.orElseThrow(() -> new UsageException(
					"no briefing to export; give --briefing ID, or pick one with `briefing use ID`"));
	}

	/** Prints what the export warns about about the pack itself, one {@code warning: …} line each. */
	static void printWarnings(PrintWriter out, List<String> warnings) {
		for (String warning : warnings) {
			out.println("warning: " + warning);
		}
	}

	/** The path an option names, or null when it was not given. */
	static Path path(String value, String option) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Path.of(value.strip());
		}
		catch (InvalidPathException invalid) {
			throw new UsageException(option + " '" + value + "' is not a valid path");
		}
	}

}
