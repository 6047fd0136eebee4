package org.briefdesk.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.LibraryBackups;
import org.briefdesk.facts.LibraryExporter;
import org.briefdesk.facts.LibraryImporter;
import org.briefdesk.facts.LibraryInfo;
import org.briefdesk.system.UsageException;
import org.briefdesk.team.Change;
import org.briefdesk.team.ChangeLog;
import org.briefdesk.team.DatabaseSettings;
import org.briefdesk.team.DatabaseUrls;
import org.briefdesk.team.LibraryCopy;
import org.briefdesk.team.LibraryTables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code data import|export|backup|backups|restore}: the library as files; {@code data
 * info|log|copy}: which store holds it, who changed what, and moving it onto a server.
 */
@Component
public class DataCommands {

	private static final String GROUP = "Data";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ObjectProvider<LibraryImporter> importer;

	private final ObjectProvider<LibraryExporter> exporter;

	private final ObjectProvider<LibraryBackups> backups;

	private final ObjectProvider<FactRepositories> repositories;

	private final ObjectProvider<LibraryInfo> info;

	private final ObjectProvider<ChangeLog> changes;

	private final ObjectProvider<LibraryCopy> copy;

	private final Environment environment;

	DataCommands(ObjectProvider<LibraryImporter> importer, ObjectProvider<LibraryExporter> exporter,
			ObjectProvider<LibraryBackups> backups, ObjectProvider<FactRepositories> repositories,
			ObjectProvider<LibraryInfo> info, ObjectProvider<ChangeLog> changes, ObjectProvider<LibraryCopy> copy,
			Environment environment) {
		this.importer = importer;
		this.exporter = exporter;
		this.backups = backups;
		this.repositories = repositories;
		this.info = info;
		this.changes = changes;
		this.copy = copy;
		this.environment = environment;
	}

	@Command(name = "data import", group = GROUP, description = "Import facts from a YAML or CSV file, or a folder of them",
			help = """
					All or nothing: every file is checked first, and one problem anywhere imports
					nothing; each problem is shown as FILE:LINE: message. The library is backed up
					into the data directory's backups/ first. An id already in the library is
					refused unless --update is given. docs/DATA-FORMAT.md describes the files.

					Examples:
					  data import new-people.csv
					  data import exported/ --update""",
			completionProvider = "importCompletion")
	public void importFiles(@Argument(index = 0, description = "a .yaml, .yml or .csv file, or a folder of them") String path,
			@Option(longName = "update", description = "replace facts whose id is already in the library") boolean update,
			CommandContext context) {
		if (path == null || path.isBlank()) {
			throw new UsageException("give a file or folder to import, e.g. `data import people.yaml`");
		}
		LibraryImporter.Result result = this.importer.getObject().importPath(Path.of(path), update);
		PrintWriter out = context.outputWriter();
		if (result.total() == 0) {
			out.println("nothing to import in " + path);
			return;
		}
		out.println("imported " + result.summary() + " from " + path
				+ result.backup().map(backup -> " (the library as it was is in " + backup + ")").orElse(""));
	}

	@Command(name = "data export", group = GROUP, description = "Export the library into a folder (YAML, or CSV of people and organisations)",
			help = """
					YAML: one file per kind (organisations.yaml, people.yaml, ...), which `data
					import` reads back. CSV: people.csv and organisations.csv for spreadsheets.
					Existing files are not replaced unless --overwrite is given.

					Examples:
					  data export library-2025
					  data export contacts --format csv""")
	public void export(@Argument(index = 0, description = "the folder to write into (created if missing)") String folder,
			@Option(longName = "format", description = "yaml or csv", defaultValue = "yaml") String format,
			@Option(longName = "overwrite", description = "replace files that exist") boolean overwrite,
			CommandContext context) {
		if (folder == null || folder.isBlank()) {
			throw new UsageException("give a folder to export into, e.g. `data export library-export`");
		}
		LibraryExporter.Format chosen;
		try {
			chosen = LibraryExporter.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new UsageException("--format: no format '" + format + "'; use yaml or csv");
		}
		List<LibraryExporter.Written> written = this.exporter.getObject().export(Path.of(folder), chosen, overwrite);
		context.outputWriter()
			.println("exported " + written.stream()
				.map(file -> file.file().getFileName() + " (" + file.entries() + ")")
				.collect(Collectors.joining(", ")) + " into " + folder);
	}

