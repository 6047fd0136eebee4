package org.briefdesk.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code data import|export|backup|backups|restore}: the library as files. */
@Component
public class DataCommands {

	private static final String GROUP = "Data";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ObjectProvider<LibraryImporter> importer;

	private final ObjectProvider<LibraryExporter> exporter;

	private final ObjectProvider<LibraryBackups> backups;

	private final ObjectProvider<FactRepositories> repositories;

	DataCommands(ObjectProvider<LibraryImporter> importer, ObjectProvider<LibraryExporter> exporter,
			ObjectProvider<LibraryBackups> backups, ObjectProvider<FactRepositories> repositories) {
		this.importer = importer;
		this.exporter = exporter;
		this.backups = backups;
		this.repositories = repositories;
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
			help = "The newest " + LibraryBackups.KEEP + " backups are kept.\n\nExample:\n  data backup")
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

	private static String plural(FactKind kind) {
		return kind == FactKind.PERSON ? "people" : kind.noun() + "s";
	}

}
