package org.briefdesk.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.briefdesk.team.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores statistics with their ordered topic tags. */
@Component
public class StatisticRepository extends FactRepositorySupport<Statistic> {

	public StatisticRepository(JdbcClient jdbc, SearchIndex searchIndex, ChangeLog changes) {
		super(jdbc, searchIndex, "statistic", changes);
	}

	@Override
	public FactKind kind() {
		return FactKind.STATISTIC;
	}

	@Override
	protected List<Statistic> load(String where, String id) {
		Map<String, List<String>> tags = children("statistic_tag", "statistic_id", "tag", "", onlyId(where, id));
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select * from statistic" + where(where) + " order by source_date desc, id");
		if (id != null) {
			statement = statement.param(id);
		}
		return statement.query((ResultSet rs, int row) -> map(rs, tags)).list();
	}

	private static Statistic map(ResultSet rs, Map<String, List<String>> tags) throws SQLException {
		String id = rs.getString("id");
		java.math.BigDecimal value = rs.getBigDecimal("figure_value");
		return new Statistic(id, rs.getString("statement"), rs.getString("qualifier"),
				value == null ? null : value.stripTrailingZeros(), rs.getString("unit"), rs.getString("source"),
				rs.getString("publisher"), date(rs, "source_date"), rs.getString("url"), rs.getString("excerpt"),
				tags.getOrDefault(id, List.of()), rs.getString("notes"), rs.getString("superseded_by"));
	}

	@Override
	protected void insertRow(Statistic s) {
		this.jdbc.sql("""
				insert into statistic (id, statement, qualifier, figure_value, unit, source, publisher, source_date, url,
				excerpt, notes, superseded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), s.statement(), s.qualifier(), s.value(), s.unit(), s.source(), s.publisher(),
					text(s.sourceDate()), s.url(), s.excerpt(), s.notes(), s.supersededBy())
			.update();
	}

	@Override
	protected int updateRow(Statistic s) {
		return this.jdbc.sql("""
				update statistic set statement = ?, qualifier = ?, figure_value = ?, unit = ?, source = ?,
				publisher = ?, source_date = ?, url = ?, excerpt = ?, notes = ?, superseded_by = ? where id = ?""")
			.params(s.statement(), s.qualifier(), s.value(), s.unit(), s.source(), s.publisher(),
					text(s.sourceDate()), s.url(), s.excerpt(), s.notes(), s.supersededBy(), s.id())
			.update();
	}

	@Override
	protected void insertChildren(Statistic s) {
		insertList("insert into statistic_tag (statistic_id, ordinal, tag) values (?, ?, ?)", s.id(), s.tags());
	}

	@Override
	protected void deleteChildren(String id) {
		this.jdbc.sql("delete from statistic_tag where statistic_id = ?").param(id).update();
	}

}
