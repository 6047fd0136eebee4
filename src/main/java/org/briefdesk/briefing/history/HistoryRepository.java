package org.briefdesk.briefing.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores snapshots and export records (tables {@code fact_snapshot} and
 * {@code briefing_export}). Times are stored in UTC, as the briefings' are.
 */
@Repository
class HistoryRepository {

	private static final String EXPORT_COLUMNS = "id, briefing_id, exported_at, format, file_name, sha256, size_bytes, snapshot_id";

	private final JdbcClient jdbc;

	HistoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean snapshotExists(String id) {
		return this.jdbc.sql("select count(*) from fact_snapshot where id = ?").param(id).query(Integer.class).single() > 0;
	}

	Optional<FactSnapshot> snapshot(String id) {
		return this.jdbc.sql("select id, sha256, content from fact_snapshot where id = ?")
			.param(id)
			.query((rs, n) -> FactSnapshot.stored(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	Optional<String> snapshotSha256(String id) {
		return this.jdbc.sql("select sha256 from fact_snapshot where id = ?").param(id).query(String.class).optional();
	}

	void insertSnapshot(FactSnapshot snapshot, Instant at) {
		this.jdbc.sql("insert into fact_snapshot (id, sha256, content, created_at) values (?, ?, ?, ?)")
			.params(snapshot.id(), snapshot.sha256(), snapshot.json(), timestamp(at))
			.update();
	}

	/** Inserts an export record; returns its id. */
	long insertExport(String briefingId, Instant when, String format, String fileName, String sha256, long size,
			String snapshotId) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into briefing_export (briefing_id, exported_at, format, file_name, sha256, size_bytes, snapshot_id) values (?, ?, ?, ?, ?, ?, ?)")
			.params(briefingId, timestamp(when), format, fileName, sha256, size, snapshotId)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** A briefing's exports, newest first (by time, then by id for the same moment). */
	List<ExportRecord> exports(String briefingId) {
		return this.jdbc
			.sql("select " + EXPORT_COLUMNS + " from briefing_export where briefing_id = ? order by exported_at desc, id desc")
			.param(briefingId)
			.query((rs, n) -> record(rs))
			.list();
	}

	Optional<ExportRecord> export(long id) {
		return this.jdbc.sql("select " + EXPORT_COLUMNS + " from briefing_export where id = ?")
			.param(id)
			.query((rs, n) -> record(rs))
			.optional();
	}

	private static ExportRecord record(ResultSet rs) throws SQLException {
		return new ExportRecord(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8));
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

}
