package org.briefdesk.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.briefdesk.team.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores people. */
@Component
public class PersonRepository extends FactRepositorySupport<Person> {

	public PersonRepository(JdbcClient jdbc, SearchIndex searchIndex, ChangeLog changes) {
		super(jdbc, searchIndex, "person", changes);
	}

	@Override
	public FactKind kind() {
		return FactKind.PERSON;
	}

	/** The people of one organisation, by name. */
	public List<Person> findByOrganisation(String organisationId) {
		return load("where organisation_id = ?", organisationId);
	}

	@Override
	protected List<Person> load(String where, String id) {
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select * from person" + where(where) + "");
		if (id != null) {
			statement = statement.param(id);
		}
		// Sorted here, not in SQL: "Åsa" belongs with the A's whatever the database's collation.
		return statement.query(PersonRepository::map)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((Person person) -> TextFolding.fold(person.name()))
				.thenComparing(Person::id))
			.toList();
	}

	private static Person map(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getString("id"), rs.getString("honorific"), rs.getString("name"), rs.getString("title"),
				rs.getString("organisation_id"), rs.getString("email"), rs.getString("bio"), rs.getString("notes"));
	}

	@Override
	protected void insertRow(Person p) {
		this.jdbc.sql("""
				insert into person (id, honorific, name, title, organisation_id, email, bio, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.honorific(), p.name(), p.title(), p.organisationId(), p.email(), p.bio(), p.notes())
			.update();
	}

	@Override
	protected int updateRow(Person p) {
		return this.jdbc.sql("""
				update person set honorific = ?, name = ?, title = ?, organisation_id = ?, email = ?, bio = ?,
				notes = ? where id = ?""")
			.params(p.honorific(), p.name(), p.title(), p.organisationId(), p.email(), p.bio(), p.notes(), p.id())
			.update();
	}

}
