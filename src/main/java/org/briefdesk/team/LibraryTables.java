package org.briefdesk.team;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of a library as the database describes them (JDBC metadata, the same on H2 and
 * PostgreSQL): their columns, primary keys and references, in an order where every table comes
 * after the tables it refers to. Whatever a migration adds is here without being named, so that
 * {@code data info} counts it and {@code data copy} copies it.
 * <p>
 * A table is a <em>kind</em> (organisations, briefings, invitees) unless its rows are parts of
 * another table's rows (a reference with {@code on delete cascade}: a briefing's sections, a
 * statistic's tags) or it is bookkeeping ({@link #BOOKKEEPING}).
 */
public final class LibraryTables {

	/** Flyway's record of the migrations: made by the migrations of the target, never copied. */
	public static final String SCHEMA_HISTORY = "flyway_schema_history";

	/** The import lock's table: its one row is made by its migration, never copied. */
	public static final String IMPORT_LOCK = "library_lock";

	/** Tables that are not kinds of their own: the search index, the change log and the two above. */
	static final Set<String> BOOKKEEPING = Set.of(SCHEMA_HISTORY, IMPORT_LOCK, "fact_search", "change_log");

	/** Tables whose rows are made by the migrations themselves, so a copy leaves them out. */
	static final Set<String> MADE_BY_MIGRATIONS = Set.of(SCHEMA_HISTORY, IMPORT_LOCK);

	/** How a kind's rows are counted in words ("18 people"), where the table's name would not do. */
	private static final Map<String, String[]> NOUNS = Map.of("person", new String[] { "person", "people" },
			"priority_set", new String[] { "priority set", "priority sets" });

	/** One reference of a table: its columns, and the table and columns they name. */
	public record Reference(String name, List<String> columns, String table, List<String> referencedColumns,
			boolean cascades) {
	}

	/** One table, with its names in lower case. */
	public record Table(String name, List<String> columns, List<String> primaryKey, List<Reference> references,
			Set<String> identityColumns) {

		/** Whether its rows are parts of another table's rows (deleted with them). */
		public boolean isPart() {
			return this.references.stream().anyMatch(Reference::cascades);
		}

		/** Whether it is a kind of its own, counted by {@code data info} and {@code data copy}. */
		public boolean isKind() {
			return !isPart() && !BOOKKEEPING.contains(this.name);
		}

		/** References to its own rows (an organisation's parent). */
		public List<Reference> selfReferences() {
			return this.references.stream().filter(reference -> reference.table().equals(this.name)).toList();
		}

	}

	private LibraryTables() {
	}

	/** The tables of the connection's schema, each after the ones it refers to. */
	public static List<Table> read(Connection connection) throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		String schema = connection.getSchema();
		Map<String, String> names = new TreeMap<>();
		try (ResultSet tables = metadata.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				names.put(lower(tables.getString("TABLE_NAME")), tables.getString("TABLE_NAME"));
			}
		}
		Map<String, Table> byName = new LinkedHashMap<>();
		for (Map.Entry<String, String> name : names.entrySet()) {
			byName.put(name.getKey(), describe(metadata, connection.getCatalog(), schema, name.getKey(), name.getValue()));
		}
		return dependencyOrder(byName);
	}

	private static Table describe(DatabaseMetaData metadata, String catalog, String schema, String name, String stored)
			throws SQLException {
		List<String> columns = new ArrayList<>();
		Set<String> identity = new LinkedHashSet<>();
		try (ResultSet rs = metadata.getColumns(catalog, schema, stored, "%")) {
			Map<Integer, String> ordered = new TreeMap<>();
			while (rs.next()) {
				String column = lower(rs.getString("COLUMN_NAME"));
				ordered.put(rs.getInt("ORDINAL_POSITION"), column);
				if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
					identity.add(column);
				}
			}
			columns.addAll(ordered.values());
		}
		Map<Integer, String> key = new TreeMap<>();
		try (ResultSet rs = metadata.getPrimaryKeys(catalog, schema, stored)) {
			while (rs.next()) {
				key.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
			}
		}
		Map<String, List<String[]>> byConstraint = new LinkedHashMap<>();
		Map<String, String[]> constraintTable = new LinkedHashMap<>();
		try (ResultSet rs = metadata.getImportedKeys(catalog, schema, stored)) {
			while (rs.next()) {
				String constraint = rs.getString("FK_NAME") + "/" + lower(rs.getString("PKTABLE_NAME"));
				byConstraint.computeIfAbsent(constraint, c -> new ArrayList<>())
					.add(new String[] { Integer.toString(rs.getInt("KEY_SEQ")), lower(rs.getString("FKCOLUMN_NAME")),
							lower(rs.getString("PKCOLUMN_NAME")) });
				constraintTable.put(constraint, new String[] { lower(rs.getString("PKTABLE_NAME")),
						Boolean.toString(rs.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade) });
			}
		}
		List<Reference> references = new ArrayList<>();
		byConstraint.forEach((constraint, parts) -> {
			parts.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
			references.add(new Reference(constraint, parts.stream().map(part -> part[1]).toList(),
					constraintTable.get(constraint)[0], parts.stream().map(part -> part[2]).toList(),
					Boolean.parseBoolean(constraintTable.get(constraint)[1])));
		});
		return new Table(name, List.copyOf(columns), List.copyOf(key.values()), List.copyOf(references), identity);
	}

	/** Every table after the tables it refers to (other than itself); alphabetical where nothing decides. */
	private static List<Table> dependencyOrder(Map<String, Table> byName) {
		List<Table> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < byName.size()) {
			boolean progress = false;
			for (Table table : byName.values()) {
				if (placed.contains(table.name())) {
					continue;
				}
				boolean ready = table.references()
					.stream()
					.map(Reference::table)
					.allMatch(target -> target.equals(table.name()) || placed.contains(target) || !byName.containsKey(target));
				if (ready) {
					ordered.add(table);
					placed.add(table.name());
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("the library's tables refer to each other in a circle: "
						+ byName.keySet().stream().filter(name -> !placed.contains(name)).toList());
			}
		}
		return ordered;
	}

	/** The kinds in the order people list them: the facts, then briefings and invitees, then any other, by name. */
	static final List<String> KIND_ORDER = List.of("organisation", "person", "priority_set", "statistic", "quote", "event",
			"chairpersonship", "briefing", "invitee", "fact_snapshot", "briefing_export");

	/** The same counts, kinds in {@link #KIND_ORDER}. */
	public static Map<String, Long> inKindOrder(Map<String, Long> counts) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		counts.keySet()
			.stream()
			.sorted(java.util.Comparator
				.comparingInt((String name) -> KIND_ORDER.contains(name) ? KIND_ORDER.indexOf(name) : KIND_ORDER.size())
				.thenComparing(name -> name))
			.forEach(name -> ordered.put(name, counts.get(name)));
		return ordered;
	}

	/** How many rows a table has. */
	public static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** A kind's rows in words: "18 organisations", "1 person", "3 export snapshots". */
	public static String counted(String table, long count) {
		String[] nouns = NOUNS.get(table);
		if (nouns == null) {
			String noun = table.replace('_', ' ');
			nouns = new String[] { noun, noun.endsWith("s") ? noun : noun + "s" };
		}
		return String.format(Locale.ROOT, "%,d", count) + " " + (count == 1 ? nouns[0] : nouns[1]);
	}

	private static String lower(String name) {
		return name == null ? null : name.toLowerCase(Locale.ROOT);
	}

}
