package org.briefdesk.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.team.DatabaseUrls;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;

/**
 * Backups of the embedded library: H2's online backup ({@link H2OnlineBackup}) into
 * {@code <home>/backups/library-<date>-<time>[-reason].zip}, keeping the newest five; and
 * restoring one, which first backs up the library as it is, so that a restore can be undone.
 * A library on a database server is backed up with the server's own tools.
 */
@Service
public class LibraryBackups {

	/** How many backups are kept; older ones are deleted after a new one is made. */
	public static final int KEEP = 5;

	private static final Log log = LogFactory.getLog(LibraryBackups.class);

	static final Pattern NAME = Pattern.compile("library-\\d{8}-\\d{6}(-[a-z0-9-]+)?\\.zip");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/** One backup file. */
	public record Backup(String name, Path file, long bytes, Instant taken) {
	}

	/** What a restore did: the backup brought back, and the backup of the library it replaced. */
	public record Restored(Backup from, Optional<Backup> previous) {
	}

	private final LibraryOpener opener;

	private final ObjectProvider<JdbcClient> jdbc;

	private final ObjectProvider<Flyway> flyway;

	private final ObjectProvider<DataSource> dataSource;

	private final Clock clock;

	@org.springframework.beans.factory.annotation.Autowired
	public LibraryBackups(LibraryOpener opener, ObjectProvider<JdbcClient> jdbc, ObjectProvider<Flyway> flyway,
			ObjectProvider<DataSource> dataSource) {
		this(opener, jdbc, flyway, dataSource, Clock.systemDefaultZone());
	}

