package org.briefdesk.team;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.UsageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * {@code data copy --to URL}: the library as it is, every table and row, into an empty
 * database on a server, where the same migrations have made the same tables first. Tables are
 * read from the database's own description ({@link LibraryTables}), so whatever a feature's
 * migration adds is copied without being named here; each table comes after the ones it refers
 * to, and rows that refer to rows of their own table after those. The copy is one transaction
 * on the target: it is whole, with the same number of rows in every table (checked before it
 * is committed), or nothing is left but the empty tables. A database that already holds a
 * library, or other tables, is refused.
 */
@Service
public class LibraryCopy {

	private static final Log log = LogFactory.getLog(LibraryCopy.class);

	private static final int BATCH = 500;

	/** What a copy wrote: the kinds with their rows, and every row of every table. */
	public record Result(String url, Map<String, Long> kinds, long rows, int tables) {

		/** "18 organisations, 27 people, ..., 5 briefings". */
		public String summary() {
			return this.kinds.entrySet()
				.stream()
				.map(kind -> LibraryTables.counted(kind.getKey(), kind.getValue()))
				.collect(Collectors.joining(", "));
		}

	}

	private final ObjectProvider<DataSource> source;

	private final ObjectProvider<Flyway> flyway;

	private final ChangeLog changes;

	public LibraryCopy(ObjectProvider<DataSource> source, ObjectProvider<Flyway> flyway, ChangeLog changes) {
		this.source = source;
		this.flyway = flyway;
		this.changes = changes;
	}

	/**
	 * Copies the library into the empty database at {@code url}.
	 * @param sourceUrl the library's own URL (a copy onto itself is refused)
	 * @param passwordAdvice where the user sets the password, for the refusal of a wrong one
	 */
	public Result copyTo(String url, String user, String password, String sourceUrl, String passwordAdvice) {
		String target = url == null ? "" : url.strip();
		if (target.isEmpty()) {
			throw new UsageException("give the database to copy into, e.g. `data copy --to jdbc:postgresql://db.example.org/briefdesk`");
		}
		if (DatabaseUrls.hasPassword(target)) {
			throw new UsageException("--to: the URL holds a password, which a command line shows to others and keeps in"
					+ " the history; take it out and set " + DatabaseSettings.PASSWORD_VARIABLE + " or the password in "
					+ DatabaseSettings.FILE);
		}
		if (!target.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:")) {
			throw new UsageException("--to: '" + DatabaseUrls.withoutPassword(target)
					+ "' is not a database URL; write jdbc:postgresql://HOST/DATABASE");
		}
		if (target.equals(sourceUrl)) {
			throw new BriefdeskException("--to names the library itself; give the URL of another, empty database");
		}
		// The first statement through the application's client opens the library (a first
		// start loads the sample facts into it) before its rows are read here.
		this.changes.count();
		String shown = DatabaseUrls.withoutPassword(target);
		try (Connection to = open(target, user, password, passwordAdvice)) {
			checkEmpty(to, shown);
			checkEncoding(to, shown);
			migrate(target, user, password, shown);
			return copy(to, target, shown);
		}
		catch (SQLException failed) {
			throw new BriefdeskException("could not copy the library to " + shown + ": " + failed.getMessage()
					+ "; nothing was copied", failed);
		}
	}

	private static Connection open(String url, String user, String password, String passwordAdvice) {
		try {
			return DriverManager.getConnection(url, user, password == null ? "" : password);
		}
		catch (SQLException failed) {
			Optional<String> known = DatabaseErrors.describe(failed, url, user, passwordAdvice);
			if (known.isPresent()) {
				throw new BriefdeskException(known.get(), failed);
			}
			if ("08001".equals(failed.getSQLState()) && failed.getMessage() != null
					&& failed.getMessage().startsWith("No suitable driver")) {
				throw new UsageException("--to: no database driver for " + DatabaseUrls.withoutPassword(url)
						+ "; Briefdesk copies to PostgreSQL: jdbc:postgresql://HOST/DATABASE");
			}
			throw new BriefdeskException("cannot open the database " + DatabaseUrls.withoutPassword(url) + " ("
					+ failed.getMessage() + ")", failed);
		}
	}

