package org.briefdesk.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.briefdesk.team.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores chairpersonships with their ordered organisations, oldest first. */
@Component
public class ChairpersonshipRepository extends FactRepositorySupport<Chairpersonship> {

	public ChairpersonshipRepository(JdbcClient jdbc, SearchIndex searchIndex, ChangeLog changes) {
		super(jdbc, searchIndex, "chairpersonship", changes);
	}

	@Override
	public FactKind kind() {
		return FactKind.CHAIRPERSONSHIP;
	}

	@Override
	protected List<Chairpersonship> load(String where, String id) {
		Map<String, List<String>> organisations = children("chairpersonship_organisation", "chairpersonship_id",
				"organisation_id", "", onlyId(where, id));
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select * from chairpersonship" + where(where) + " order by valid_from, id");
		if (id != null) {
			statement = statement.param(id);
		}
		return statement.query((ResultSet rs, int row) -> map(rs, organisations)).list();
	}

	private static Chairpersonship map(ResultSet rs, Map<String, List<String>> organisations) throws SQLException {
		String id = rs.getString("id");
		return new Chairpersonship(id, ChairRole.parse(rs.getString("chair_role")).orElse(ChairRole.CO_CHAIR),
				organisations.getOrDefault(id, List.of()), date(rs, "valid_from"), date(rs, "valid_until"),
				rs.getString("source"), rs.getString("notes"));
	}

	@Override
	protected void insertRow(Chairpersonship c) {
		this.jdbc.sql("""
				insert into chairpersonship (id, chair_role, valid_from, valid_until, source, notes)
				values (?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.role().key(), text(c.validFrom()), text(c.validUntil()), c.source(), c.notes())
			.update();
	}

	@Override
	protected int updateRow(Chairpersonship c) {
		return this.jdbc.sql("""
				update chairpersonship set chair_role = ?, valid_from = ?, valid_until = ?, source = ?, notes = ?
				where id = ?""")
			.params(c.role().key(), text(c.validFrom()), text(c.validUntil()), c.source(), c.notes(), c.id())
			.update();
	}

	@Override
	protected void insertChildren(Chairpersonship c) {
		insertList("insert into chairpersonship_organisation (chairpersonship_id, ordinal, organisation_id) values (?, ?, ?)",
				c.id(), c.organisationIds());
	}

	@Override
	protected void deleteChildren(String id) {
		this.jdbc.sql("delete from chairpersonship_organisation where chairpersonship_id = ?").param(id).update();
	}

}