	LibraryBackups(LibraryOpener opener, ObjectProvider<JdbcClient> jdbc, ObjectProvider<Flyway> flyway,
			ObjectProvider<DataSource> dataSource, Clock clock) {
		this.opener = opener;
		this.jdbc = jdbc;
		this.flyway = flyway;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** The backups, newest first. Does not open the library. */
	public List<Backup> list() {
		Path folder = embeddedFiles().backupsDirectory();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Backup> backups = new ArrayList<>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path file : entries.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList()) {
				backups.add(new Backup(file.getFileName().toString(), file, Files.size(file),
						Files.getLastModifiedTime(file).toInstant()));
			}
		}
		catch (IOException unreadable) {
			throw new BriefdeskException("cannot read the backups in " + folder + ": " + unreadable.getMessage());
		}
		backups.sort(Comparator.comparing(Backup::taken).thenComparing(Backup::name).reversed());
		return backups;
	}

	/** Backs the library up now; {@code reason} ends the file name ("before-import"), or null. */
	public Backup backup(String reason) {
		LibraryFiles files = embeddedFiles();
		Path folder = files.backupsDirectory();
		// Open (or on a first start, create) the library before the backups folder exists: a
		// folder of backups beside a missing library means "restore", not "create".
		JdbcClient jdbc = this.jdbc.getObject();
		jdbc.sql("select count(*) from organisation").query(Integer.class).single();
		try {
			Files.createDirectories(folder);
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot create the backups folder " + folder + ": " + failed.getMessage());
		}
		String stamp = LocalDateTime.now(this.clock).format(STAMP);
		String suffix = reason == null || reason.isBlank() ? "" : "-" + reason;
		Path target = folder.resolve("library-" + stamp + suffix + ".zip");
		for (int n = 2; Files.exists(target); n++) {
			target = folder.resolve("library-" + stamp + suffix + "-" + n + ".zip");
		}
		write(target, jdbc);
		log.info("backed up the library to " + target);
		prune();
		try {
			return new Backup(target.getFileName().toString(), target, Files.size(target),
					Files.getLastModifiedTime(target).toInstant());
		}
		catch (IOException gone) {
			throw new BriefdeskException("the backup " + target + " was not written: " + gone.getMessage());
		}
	}

	/**
	 * Writes the backup whole or not at all (a hidden temporary file beside it, then a link),
	 * with {@link H2OnlineBackup}; with H2's own {@code BACKUP TO} if the connection is not one
	 * it can use.
	 */
	private void write(Path target, JdbcClient jdbc) {
		DataSource dataSource = this.dataSource.getObject();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (H2OnlineBackup.supports(connection)) {
				try {
					AtomicFiles.write(target, false, out -> H2OnlineBackup.write(connection, out));
				}
				catch (org.briefdesk.system.CannotWriteException failed) {
					if (!failed.ofTheFolder() || !(failed.getCause() instanceof IOException cause)) {
						throw failed;
					}
					// the backups folder is the library's own: --out is no way out
					throw new BriefdeskException("could not back up the library into " + target.getParent() + ": "
							+ AtomicFiles.why(target.getParent(), cause)
							+ "; free some space or make the data directory writable (nothing was changed)", failed);
				}
				return;
			}
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		jdbc.sql("BACKUP TO '" + target.toString().replace("'", "''") + "'").update();
	}

	/** A backup when the library is an H2 file; nothing (logged) on a database server. */
	Optional<Path> backupIfPossible(String reason) {
		if (!this.opener.files().isH2File()) {
			log.info("no backup before " + reason + ": the library is on a database server");
			return Optional.empty();
		}
		return Optional.of(backup(reason).file());
	}

	/**
	 * Brings a backup back: {@code name} as {@link #list()} shows it (with or without
	 * {@code .zip}), or the newest when null. The backup is checked before the library is
	 * touched; the library as it was is backed up first.
	 */
	public Restored restore(String name) {
		LibraryFiles files = embeddedFiles();
		Backup chosen = choose(name);
		Path candidate = extract(chosen, files);
		try {
			check(candidate, chosen);
			Optional<Backup> previous = Optional.empty();
			if (files.exists()) {
				previous = Optional.of(backup("before-restore"));
				LibraryDataSource open = this.opener.opened()
					.orElseThrow(() -> new IllegalStateException("the library was backed up but is not open"));
				open.whileClosed(() -> replace(candidate, files.databaseFile()));
			}
			else {
				replace(candidate, files.databaseFile());
			}
			// A backup made by an older Briefdesk is brought up to the current schema.
			this.flyway.getObject().migrate();
			return new Restored(chosen, previous);
		}
		finally {
			deleteQuietly(candidate);
		}
	}

	private Backup choose(String name) {
		List<Backup> backups = list();
		Path folder = embeddedFiles().backupsDirectory();
		if (backups.isEmpty()) {
			throw new BriefdeskException("there are no backups in " + folder + "; `data backup` makes one");
		}
		if (name == null || name.isBlank()) {
			return backups.get(0);
		}
		String wanted = name.strip().endsWith(".zip") ? name.strip() : name.strip() + ".zip";
		return backups.stream()
			.filter(backup -> backup.name().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new BriefdeskException(
					"no backup '" + name + "' in " + folder + "; `data backups` lists them"));
	}

	private static Path extract(Backup backup, LibraryFiles files) {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup.file()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (!entry.isDirectory() && entry.getName().endsWith(".mv.db") && !entry.getName().contains("/")
						&& !entry.getName().contains("\\")) {
					Path candidate = Files.createTempFile(files.home(), ".restore-", ".mv.db");
					copy(zip, candidate);
					return candidate;
				}
			}
		}
		catch (IOException unreadable) {
			throw new BriefdeskException("the backup " + backup.name() + " cannot be read (" + unreadable.getMessage()
					+ "); choose another from `data backups`");
		}
		throw new BriefdeskException("the backup " + backup.name()
				+ " holds no library; choose another from `data backups`");
	}

	private static void copy(InputStream in, Path target) throws IOException {
		Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Opens the extracted file on its own, read-only, to make sure it is a Briefdesk library. */
	private static void check(Path candidate, Backup backup) {
		String file = candidate.toString();
		String base = file.substring(0, file.length() - ".mv.db".length());
		String url = "jdbc:h2:file:" + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from organisation")) {
			rs.next();
		}
		catch (SQLException notALibrary) {
			throw new BriefdeskException("the backup " + backup.name()
					+ " does not hold a Briefdesk library that opens; choose another from `data backups`", notALibrary);
		}
	}

	private static void replace(Path candidate, Path databaseFile) {
		try {
			try {
				Files.move(candidate, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException notAtomic) {
				Files.move(candidate, databaseFile, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException failed) {
			throw new BriefdeskException("could not put the backup in place of " + databaseFile + ": "
					+ failed.getMessage(), failed);
		}
	}

	private void prune() {
		List<Backup> backups = list();
		for (Backup old : backups.subList(Math.min(KEEP, backups.size()), backups.size())) {
			deleteQuietly(old.file());
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a leftover temporary or old backup file is harmless
		}
	}

	private LibraryFiles embeddedFiles() {
		LibraryFiles files = this.opener.files();
		if (!files.isH2File()) {
			String database = DatabaseUrls.database(files.url()).orElse("DATABASE");
			throw new BriefdeskException("the library is on a database server (" + DatabaseUrls.withoutPassword(files.url())
					+ "), where backups are the server's job: `pg_dump --format=custom --file=briefdesk.dump " + database
					+ "` makes one and `pg_restore` brings it back (README: Team mode)");
		}
		return files;
	}

}
