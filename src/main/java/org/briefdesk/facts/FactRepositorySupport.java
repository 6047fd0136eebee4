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

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the fact repositories share: the table's id queries, and writes that update the search
 * index. Each repository maps its own rows and its ordered child lists.
 */
abstract class FactRepositorySupport<T extends Fact> implements FactRepository<T> {

	protected final JdbcClient jdbc;

	private final SearchIndex searchIndex;

	private final String table;

	protected FactRepositorySupport(JdbcClient jdbc, SearchIndex searchIndex, String table) {
		this.jdbc = jdbc;
		this.searchIndex = searchIndex;
		this.table = table;
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
	public final void insert(T fact) {
		insertRow(fact);
		insertChildren(fact);
		this.searchIndex.add(fact);
	}

	@Override
	public final void update(T fact) {
		int updated = updateRow(fact);
		if (updated == 0) {
			throw new IllegalStateException("no " + kind().noun() + " '" + fact.id() + "' to update");
		}
		deleteChildren(fact.id());
		insertChildren(fact);
		this.searchIndex.put(fact);
	}

	@Override
	public final void delete(String id) {
		this.searchIndex.remove(kind(), id);
		deleteChildren(id);
		this.jdbc.sql("delete from " + this.table + " where id = ?").param(id).update();
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