	@Command(name = "data backup", group = GROUP, description = "Back the library up into the data directory's backups/",
			help = "The newest " + LibraryBackups.KEEP + " backups are kept. A library on a database server (team mode)"
					+ "\nis backed up by the server's own tools (pg_dump); there the command says so and\nexits 1.\n\nExample:\n  data backup")
	public void backup(CommandContext context) {
		LibraryBackups.Backup backup = this.backups.getObject().backup(null);
		context.outputWriter().println("backed up the library to " + backup.file());
	}

	@Command(name = "data backups", group = GROUP, description = "List the backups, newest first",
			help = "Example:\n  data backups")
	public void listBackups(CommandContext context) {
		List<LibraryBackups.Backup> backups = this.backups.getObject()
			.list()
			.stream()
			.toList();
		Output out = Output.of(context);
		if (out.json()) {
			out.printJson(backups.stream().map(backup -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("name", backup.name());
				entry.put("taken", backup.taken().toString());
				entry.put("bytes", backup.bytes());
				return entry;
			}).toList());
			return;
		}
		List<List<String>> rows = backups.stream()
			.map(backup -> FactViews.row(backup.name(),
					WHEN.format(backup.taken().atZone(ZoneId.systemDefault())), (backup.bytes() + 1023) / 1024 + " KB"))
			.toList();
		out.table(List.of("NAME", "TAKEN", "SIZE"), rows, "no backups yet; `data backup` makes one");
	}

	@Command(name = "data restore", group = GROUP, description = "Bring a backup back (the newest, or the one named)",
			help = """
					The library as it is is backed up first, so a restore can be undone with
					another restore. `data backups` lists the names.

					Examples:
					  data restore
					  data restore library-20251124-101530-before-import""",
			completionProvider = "backupCompletion")
	public void restore(@Argument(index = 0, description = "the backup's name (default: the newest)") String name,
			CommandContext context) {
		LibraryBackups.Restored restored = this.backups.getObject().restore(name == null || name.isBlank() ? null : name);
		String counts = this.repositories.getObject()
			.counts()
			.entrySet()
			.stream()
			.map(entry -> entry.getValue() + " " + plural(entry.getKey()))
			.collect(Collectors.joining(", "));
		context.outputWriter()
			.println("restored the library from " + restored.from().name() + " (" + counts + ")"
					+ restored.previous()
						.map(previous -> "; the library as it was is in backup " + previous.name())
						.orElse(""));
	}

	@Command(name = "data info", group = GROUP, description = "Say which store holds the library, its schema version and what it holds",
			help = """
					The embedded file or the database server (its URL, never a password, and the
					user), where that was set, the schema version, how many of each kind the
					library holds and the latest change.

					Examples:
					  data info
					  data info --json""")
	public void showInfo(CommandContext context) {
		LibraryInfo.Info about = this.info.getObject().describe();
		Output out = Output.of(context);
		if (out.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("store", about.embedded() ? "embedded" : "server");
			json.put("database", about.store());
			json.put("url", about.url());
			if (about.user() != null) {
				json.put("user", about.user());
			}
			if (about.configuredBy() != null) {
				json.put("set-by", about.configuredBy());
			}
			json.put("schema-version", about.schemaVersion());
			json.put("counts", about.kinds());
			json.put("changes", about.changes());
			about.latest().ifPresent(change -> json.put("latest-change", changeJson(change)));
			out.printJson(json);
			return;
		}
		List<Map.Entry<String, Object>> lines = new ArrayList<>();
		lines.add(Map.entry("store", about.store()));
		if (!about.embedded()) {
			lines.add(Map.entry("url", about.url()));
			lines.add(Map.entry("user", about.user() == null ? "" : about.user()));
		}
		if (about.configuredBy() != null) {
			lines.add(Map.entry("set by", about.configuredBy()));
		}
		lines.add(Map.entry("schema", "version " + about.schemaVersion()));
		lines.add(Map.entry("holds", about.kinds()
			.entrySet()
			.stream()
			.map(kind -> LibraryTables.counted(kind.getKey(), kind.getValue()))
			.collect(Collectors.joining(", "))));
		lines.add(Map.entry("changes", about.changes() + about.latest()
			.map(change -> ", the latest " + ChangeLog.shown(change.changedAt()) + " by " + change.changedBy() + " ("
					+ change.action() + " " + change.kind() + " " + change.itemId() + ")")
			.orElse("")));
		out.record("library", lines);
	}

	@Command(name = "data log", group = GROUP, description = "Show who changed what, newest first",
			help = """
					Every fact, briefing and invitee added, changed or removed, by whom (BRIEFDESK_USER,
					or the operating-system user) and when, with what changed. Times are yours
					(the log keeps UTC).

					Examples:
					  data log
					  data log --fact one-in-three-victims-child-2023
					  data log --since 2025-03-01 --limit 100""")
	public void showLog(@Option(longName = "fact", description = "only the changes of this fact or briefing (id)") String fact,
			@Option(longName = "since", description = "only changes from this day (2025-03-18, 18 March 2025) or time (2025-03-18 14:00) on") String since,
			@Option(longName = "limit", description = "at most this many (default " + ChangeLog.DEFAULT_LIMIT + ")") String limit,
			CommandContext context) {
		ChangeLog.Query query = new ChangeLog.Query(fact == null || fact.isBlank() ? null : fact.strip(),
				ChangeLogTimes.since(since), ChangeLogTimes.limit(limit));
		List<Change> found = this.changes.getObject().latest(query);
		Output out = Output.of(context);
		if (out.json()) {
			out.printJson(found.stream().map(DataCommands::changeJson).toList());
			return;
		}
		List<List<String>> rows = found.stream()
			.map(change -> FactViews.row(ChangeLog.shown(change.changedAt()), change.changedBy(),
					change.kind() + " " + change.itemId(),
					change.action() + (change.version() == null ? "" : " (version " + change.version() + ")")
							+ (change.details() == null ? "" : ": " + change.details())))
			.toList();
		out.table(List.of("WHEN", "WHO", "WHAT", "CHANGE"), rows, query.itemId() != null
				? "no changes of '" + query.itemId() + "'" + (since == null ? "" : " since " + since) + " in the log"
				: "no changes" + (since == null ? "" : " since " + since) + " in the log");
	}

	@Command(name = "data copy", group = GROUP, description = "Copy the library into an empty database on a server (team mode)",
			help = """
					Every fact, briefing, invitee list and the rest, with the change log, into an
					empty PostgreSQL database, which gets the same tables first; one transaction,
					so the copy is whole or not there. A database that holds a library already is
					refused. The user and password come from BRIEFDESK_DB_USER and
					BRIEFDESK_DB_PASSWORD, or the user= and password= lines of database.properties
					in the data directory (readable by you alone), never from the command line.

					Example:
					  data copy --to jdbc:postgresql://db.example.org/briefdesk""")
	public void copy(@Option(longName = "to", description = "the JDBC URL of the empty database (no password in it)") String to,
			CommandContext context) {
		if (to == null || to.isBlank()) {
			throw new UsageException("missing option --to for 'data copy'; e.g. `data copy --to jdbc:postgresql://db.example.org/briefdesk`");
		}
		String home = this.environment.getRequiredProperty("briefdesk.home");
		String user = this.environment.getProperty(DatabaseSettings.USER_PROPERTY);
		if (user == null || user.isBlank()) {
			user = System.getProperty("user.name", "");
		}
		LibraryCopy.Result result = this.copy.getObject()
			.copyTo(to, user, this.environment.getProperty(DatabaseSettings.PASSWORD_PROPERTY),
					this.environment.getProperty("spring.datasource.url", ""),
					DatabaseSettings.passwordAdvice(Path.of(home)));
		String shown = DatabaseUrls.withoutPassword(to.strip());
		Output out = Output.of(context);
		out.println("copied the library to " + shown + ": " + result.summary() + " (" + String.format("%,d", result.rows())
				+ " rows in " + result.tables() + " tables)");
		out.println("to work on it, set " + DatabaseSettings.URL_VARIABLE + "=" + shown + " (or url= in "
				+ DatabaseSettings.FILE + ")");
	}

	private static Map<String, Object> changeJson(Change change) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("at", change.changedAt().toString() + "Z");
		json.put("by", change.changedBy());
		json.put("kind", change.kind());
		json.put("id", change.itemId());
		json.put("action", change.action());
		if (change.version() != null) {
			json.put("version", change.version());
		}
		if (change.details() != null) {
			json.put("details", change.details());
		}
		return json;
	}

	private static String plural(FactKind kind) {
		return kind == FactKind.PERSON ? "people" : kind.noun() + "s";
	}

}