	/** Refuses a database with a library that has rows in it, or with tables that are not a library's. */
	private static void checkEmpty(Connection to, String shown) throws SQLException {
		List<LibraryTables.Table> tables = LibraryTables.read(to);
		if (tables.isEmpty()) {
			return;
		}
		boolean library = tables.stream().anyMatch(table -> table.name().equals(LibraryTables.SCHEMA_HISTORY));
		if (!library) {
			throw new BriefdeskException("the database " + shown + " holds other tables ("
					+ tables.stream().limit(5).map(LibraryTables.Table::name).collect(Collectors.joining(", "))
					+ (tables.size() > 5 ? ", ..." : "") + "); copy into an empty database");
		}
		List<String> held = new ArrayList<>();
		for (LibraryTables.Table table : tables) {
			if (!LibraryTables.MADE_BY_MIGRATIONS.contains(table.name()) && table.isKind()) {
				long rows = LibraryTables.count(to, table.name());
				if (rows > 0) {
					held.add(LibraryTables.counted(table.name(), rows));
				}
			}
		}
		if (held.isEmpty()) {
			for (LibraryTables.Table table : tables) {
				if (!LibraryTables.MADE_BY_MIGRATIONS.contains(table.name()) && LibraryTables.count(to, table.name()) > 0) {
					held.add(table.name());
				}
			}
		}
		if (!held.isEmpty()) {
			throw new BriefdeskException("the database " + shown + " already holds a library (" + String.join(", ", held)
					+ "); a copy goes only into an empty database, and nothing was copied");
		}
	}

	/** A server database must keep every script: names in Cyrillic, Arabic, CJK. */
	private static void checkEncoding(Connection to, String shown) throws SQLException {
		if (!DatabaseUrls.isPostgres(to.getMetaData().getURL())) {
			return;
		}
		try (Statement statement = to.createStatement(); ResultSet rs = statement.executeQuery("show server_encoding")) {
			rs.next();
			String encoding = rs.getString(1);
			if (!"UTF8".equalsIgnoreCase(encoding)) {
				throw new BriefdeskException("the database " + shown + " stores text as " + encoding
						+ ", which loses names in other scripts; create it with `createdb --encoding=UTF8 --template=template0`");
			}
		}
	}

	/** The same migrations, with the same data steps, as the library itself was made with. */
	private void migrate(String url, String user, String password, String shown) {
		try {
			Flyway.configure()
				.configuration(this.flyway.getObject().getConfiguration())
				.dataSource(url, user, password == null ? "" : password)
				.load()
				.migrate();
		}
		catch (FlywayException failed) {
			throw new BriefdeskException("could not make the library's tables in " + shown + ": "
					+ failed.getMessage().lines().findFirst().orElse("") + "; nothing was copied", failed);
		}
	}

