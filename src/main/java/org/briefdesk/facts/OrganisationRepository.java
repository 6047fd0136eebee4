package org.briefdesk.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.briefdesk.team.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores organisations. */
@Component
public class OrganisationRepository extends FactRepositorySupport<Organisation> {

	public OrganisationRepository(JdbcClient jdbc, SearchIndex searchIndex, ChangeLog changes) {
		super(jdbc, searchIndex, "organisation", changes);
	}

	@Override
	public FactKind kind() {
		return FactKind.ORGANISATION;
	}

	@Override
	protected List<Organisation> load(String where, String id) {
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select * from organisation" + where(where) + "");
		if (id != null) {
			statement = statement.param(id);
		}
		// Sorted here, not in SQL: accents sort with their letters whatever the database's collation.
		return statement.query(OrganisationRepository::map)
			.list()
			.stream()
			.sorted(java.util.Comparator
				.comparing((Organisation organisation) -> TextFolding.fold(organisation.shortName()))
				.thenComparing(Organisation::id))
			.toList();
	}

	private static Organisation map(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getString("id"), rs.getString("acronym"), rs.getString("name"),
				rs.getString("kind"), rs.getString("parent_id"), rs.getBoolean("is_member"),
				date(rs, "member_since"), rs.getString("url"), rs.getString("notes"));
	}

	@Override
	protected void insertRow(Organisation o) {
		this.jdbc.sql("""
				insert into organisation (id, acronym, name, kind, parent_id, is_member, member_since, url, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(o.id(), o.acronym(), o.name(), o.kind(), o.parentId(), o.member(), text(o.memberSince()), o.url(),
					o.notes())
			.update();
	}

	@Override
	protected int updateRow(Organisation o) {
		return this.jdbc.sql("""
				update organisation set acronym = ?, name = ?, kind = ?, parent_id = ?, is_member = ?,
				member_since = ?, url = ?, notes = ? where id = ?""")
			.params(o.acronym(), o.name(), o.kind(), o.parentId(), o.member(), text(o.memberSince()), o.url(),
					o.notes(), o.id())
			.update();
	}

}
