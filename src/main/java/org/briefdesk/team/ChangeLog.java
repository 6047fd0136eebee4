package org.briefdesk.team;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.briefdesk.team.VersionedRows.Stamp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed what, and when: the {@code change_log} table, written in the same transaction as
 * the change it records (so a change that is rolled back leaves no line), on the embedded store
 * and on a server alike. The repositories record their own changes; an import or a copy says
 * how the changes came ({@link #during}), and that ends each of its lines.
 */
@Component
public class ChangeLog {

	/** How many changes {@code data log} shows when not told. */
	public static final int DEFAULT_LIMIT = 20;

	static final int MAX_DETAILS = 4000;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final ChangeAuthor author;

	private final Clock clock;

	private final ThreadLocal<String> how = new ThreadLocal<>();

	public ChangeLog(JdbcClient jdbc, ChangeAuthor author, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.author = author;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Who is changing things in this process. */
	public String author() {
		return this.author.name();
	}

	/** The author and the time of a change made now (UTC, to the second). */
	public Stamp stamp() {
		return new Stamp(this.author.name(),
				LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Runs {@code work} with every change it records saying how it came about
	 * ({@code "import of people.csv"}).
	 */
	public <T> T during(String how, Supplier<T> work) {
		String outer = this.how.get();
		this.how.set(how);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				this.how.remove();
			}
			else {
				this.how.set(outer);
			}
		}
	}

	/** Records one change, in the caller's transaction. */
	public void record(Stamp stamp, String kind, String itemId, String action, Integer version, String details) {
		String how = this.how.get();
		String text = details == null || details.isBlank() ? how : how == null ? details : details + " (" + how + ")";
		if (text != null && text.length() > MAX_DETAILS) {
			text = text.substring(0, MAX_DETAILS - 1) + "…";
		}
		this.jdbc.sql("""
				insert into change_log (changed_at, changed_by, kind, item_id, action, version, details)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.valueOf(stamp.at()), stamp.by(), kind, itemId, action, version, text)
			.update();
	}

	/** What {@code data log} asks for: one item's changes or all, from a time on or all, the newest {@code limit}. */
	public record Query(String itemId, LocalDateTime sinceUtc, int limit) {
	}

	/** The newest changes first. */
	public List<Change> latest(Query query) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (query.itemId() != null) {
			conditions.add("item_id = ?");
			params.add(query.itemId());
		}
		if (query.sinceUtc() != null) {
			conditions.add("changed_at >= ?");
			params.add(Timestamp.valueOf(query.sinceUtc()));
		}
		params.add(query.limit());
		return this.jdbc
			.sql("select id, changed_at, changed_by, kind, item_id, action, version, details from change_log"
					+ (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
					+ " order by id desc limit ?")
			.params(params)
			.query((rs, n) -> new Change(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), (Integer) rs.getObject(7, Integer.class),
					rs.getString(8)))
			.list();
	}

	/** How many changes the log holds. */
	public int count() {
		return this.jdbc.sql("select count(*) from change_log").query(Integer.class).single();
	}

	/** The changes of one item after {@code version}, oldest first. */
	public List<Change> after(String kind, String itemId, int version) {
		return this.jdbc
			.sql("select id, changed_at, changed_by, kind, item_id, action, version, details from change_log"
					+ " where kind = ? and item_id = ? and version > ? order by id")
			.params(kind, itemId, version)
			.query((rs, n) -> new Change(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), (Integer) rs.getObject(7, Integer.class),
					rs.getString(8)))
			.list();
	}

	/**
	 * The refusal of an edit made from version {@code read} of an item that is at
	 * {@code stored} now: who changed what since, from the log (or from the row when the log
	 * has nothing), and {@code nextStep} ("`stat show x` shows it as it is now; make your
	 * change again").
	 */
	public StaleEditException staleEdit(String kind, String what, String itemId, int read, Revision stored,
			String nextStep) {
		List<Change> since = after(kind, itemId, read);
		String changes;
		if (since.isEmpty()) {
			changes = stored.changedBy() == null ? "it is at version " + stored.version() + " now"
					: "by " + stored.changedBy() + " at " + shown(stored.changedAt()) + " (version " + stored.version()
							+ ")";
		}
		else {
			List<Change> shown = since.size() > 3 ? since.subList(since.size() - 3, since.size()) : since;
			changes = (since.size() > 3 ? (since.size() - 3) + " earlier changes, then " : "")
					+ shown.stream().map(ChangeLog::describe).collect(Collectors.joining("; then "));
		}
		return new StaleEditException(what + " was changed after you read it (version " + read + "): " + changes
				+ "; your change was not saved; " + nextStep, read, stored.version());
	}

	private static String describe(Change change) {
		String details = change.details() == null || change.details().isBlank() ? "" : ": " + change.details();
		return "by " + change.changedBy() + " at " + shown(change.changedAt()) + details;
	}

	/** A UTC time as the person reading it counts: their zone, to the minute. */
	public static String shown(LocalDateTime utc) {
		if (utc == null) {
			return "an unknown time";
		}
		return SHOWN.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault()));
	}

}