	private Result copy(Connection to, String url, String shown) throws SQLException {
		DataSource from = this.source.getObject();
		try (Connection in = from.getConnection()) {
			in.setAutoCommit(false);
			if (in.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)) {
				// one consistent picture of the library, whatever anyone writes meanwhile
				in.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			}
			to.setAutoCommit(false);
			try {
				List<LibraryTables.Table> copied = new ArrayList<>();
				Result result = copyTables(in, to, url, copied);
				// PostgreSQL changes tables inside a transaction; H2 commits first, so there the
				// identity columns are moved on once the rows are in.
				boolean transactionalDdl = to.getMetaData().supportsDataDefinitionAndDataManipulationTransactions();
				if (!transactionalDdl) {
					to.commit();
				}
				for (LibraryTables.Table table : copied) {
					restartIdentities(to, table);
				}
				recordCopy(to, in.getMetaData().getURL());
				to.commit();
				in.commit();
				log.info("copied the library to " + shown + ": " + result.rows() + " rows in " + result.tables() + " tables");
				return result;
			}
			catch (SQLException | RuntimeException failed) {
				to.rollback();
				in.rollback();
				throw failed;
			}
		}
	}

	private Result copyTables(Connection in, Connection to, String url, List<LibraryTables.Table> copiedTables)
			throws SQLException {
		Map<String, LibraryTables.Table> targetTables = new LinkedHashMap<>();
		for (LibraryTables.Table table : LibraryTables.read(to)) {
			targetTables.put(table.name(), table);
		}
		Map<String, Long> kinds = new LinkedHashMap<>();
		long rows = 0;
		int tables = 0;
		for (LibraryTables.Table table : LibraryTables.read(in)) {
			if (LibraryTables.MADE_BY_MIGRATIONS.contains(table.name())) {
				continue;
			}
			LibraryTables.Table target = targetTables.get(table.name());
			if (target == null || !target.columns().containsAll(table.columns())) {
				throw new BriefdeskException("the database " + DatabaseUrls.withoutPassword(url) + " has no table "
						+ table.name() + " like the library's; is it a library of another Briefdesk version?");
			}
			long copied = copyRows(in, to, table);
			long counted = LibraryTables.count(to, table.name());
			if (counted != copied || counted != LibraryTables.count(in, table.name())) {
				throw new BriefdeskException("the copy of " + table.name() + " has " + counted + " rows instead of "
						+ copied + "; nothing was copied");
			}
			copiedTables.add(target);
			if (table.isKind()) {
				kinds.put(table.name(), copied);
			}
			rows += copied;
			tables++;
		}
		return new Result(url, LibraryTables.inKindOrder(kinds), rows, tables);
	}

	private static long copyRows(Connection in, Connection to, LibraryTables.Table table) throws SQLException {
		String columns = String.join(", ", table.columns());
		List<Object[]> rows = new ArrayList<>();
		try (Statement select = in.createStatement();
				ResultSet rs = select.executeQuery("select " + columns + " from " + table.name()
						+ (table.primaryKey().isEmpty() ? "" : " order by " + String.join(", ", table.primaryKey())))) {
			int width = table.columns().size();
			while (rs.next()) {
				Object[] row = new Object[width];
				for (int i = 0; i < width; i++) {
					row[i] = rs.getObject(i + 1);
				}
				rows.add(row);
			}
		}
		List<Object[]> ordered = referencedRowsFirst(table, rows);
		String placeholders = table.columns().stream().map(column -> "?").collect(Collectors.joining(", "));
		try (PreparedStatement insert = to
			.prepareStatement("insert into " + table.name() + " (" + columns + ") values (" + placeholders + ")")) {
			int pending = 0;
			for (Object[] row : ordered) {
				for (int i = 0; i < row.length; i++) {
					insert.setObject(i + 1, row[i]);
				}
				insert.addBatch();
				if (++pending == BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
		}
		return ordered.size();
	}

	/**
	 * The rows in an order where a row that refers to another row of its table (an
	 * organisation's parent) comes after it: the references are checked row by row.
	 */
	private static List<Object[]> referencedRowsFirst(LibraryTables.Table table, List<Object[]> rows) {
		List<LibraryTables.Reference> selves = table.selfReferences();
		if (selves.isEmpty()) {
			return rows;
		}
		List<int[]> links = new ArrayList<>();
		for (LibraryTables.Reference reference : selves) {
			links.add(new int[] { table.columns().indexOf(reference.columns().get(0)),
					table.columns().indexOf(reference.referencedColumns().get(0)) });
		}
		List<Object[]> ordered = new ArrayList<>();
		List<Object[]> waiting = new ArrayList<>(rows);
		Map<Integer, Set<Object>> placed = new LinkedHashMap<>();
		links.forEach(link -> placed.put(link[1], new HashSet<>()));
		while (!waiting.isEmpty()) {
			int before = waiting.size();
			for (java.util.Iterator<Object[]> it = waiting.iterator(); it.hasNext();) {
				Object[] row = it.next();
				boolean ready = links.stream()
					.allMatch(link -> row[link[0]] == null || placed.get(link[1]).contains(row[link[0]]));
				if (ready) {
					ordered.add(row);
					links.forEach(link -> placed.get(link[1]).add(row[link[1]]));
					it.remove();
				}
			}
			if (waiting.size() == before) {
				// a reference to a row that is not there, or a circle: the database refuses it, with its reason
				ordered.addAll(waiting);
				break;
			}
		}
		return ordered;
	}

	/** The next number an identity column gives: after the highest copied one. */
	private static void restartIdentities(Connection to, LibraryTables.Table table) throws SQLException {
		for (String column : table.identityColumns()) {
			long highest;
			try (Statement statement = to.createStatement();
					ResultSet rs = statement.executeQuery("select max(" + column + ") from " + table.name())) {
				rs.next();
				highest = rs.getLong(1);
			}
			try (Statement statement = to.createStatement()) {
				statement.execute("alter table " + table.name() + " alter column " + column + " restart with " + (highest + 1));
			}
		}
	}

	/** The copy's own line in the change log of the copy. */
	private void recordCopy(Connection to, String sourceUrl) throws SQLException {
		VersionedRows.Stamp stamp = this.changes.stamp();
		try (PreparedStatement insert = to.prepareStatement("""
				insert into change_log (changed_at, changed_by, kind, item_id, action, version, details)
				values (?, ?, 'library', 'copy', 'added', null, ?)""")) {
			insert.setTimestamp(1, Timestamp.valueOf(stamp.at()));
			insert.setString(2, stamp.by());
			insert.setString(3, "copied from " + DatabaseUrls.withoutPassword(sourceUrl));
			insert.executeUpdate();
		}
	}

}
