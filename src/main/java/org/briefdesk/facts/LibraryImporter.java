package org.briefdesk.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.team.ChangeLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.OrderComparator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports YAML and CSV files into the library, all or nothing: every file is read and every
 * kind of entry checked (facts first, then the entries other features add) before anything is
 * written; one problem anywhere and nothing is imported, and the refusal lists every
 * problem as {@code file:line: message}. A user's import backs the library up first. Imports
 * into one library run one at a time (the lock of {@code V8__versions_and_change_log.sql}).
 */
@Service
public class LibraryImporter {

	/** The content of one file to import, and the name problems are reported under. */
	public record Source(String name, byte[] content) {
	}

	/** How many entries of each kind were written, and the backup taken first (if any). */
	public record Result(Map<String, Integer> counts, Optional<Path> backup) {

		public int total() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** "18 organisations, 18 people, 3 priority sets, ..." (kinds with nothing left out). */
		public String summary() {
			return this.counts.entrySet()
				.stream()
				.filter(entry -> entry.getValue() > 0)
				.sorted(Comparator.comparingInt(
						entry -> FactKind.parse(entry.getKey()).map(Enum::ordinal).orElse(FactKind.values().length)))
				.map(entry -> counted(entry.getKey(), entry.getValue()))
				.collect(Collectors.joining(", "));
		}

		private static String counted(String key, int count) {
			Optional<FactKind> kind = FactKind.parse(key);
			if (kind.isEmpty()) {
				return count + " " + key;
			}
			String noun = kind.get().noun();
			String plural = kind.get() == FactKind.PERSON ? "people" : noun + "s";
			return count + " " + (count == 1 ? noun : plural);
		}

	}

	/** Where the sample library's files are named from (see {@link SampleLibrary#sources()}). */
	static final String SAMPLE_PREFIX = "briefdesk/data/";

	private static final String SAMPLE_LIBRARY = "sample library";

	private final List<LibraryEntries> kinds;

	private final FactRepositories repositories;

	private final TransactionTemplate transactions;

	/**
	 * The sample library's transaction: loading it is triggered by the first statement any
	 * feature runs on a new library, maybe inside that feature's own transaction (an import
	 * that is then refused); the samples commit on their own, so that a rollback there never
	 * takes them with it.
	 */
	private final TransactionTemplate separateTransactions;

	private final ObjectProvider<LibraryBackups> backups;

	private final ChangeLog changes;

	private final ObjectProvider<JdbcClient> jdbc;

	public LibraryImporter(List<LibraryEntries> kinds, FactRepositories repositories,
			PlatformTransactionManager transactionManager, ObjectProvider<LibraryBackups> backups, ChangeLog changes,
			ObjectProvider<JdbcClient> jdbc) {
		List<LibraryEntries> ordered = new ArrayList<>(kinds);
		ordered.sort(OrderComparator.INSTANCE);
		this.kinds = List.copyOf(ordered);
		this.repositories = repositories;
		this.transactions = new TransactionTemplate(transactionManager);
		this.separateTransactions = new TransactionTemplate(transactionManager);
		this.separateTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.backups = backups;
		this.changes = changes;
		this.jdbc = jdbc;
	}

	/** The top-level keys of the data files, in the order they are checked and written. */
	public List<String> entryKeys() {
		return this.kinds.stream().map(LibraryEntries::key).toList();
	}

	/**
	 * Imports a file or every {@code .yaml}, {@code .yml} and {@code .csv} file in a folder
	 * (not its sub-folders), after a backup of the library.
	 * @param update whether an entry whose id is in the library replaces the stored fact
	 * @throws ImportRefusedException listing every problem, when there is one; nothing is imported then
	 */
	public Result importPath(Path path, boolean update) {
		return importSources(sourcesAt(path), update, true, "import of " + path);
	}

	/** Imports files already read (the sample library, tests). */
	public Result importSources(List<Source> sources, boolean update, boolean backupFirst) {
		boolean samples = !sources.isEmpty()
				&& sources.stream().allMatch(source -> source.name().startsWith(SAMPLE_PREFIX));
		String how = samples ? SAMPLE_LIBRARY
				: sources.size() == 1 ? "import of " + sources.get(0).name() : "import of " + sources.size() + " files";
		return importSources(sources, update, backupFirst, how);
	}

