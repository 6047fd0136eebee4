package org.briefdesk.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Briefdesk's settings in one place, bound from {@code briefdesk.*} properties.
 *
 * @param home the data directory (library, backups, log, history)
 * @param homeWasEmpty whether the data directory was absent or empty at start, see
 * {@link DataDirectory#wasEmpty()}
 * @param homeIsDefault whether the data directory is the default {@code ~/.briefdesk}
 * @param version the program's version, filled in by the build
 * @param staleFigureYears a figure whose source is older than this many years is flagged
 */
@ConfigurationProperties(prefix = "briefdesk")
public record BriefdeskProperties(Path home, boolean homeWasEmpty, boolean homeIsDefault, String version,
		int staleFigureYears) {

	public BriefdeskProperties {
		if (staleFigureYears <= 0) {
			staleFigureYears = 5;
		}
	}

}
