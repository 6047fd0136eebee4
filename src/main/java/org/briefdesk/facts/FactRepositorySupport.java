package org.briefdesk.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.briefdesk.team.Change;
import org.briefdesk.team.ChangeLog;
import org.briefdesk.team.Differences;
import org.briefdesk.team.Revision;
import org.briefdesk.team.VersionedRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the fact repositories share: the table's id queries, and writes that update the search
 * index, keep the fact's version and record the change in the change log, all in the caller's
 * transaction. Each repository maps its own rows and its ordered child lists.
 */
abstract class FactRepositorySupport<T extends Fact> implements FactRepository<T> {

	protected final JdbcClient jdbc;

	private final SearchIndex searchIndex;

	private final String table;

	private final ChangeLog changes;

	private final VersionedRows versions;

	protected FactRepositorySupport(JdbcClient jdbc, SearchIndex searchIndex, String table, ChangeLog changes) {
		this.jdbc = jdbc;
		this.searchIndex = searchIndex;
		this.table = table;
		this.changes = changes;
		this.versions = new VersionedRows(jdbc, table);
	}

	@Override
	public boolean exists(String id) {
		return this.jdbc.sql("select count(*) from " + this.table + " where id = ?")
			.param(id)
			.query(Integer.class)
			.single() > 0;
	}

	@Override
	public Set<String> ids() {
		return new LinkedHashSet<>(
				this.jdbc.sql("select id from " + this.table + " order by id").query(String.class).list());
	}

	@Override
	public int count() {
		return this.jdbc.sql("select count(*) from " + this.table).query(Integer.class).single();
	}

	@Override
	public Optional<T> findById(String id) {
		List<T> found = load("where id = ?", id);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	@Override
	public List<T> findAll() {
		return load("", null);
	}

	@Override
	public Optional<Revision> revision(String id) {
		return this.versions.revision(id);
	}

	@Override
	public final void insert(T fact) {
		VersionedRows.Stamp stamp = this.changes.stamp();
		insertRow(fact);
		this.versions.stampNew(fact.id(), stamp);
		insertChildren(fact);
		this.searchIndex.add(fact);
		this.changes.record(stamp, logKind(kind()), fact.id(), Change.ADDED, 1, shortLabel(fact));
	}

	@Override
	public final boolean update(T fact) {
		return write(fact, null);
	}

	@Override
	public final boolean update(T fact, int readVersion) {
		return write(fact, readVersion);
	}

	/**
	 * Locks the row, compares, and writes the next version: nothing when the fact is as stored
	 * (an import of unchanged facts changes no version), a refusal naming the changes made
	 * since when {@code readVersion} is not the stored version.
	 */
	private boolean write(T fact, Integer readVersion) {
		Revision locked = this.versions.lock(fact.id())
			.orElseThrow(() -> new IllegalStateException("no " + kind().noun() + " '" + fact.id() + "' to update"));
		T before = findById(fact.id())
			.orElseThrow(() -> new IllegalStateException("no " + kind().noun() + " '" + fact.id() + "' to update"));
		FactFormat<?> format = FactFormat.of(kind());
		List<String> changed = Differences.between(format.writeFact(before), format.writeFact(fact));
		if (changed.isEmpty()) {
			return false;
		}
		if (readVersion != null && readVersion != locked.version()) {
			throw this.changes.staleEdit(logKind(kind()), kind().noun() + " '" + fact.id() + "'", fact.id(), readVersion,
					locked, "`" + kind().command() + " show " + fact.id() + "` shows it as it is now; make your change again");
		}
		VersionedRows.Stamp stamp = this.changes.stamp();
		int updated = updateRow(fact);
		if (updated == 0) {
			throw new IllegalStateException("no " + kind().noun() + " '" + fact.id() + "' to update");
		}
		int version = this.versions.next(fact.id(), locked, stamp);
		deleteChildren(fact.id());
		insertChildren(fact);
		this.searchIndex.put(fact);
		this.changes.record(stamp, logKind(kind()), fact.id(), Change.CHANGED, version, String.join("; ", changed));
		return true;
	}

	@Override
	public final void delete(String id) {
		Optional<T> before = this.versions.lock(id).flatMap(locked -> findById(id));
		this.searchIndex.remove(kind(), id);
		deleteChildren(id);
		int deleted = this.jdbc.sql("delete from " + this.table + " where id = ?").param(id).update();
		if (deleted > 0) {
			this.changes.record(this.changes.stamp(), logKind(kind()), id, Change.REMOVED, null,
					before.map(FactRepositorySupport::shortLabel).orElse(null));
		}
	}

	/** The kind as the change log names it: organisation, person, priority-set, ... */
	static String logKind(FactKind kind) {
		return kind.noun().replace(' ', '-');
	}

	private static String shortLabel(Fact fact) {
		String label = fact.label();
		return label == null ? null : label.length() > 120 ? label.substring(0, 119) + "…" : label;
	}

	/** Loads the facts whose row matches {@code where} (empty: all), with their child lists. */
	protected abstract List<T> load(String where, String id);

	protected abstract void insertRow(T fact);

	protected abstract int updateRow(T fact);

	protected void insertChildren(T fact) {
	}

	protected void deleteChildren(String id) {
	}

	/**
	 * Reads an ordered child list (owners, tags, ...) of one parent, or of every parent when
	 * {@code id} is null, keyed by the parent's id.
	 * @param condition an extra condition on the child rows ("org_role = 'host'"), or empty
	 */
	protected Map<String, List<String>> children(String table, String parentColumn, String valueColumn,
			String condition, String id) {
		List<String> conditions = new ArrayList<>();
		if (!condition.isEmpty()) {
			conditions.add(condition);
		}
		if (id != null) {
			conditions.add(parentColumn + " = ?");
		}
		String sql = "select " + parentColumn + ", " + valueColumn + " from " + table
				+ (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + " order by "
				+ parentColumn + ", ordinal";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (id != null) {
			statement = statement.param(id);
		}
		Map<String, List<String>> byParent = new HashMap<>();
		statement.query((ResultSet rs) -> {
			byParent.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(rs.getString(2));
		});
		return byParent;
	}

	protected void insertList(String sql, String parentId, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			this.jdbc.sql(sql).params(parentId, i + 1, values.get(i)).update();
		}
	}

	protected static PartialDate date(ResultSet rs, String column) throws SQLException {
		String text = rs.getString(column);
		return text == null ? null : PartialDate.parse(text);
	}

	protected static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}

	protected static LocalTime time(ResultSet rs, String column) throws SQLException {
		String text = rs.getString(column);
		return text == null ? null : LocalTime.parse(text);
	}

	protected static String text(LocalTime time) {
		return time == null ? null : time.toString();
	}

	/** The id to read child lists for: the one id asked for, or null (all) for other queries. */
	protected static String onlyId(String where, String param) {
		return "where id = ?".equals(where) ? param : null;
	}

	protected static String where(String where) {
		return where.isEmpty() ? "" : " " + where;
	}

}
