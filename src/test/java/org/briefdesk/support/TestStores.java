package org.briefdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which store a test run uses. Every build runs the tests on the embedded H2 store; with
 * {@code -Ppostgres} the tests tagged {@link BothStores} run once more with
 * {@code briefdesk.test.store=postgres}, each test context in a database of its own on the
 * server {@code .ci/postgres-start} started ({@code BRIEFDESK_TEST_PG_URL}, {@code _USER},
 * {@code _PASSWORD}, handed over by the profile as {@code briefdesk.test.pg.*}). With that
 * property set, a server that cannot be reached fails the tests: nothing is skipped.
 */
public final class TestStores {

	public static final String PROPERTY = "briefdesk.test.store";

	private static final List<String> CREATED = new ArrayList<>();

	private TestStores() {
	}

	/** Whether this run is the PostgreSQL one. */
	public static boolean postgres() {
		return "postgres".equals(System.getProperty(PROPERTY));
	}

	/** A database: its URL, user and password. */
	public record Database(String name, String url, String user, String password) {

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

	}

	/** The server of the PostgreSQL run, as its {@code postgres} database (from which databases are made). */
	public static Database server() {
		String url = setting("briefdesk.test.pg.url", "BRIEFDESK_TEST_PG_URL");
		return new Database(databaseOf(url), url, setting("briefdesk.test.pg.user", "BRIEFDESK_TEST_PG_USER"),
				setting("briefdesk.test.pg.password", "BRIEFDESK_TEST_PG_PASSWORD"));
	}

	/**
	 * A new, empty database on the test server, dropped when the test JVM ends. Fails (never
	 * skips) when the server cannot be reached.
	 */
	public static Database newDatabase() {
		Database server = server();
		String name = "bd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name + " encoding 'UTF8' template template0");
		}
		catch (SQLException unreachable) {
			throw new IllegalStateException("cannot create a test database on " + server.url() + " as " + server.user()
					+ ": " + unreachable.getMessage() + " (is the server of .ci/postgres-start running?)", unreachable);
		}
		synchronized (CREATED) {
			if (CREATED.isEmpty()) {
				Runtime.getRuntime().addShutdownHook(new Thread(TestStores::dropCreated, "drop-test-databases"));
			}
			CREATED.add(name);
		}
		return new Database(name, withDatabase(server.url(), name), server.user(), server.password());
	}

	/** The URL with another database in place of the one it names. */
	public static String withDatabase(String url, String database) {
		int slash = url.indexOf('/', "jdbc:postgresql://".length());
		int query = url.indexOf('?', slash);
		return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
	}

	private static String databaseOf(String url) {
		int slash = url.indexOf('/', "jdbc:postgresql://".length());
		int query = url.indexOf('?', slash);
		return query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
	}

	private static void dropCreated() {
		Database server = server();
		try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
			for (String name : CREATED) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
		}
		catch (SQLException ignored) {
			// the server is a throwaway one; its folder goes with it
		}
	}

	private static String setting(String property, String variable) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank() || value.startsWith("${")) {
			value = System.getenv(variable);
		}
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("the PostgreSQL tests need " + variable
					+ "; `eval \"$(.ci/postgres-start)\"` starts a server and sets it");
		}
		return value;
	}

}
