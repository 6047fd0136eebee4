package org.briefdesk.facts;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A step that rewrites rows right after one schema migration, inside that migration's
 * transaction, for what plain SQL cannot compute alike on H2 and PostgreSQL. It runs once, when
 * its version is applied, and a failure rolls the migration back with one line saying what.
 */
abstract class DataMigration implements Callback {

	private final MigrationVersion after;

	private final String what;

	/** {@code what} completes "could not …", e.g. "split the quotes' sources". */
	DataMigration(String afterVersion, String what) {
		this.after = MigrationVersion.fromVersion(afterVersion);
		this.what = what;
	}

	/** Rewrites the rows; the connection is the migration's, in its transaction. */
	abstract void migrate(Connection connection) throws SQLException;

	@Override
	public final boolean supports(Event event, Context context) {
		return event == Event.AFTER_EACH_MIGRATE && context.getMigrationInfo() != null
				&& this.after.equals(context.getMigrationInfo().getVersion());
	}

	@Override
	public final boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public final void handle(Event event, Context context) {
		try {
			migrate(context.getConnection());
		}
		catch (SQLException failed) {
			throw new FlywayException("could not " + this.what + ": " + failed.getMessage(), failed);
		}
	}

	@Override
	public String getCallbackName() {
		return this.what;
	}

}
