package org.briefdesk.team;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The version columns of one table whose rows have an {@code id} ({@code version},
 * {@code updated_by}, {@code updated_at}, see {@code V8__versions_and_change_log.sql}). A change
 * first {@linkplain #lock locks} its row, which makes a second writer of the same row wait until
 * the first one's transaction ends and then read the version that one left; so comparing the
 * version read earlier with the locked one is a compare-and-set on H2 and PostgreSQL alike.
 */
public final class VersionedRows {

	private final JdbcClient jdbc;

	private final String table;

	public VersionedRows(JdbcClient jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	/** The stored revision, without locking; empty when there is no such row. */
	public Optional<Revision> revision(String id) {
		return this.jdbc.sql("select version, updated_by, updated_at from " + this.table + " where id = ?")
			.param(id)
			.query((rs, n) -> new Revision(rs.getInt(1), rs.getString(2), local(rs.getTimestamp(3))))
			.optional();
	}

	/**
	 * Locks the row until the caller's transaction ends and returns its revision; empty when
	 * there is no such row. Call inside a transaction.
	 */
	public Optional<Revision> lock(String id) {
		return this.jdbc.sql("select version, updated_by, updated_at from " + this.table + " where id = ? for update")
			.param(id)
			.query((rs, n) -> new Revision(rs.getInt(1), rs.getString(2), local(rs.getTimestamp(3))))
			.optional();
	}

	/** Says who made the row just inserted (its version is 1 by the column's default). */
	public void stampNew(String id, Stamp stamp) {
		this.jdbc.sql("update " + this.table + " set version = 1, updated_by = ?, updated_at = ? where id = ?")
			.params(stamp.by(), Timestamp.valueOf(stamp.at()), id)
			.update();
	}

	/** Moves a locked row to its next version, made by {@code stamp}; returns that version. */
	public int next(String id, Revision locked, Stamp stamp) {
		int version = locked.version() + 1;
		this.jdbc.sql("update " + this.table + " set version = ?, updated_by = ?, updated_at = ? where id = ?")
			.params(version, stamp.by(), Timestamp.valueOf(stamp.at()), id)
			.update();
		return version;
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

	/** Who makes a change, and when (UTC, to the second). */
	public record Stamp(String by, LocalDateTime at) {
	}

}