	/**
	 * Reads every file, then, in one transaction that first takes the library's import lock,
	 * checks every entry against the library and writes them all. A second import into the same
	 * library (another Briefdesk, another member of staff) waits for the lock, and is then
	 * checked against what the first one wrote: neither ever sees half of the other, and each is
	 * whole or absent.
	 * @param how what the change log says the changes came from ("import of people.csv")
	 */
	private Result importSources(List<Source> sources, boolean update, boolean backupFirst, String how) {
		Problems problems = new Problems();
		Map<String, List<DataNode.Mapping>> entries = new LinkedHashMap<>();
		entryKeys().forEach(key -> entries.put(key, new ArrayList<>()));
		Map<String, List<String>> csvColumns = Map.of(FactKind.PERSON.plural(), FactFormat.PERSON.keys(),
				FactKind.ORGANISATION.plural(), FactFormat.ORGANISATION.keys());
		for (Source source : sources) {
			Map<String, LibraryFileReader.FileEntries> fileEntries = LibraryFileReader.read(source.name(),
					source.content(), csvColumns, problems);
			fileEntries.forEach((key, inFile) -> {
				if (entries.containsKey(key)) {
					entries.get(key).addAll(inFile.entries());
				}
				else {
					problems.add(inFile.file(), inFile.line(), "unknown section '" + key + "'; a file may hold "
							+ String.join(", ", entryKeys()));
				}
			});
		}
		TransactionTemplate transaction = SAMPLE_LIBRARY.equals(how) ? this.separateTransactions : this.transactions;
		return transaction.execute(status -> {
			lockImports();
			ImportContext context = new ImportContext(problems, update, kind -> this.repositories.of(kind).ids());
			Map<String, LibraryEntries.Prepared> prepared = new LinkedHashMap<>();
			for (LibraryEntries kind : this.kinds) {
				prepared.put(kind.key(), kind.prepare(entries.get(kind.key()), context));
			}
			if (!problems.isEmpty()) {
				throw new ImportRefusedException(problems.list());
			}
			Map<String, Integer> counts = new LinkedHashMap<>();
			prepared.forEach((key, kind) -> counts.put(key, kind.count()));
			if (counts.values().stream().allMatch(count -> count == 0)) {
				return new Result(counts, Optional.empty());
			}
			Optional<Path> backup = Optional.empty();
			if (backupFirst) {
				backup = this.backups.getObject().backupIfPossible("before-import");
			}
			this.changes.during(how, () -> {
				prepared.values().forEach(LibraryEntries.Prepared::write);
				return null;
			});
			return new Result(counts, backup);
		});
	}

	/** Waits until no other import holds the library's import lock, then holds it until this transaction ends. */
	private void lockImports() {
		this.jdbc.getObject()
			.sql("select name from library_lock where name = 'import' for update")
			.query(String.class)
			.list();
	}

	private static List<Source> sourcesAt(Path path) {
		if (!Files.exists(path)) {
			throw new BriefdeskException("no file or folder " + path + "; check the path");
		}
		List<Path> files;
		if (Files.isDirectory(path)) {
			try (Stream<Path> listed = Files.list(path)) {
				files = listed.filter(Files::isRegularFile)
					.filter(file -> !file.getFileName().toString().startsWith("."))
					.filter(LibraryImporter::isImportable)
					.sorted(Comparator.comparing(Path::toString))
					.toList();
			}
			catch (IOException unreadable) {
				throw new BriefdeskException("cannot read the folder " + path + ": " + unreadable.getMessage());
			}
			if (files.isEmpty()) {
				throw new BriefdeskException("no .yaml or .csv files in " + path + "; `data export DIR` shows the format");
			}
		}
		else {
			if (!isImportable(path)) {
				throw new BriefdeskException(path + " is not a .yaml, .yml or .csv file; see docs/DATA-FORMAT.md");
			}
			files = List.of(path);
		}
		List<Source> sources = new ArrayList<>();
		for (Path file : files) {
			try {
				long size = Files.size(file);
				if (size > LibraryFileReader.MAX_BYTES) {
					// refused before it is read
					throw new ImportRefusedException(List.of(new Problem(file.toString(), 0,
							"the file is larger than 10 MB (" + size / (1024 * 1024) + " MB); split it into smaller files")));
				}
				sources.add(new Source(file.toString(), Files.readAllBytes(file)));
			}
			catch (NoSuchFileException gone) {
				throw new BriefdeskException("no file " + file + "; check the path");
			}
			catch (IOException unreadable) {
				throw new BriefdeskException("cannot read " + file + ": " + unreadable.getMessage());
			}
		}
		return sources;
	}

	private static boolean isImportable(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".csv");
	}

}
