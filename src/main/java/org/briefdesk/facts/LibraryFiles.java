package org.briefdesk.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.env.Environment;

/**
 * Where the library lives: the database URL from {@code spring.datasource.url}, and for the
 * embedded H2 store its file ({@code <home>/library.mv.db}) and the backups folder beside it.
 * Decides whether a missing library may be created: only the default one, and only in a data
 * directory that shows no sign of an earlier library.
 *
 * @param home the data directory
 * @param url the JDBC URL
 * @param h2Base the H2 database path without its {@code .mv.db} suffix, when the library is an H2 file
 */
public record LibraryFiles(Path home, String url, Optional<Path> h2Base) {

	static final String LIBRARY_NAME = "library";

	static final String BACKUPS = "backups";

	public static LibraryFiles from(Environment environment) {
		Path home = Path.of(environment.getRequiredProperty("briefdesk.home")).toAbsolutePath().normalize();
		String url = environment.getProperty("spring.datasource.url", "");
		return new LibraryFiles(home, url, h2FileBase(url));
	}

	/** The path of an H2 file database named by a URL ({@code jdbc:h2:file:/x/library;...}); empty for others. */
	static Optional<Path> h2FileBase(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String rest = url.substring("jdbc:h2:".length());
		int settings = rest.indexOf(';');
		String location = settings >= 0 ? rest.substring(0, settings) : rest;
		String lowerLocation = location.toLowerCase(Locale.ROOT);
		if (lowerLocation.startsWith("mem:") || lowerLocation.startsWith("tcp:") || lowerLocation.startsWith("ssl:")
				|| lowerLocation.startsWith("zip:")) {
			return Optional.empty();
		}
		if (lowerLocation.startsWith("file:")) {
			location = location.substring("file:".length());
		}
		if (location.startsWith("~")) {
			location = System.getProperty("user.home") + location.substring(1);
		}
		return Optional.of(Path.of(location).toAbsolutePath().normalize());
	}

	public boolean isH2File() {
		return this.h2Base.isPresent();
	}

	/** The H2 database file ({@code library.mv.db}). */
	public Path databaseFile() {
		return this.h2Base.map(base -> base.resolveSibling(base.getFileName() + ".mv.db"))
			.orElseThrow(() -> new IllegalStateException("the library is not an H2 file"));
	}

	/** Whether the library is the default one in the data directory (not a path configured elsewhere). */
	public boolean isDefault() {
		return this.h2Base.map(base -> base.equals(this.home.resolve(LIBRARY_NAME))).orElse(false);
	}

	public Path backupsDirectory() {
		return this.home.resolve(BACKUPS);
	}

	public boolean exists() {
		return isH2File() && Files.isRegularFile(databaseFile());
	}

	/** Whether the data directory holds traces of a library that is gone: its backups. */
	public boolean hasTracesOfEarlierLibrary() {
		return Files.exists(backupsDirectory());
	}

	/** The URL that may create the database: the configured one without {@code IFEXISTS=TRUE}. */
	String creatingUrl() {
		return this.url.replaceAll("(?i);IFEXISTS=TRUE", "");
	}

}
