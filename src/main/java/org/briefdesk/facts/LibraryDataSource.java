package org.briefdesk.facts;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.team.DatabaseErrors;
import org.briefdesk.team.DatabaseSettings;
import org.briefdesk.team.DatabaseUrls;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource: Spring Boot's connection pool, wrapped so that (1) opening
 * a library that another Briefdesk holds, one that is gone, or one on a server that refuses the
 * password, has no such database or is down, fails with one plain line instead of a driver's
 * stack trace, and (2) a restore can close the library, replace its
 * file and open it again while every bean keeps the same DataSource.
 */
public class LibraryDataSource extends DelegatingDataSource implements Closeable {

	/** H2: "Database may be already in use". */
	static final int DATABASE_ALREADY_OPEN = 90020;

	/** H2: "Database ... not found, either pre-create it or allow remote database creation". */
	static final int DATABASE_NOT_FOUND = 90146;

	private final LibraryFiles files;

	public LibraryDataSource(DataSource pool, LibraryFiles files) {
		super(pool);
		this.files = files;
	}

	@Override
	public Connection getConnection() throws SQLException {
		try {
			return super.getConnection();
		}
		catch (SQLException | RuntimeException failure) {
			throw translate(failure);
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		try {
			return super.getConnection(username, password);
		}
		catch (SQLException | RuntimeException failure) {
			throw translate(failure);
		}
	}

	private RuntimeException translate(Exception failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
				return new BriefdeskException("the library in " + this.files.home()
						+ " is open in another Briefdesk; close it and try again", failure);
			}
			if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_NOT_FOUND) {
				return new BriefdeskException("there is no library at " + this.files.databaseFile()
						+ " any more; `data restore` brings a backup back", failure);
			}
		}
		String url = this.files.url();
		String user = getTargetDataSource() instanceof HikariDataSource pool ? pool.getUsername() : null;
		java.util.Optional<String> known = DatabaseErrors.describe(failure, url, user,
				DatabaseSettings.passwordAdvice(this.files.home()));
		if (known.isPresent()) {
			return new BriefdeskException(known.get(), failure);
		}
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		return new BriefdeskException("could not open the library at " + DatabaseUrls.withoutPassword(url) + " ("
				+ failure.getMessage() + ")", failure);
	}

	/**
	 * Closes the library, runs {@code work} on its files, and opens it again. Used by restore;
	 * commands wait for nothing, since one Briefdesk runs one command at a time.
	 */
	public synchronized void whileClosed(Runnable work) {
		DataSource current = getTargetDataSource();
		if (!(current instanceof HikariDataSource pool)) {
			throw new BriefdeskException("the library cannot be closed for a restore with this connection pool");
		}
		HikariConfig config = new HikariConfig();
		pool.copyStateTo(config);
		pool.close();
		try {
			work.run();
		}
		finally {
			setTargetDataSource(new HikariDataSource(config));
		}
	}

	@Override
	public void close() {
		if (getTargetDataSource() instanceof Closeable closeable) {
			try {
				closeable.close();
			}
			catch (java.io.IOException ignored) {
				// closing a pool does not fail in practice; nothing to do if it does
			}
		}
	}

}
