package org.briefdesk.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.briefdesk.team.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores priority sets with their ordered owners and priorities. */
@Component
public class PrioritySetRepository extends FactRepositorySupport<PrioritySet> {

	public PrioritySetRepository(JdbcClient jdbc, SearchIndex searchIndex, ChangeLog changes) {
		super(jdbc, searchIndex, "priority_set", changes);
	}

	@Override
	public FactKind kind() {
		return FactKind.PRIORITY_SET;
	}

	@Override
	protected List<PrioritySet> load(String where, String id) {
		Map<String, List<String>> owners = children("priority_set_owner", "set_id", "organisation_id", "", onlyId(where, id));
		Map<String, List<String>> items = children("priority_item", "set_id", "item_text", "", onlyId(where, id));
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select * from priority_set" + where(where) + " order by valid_from desc, lower(title), id");
		if (id != null) {
			statement = statement.param(id);
		}
		return statement.query((ResultSet rs, int row) -> map(rs, owners, items)).list();
	}

	private static PrioritySet map(ResultSet rs, Map<String, List<String>> owners, Map<String, List<String>> items)
			throws SQLException {
		String id = rs.getString("id");
		return new PrioritySet(id, rs.getString("title"), owners.getOrDefault(id, List.of()),
				date(rs, "valid_from"), date(rs, "valid_until"), items.getOrDefault(id, List.of()),
				rs.getString("source"), rs.getString("notes"));
	}

	@Override
	protected void insertRow(PrioritySet p) {
		this.jdbc.sql("""
				insert into priority_set (id, title, valid_from, valid_until, source, notes)
				values (?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.title(), text(p.validFrom()), text(p.validUntil()), p.source(), p.notes())
			.update();
	}

	@Override
	protected int updateRow(PrioritySet p) {
		return this.jdbc.sql("""
				update priority_set set title = ?, valid_from = ?, valid_until = ?, source = ?, notes = ?
				where id = ?""")
			.params(p.title(), text(p.validFrom()), text(p.validUntil()), p.source(), p.notes(), p.id())
			.update();
	}

	@Override
	protected void insertChildren(PrioritySet p) {
		insertList("insert into priority_set_owner (set_id, ordinal, organisation_id) values (?, ?, ?)", p.id(),
				p.ownerIds());
		insertList("insert into priority_item (set_id, ordinal, item_text) values (?, ?, ?)", p.id(), p.priorities());
	}

	@Override
	protected void deleteChildren(String id) {
		this.jdbc.sql("delete from priority_set_owner where set_id = ?").param(id).update();
		this.jdbc.sql("delete from priority_item where set_id = ?").param(id).update();
	}

}
