package org.briefdesk.team;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One plain line for each way a database server can fail to open a library: a refused
 * password or user, a database that does not exist, a server that is down or unreachable. The
 * line names the server, the database and the user, and what to check; never the password,
 * and never the driver's stack trace (that goes to the log).
 */
public final class DatabaseErrors {

	/** PostgreSQL: invalid_password. */
	static final String INVALID_PASSWORD = "28P01";

	/** PostgreSQL and H2: invalid_authorization_specification (no such role, not allowed in, wrong password on H2). */
	static final String INVALID_AUTHORIZATION = "28000";

	/** PostgreSQL: invalid_catalog_name, the database does not exist. */
	static final String NO_SUCH_DATABASE = "3D000";

	private DatabaseErrors() {
	}

	/**
	 * The line for a failure to connect to {@code url} as {@code user}, when it is one of the
	 * failures above; empty otherwise.
	 * @param where where the password comes from, for the advice ("BRIEFDESK_DB_PASSWORD or
	 * database.properties in ~/.briefdesk")
	 */
	public static Optional<String> describe(Throwable failure, String url, String user, String where) {
		String server = DatabaseUrls.server(url).map(hostPort -> "the database server at " + hostPort)
			.orElse("the database " + DatabaseUrls.withoutPassword(url));
		String database = DatabaseUrls.database(url).orElse("?");
		String who = user == null || user.isBlank() ? "(no user name)" : "'" + user + "'";
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				switch (sql.getSQLState()) {
					case INVALID_PASSWORD:
						return Optional.of(server + " refused the password of user " + who + "; check the password in "
								+ where);
					case INVALID_AUTHORIZATION:
						return Optional.of(server + " refused user " + who + " (wrong user name or password, or not allowed"
								+ " in); check the user and password in " + where);
					case NO_SUCH_DATABASE:
						return Optional.of(server + " has no database '" + database
								+ "'; check the URL, or ask its administrator to create it (`createdb " + database
								+ "`, see Team mode in the README)");
					default:
						break;
				}
			}
			if (cause instanceof UnknownHostException) {
				return Optional.of("cannot find the host of " + server.replace("the database server at ", "")
						+ " (unknown host); check the database URL");
			}
			if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
				return Optional.of("cannot reach " + server + " (" + (cause.getMessage() == null ? "connection refused"
						: cause.getMessage().toLowerCase(java.util.Locale.ROOT)) + "); is the server running, and is the URL right?");
			}
			if (cause instanceof SocketTimeoutException) {
				return Optional.of(server + " did not answer in time; is it running, and is the URL right?");
			}
		}
		return Optional.empty();
	}

}
