package org.briefdesk.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.system.FastStart;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the library's schema up to date when a command opens it. Flyway's full migrate
 * (scan, lock, validate every applied migration) is most of what opening an up-to-date
 * library costs a short-lived process, so it runs only when needed: one query reads the
 * schema history, and when it records exactly the migrations this build ships, by version,
 * script and checksum (computed from the files, as Flyway computes it), all applied
 * successfully and nothing else, there is nothing to migrate and nothing Flyway's validation
 * could refuse. Anything else (a new migration, a changed or failed one, a library of a newer
 * Briefdesk, an unusual configuration, no history table) runs Flyway as before, with its
 * messages. {@code BRIEFDESK_FAST_START=0} always runs Flyway. The same check, made before
 * Flyway's bean exists, lets {@link LibrarySchemaInitializer} not make Flyway at all.
 */
@Component
class LibrarySchema implements FlywayMigrationStrategy {

	private static final Log log = LogFactory.getLog(LibrarySchema.class);

	private final Environment environment;

	LibrarySchema(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void migrate(Flyway flyway) {
		if (FastStart.isOn(this.environment) && isCurrent(flyway.getConfiguration())) {
			return;
		}
		flyway.migrate();
	}

	/** Whether the schema history records exactly the migrations shipped, all successful. */
	static boolean isCurrent(Configuration configuration) {
		if (!isModelled(configuration)) {
			return false;
		}
		java.util.List<String> locations = new java.util.ArrayList<>();
		for (Location location : configuration.getLocations()) {
			if (!"classpath:".equals(location.getPrefix()) || location.getPathRegex() != null) {
				return false;
			}
			locations.add(location.getRootPath());
		}
		return isCurrent(configuration.getDataSource(), locations, configuration.getTable());
	}

	/**
	 * The same check without a Flyway configuration (whose making is most of what it saves):
	 * the history {@code table} in {@code dataSource} against the SQL migrations under the
	 * class path folders {@code locations} ({@code db/migration}), with Flyway's default naming.
	 */
	static boolean isCurrent(DataSource dataSource, java.util.List<String> locations, String table) {
		try {
			Map<MigrationVersion, Shipped> shipped = shipped(locations);
			if (shipped == null || shipped.isEmpty()) {
				return false;
			}
			Map<MigrationVersion, Shipped> applied = applied(dataSource, table);
			return applied != null && applied.equals(shipped);
		}
		catch (IOException | SQLException | RuntimeException unusual) {
			// Flyway itself says what is wrong, if anything is.
			log.debug("schema history not checked directly: " + unusual.getMessage());
			return false;
		}
	}

	/** A versioned migration: its script name and Flyway's checksum. */
	record Shipped(String script, int checksum) {
	}

	/**
	 * Whether the configuration holds nothing this check does not model (Java migrations, a
	 * non-default naming or schema, a target, a baseline).
	 */
	private static boolean isModelled(Configuration configuration) {
		return configuration.getJavaMigrations().length == 0 && configuration.getSchemas().length == 0
				&& "V".equals(configuration.getSqlMigrationPrefix())
				&& "__".equals(configuration.getSqlMigrationSeparator())
				&& configuration.getSqlMigrationSuffixes().length == 1
				&& ".sql".equals(configuration.getSqlMigrationSuffixes()[0])
				&& MigrationVersion.LATEST.equals(configuration.getTarget()) && !configuration.isBaselineOnMigrate();
	}

	/**
	 * The versioned SQL migrations under the class path folders {@code locations}, by version;
	 * null when they hold anything this check does not model (repeatable or undo scripts,
	 * callbacks, two scripts of one version).
	 */
	static Map<MigrationVersion, Shipped> shipped(java.util.List<String> locations) throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				LibrarySchema.class.getClassLoader());
		Map<MigrationVersion, Shipped> migrations = new HashMap<>();
		for (String location : locations) {
			for (Resource resource : resolver.getResources("classpath*:" + location + "/**/*")) {
				String name = resource.getFilename();
				if (name == null || !resource.isReadable()) {
					continue;
				}
				if (!name.startsWith("V") || !name.endsWith(".sql") || !name.contains("__")) {
					if (name.endsWith(".sql")) {
						return null; // repeatable (R__), undo or other scripts: Flyway decides
					}
					continue;
				}
				MigrationVersion version = MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.'));
				if (migrations.put(version, new Shipped(name, checksum(resource))) != null) {
					return null;
				}
			}
		}
		return migrations;
	}

	/** Flyway's checksum of a script: CRC32 of its UTF-8 lines without line breaks and BOM. */
	static int checksum(Resource resource) throws IOException {
		CRC32 crc = new CRC32();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8), 4096)) {
			String line = reader.readLine();
			if (line != null) {
				if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
					line = line.substring(1);
				}
				do {
					crc.update(line.getBytes(StandardCharsets.UTF_8));
				}
				while ((line = reader.readLine()) != null);
			}
		}
		return (int) crc.getValue();
	}

	/** The applied migrations by version; null when the history holds anything but successful SQL migrations. */
	private static Map<MigrationVersion, Shipped> applied(DataSource dataSource, String table) throws SQLException {
		if (dataSource == null || !table.matches("[a-z_]+")) {
			return null;
		}
		Map<MigrationVersion, Shipped> applied = new HashMap<>();
		try (Connection connection = dataSource.getConnection()) {
			// A new library has no history yet: ask, rather than let the query fail (H2 would
			// note the failure in a library.trace.db file in the data directory).
			try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
				if (!tables.next()) {
					return null;
				}
			}
			return applied(connection, table, applied);
		}
	}

	private static Map<MigrationVersion, Shipped> applied(Connection connection, String table,
			Map<MigrationVersion, Shipped> applied) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select \"version\", \"script\", \"checksum\", \"type\", \"success\" from \""
						+ table + "\"")) {
			while (rows.next()) {
				String version = rows.getString(1);
				if (version == null && isMarker(rows.getString(4)) && rows.getBoolean(5)) {
					continue; // Flyway's notes that it created the history table or schema: no migrations
				}
				int checksum = rows.getInt(3);
				boolean checksumPresent = !rows.wasNull();
				if (version == null || !checksumPresent || !"SQL".equals(rows.getString(4)) || !rows.getBoolean(5)) {
					return null;
				}
				if (applied.put(MigrationVersion.fromVersion(version), new Shipped(Objects.requireNonNull(rows.getString(2)), checksum)) != null) {
					return null;
				}
			}
		}
		return applied;
	}

	private static boolean isMarker(String type) {
		return "TABLE".equals(type) || "SCHEMA".equals(type);
	}

}
