package org.briefdesk.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.briefdesk.team.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores quotes. */
@Component
public class QuoteRepository extends FactRepositorySupport<Quote> {

	public QuoteRepository(JdbcClient jdbc, SearchIndex searchIndex, ChangeLog changes) {
		super(jdbc, searchIndex, "quote", changes);
	}

	@Override
	public FactKind kind() {
		return FactKind.QUOTE;
	}

	/** What one person said, newest first. */
	public List<Quote> findByPerson(String personId) {
		return load("where person_id = ?", personId);
	}

	/** What was said at one event. */
	public List<Quote> findByEvent(String eventId) {
		return load("where event_id = ?", eventId);
	}

	@Override
	protected List<Quote> load(String where, String id) {
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select * from quote" + where(where) + " order by said_on desc, id");
		if (id != null) {
			statement = statement.param(id);
		}
		return statement.query(QuoteRepository::map).list();
	}

	private static Quote map(ResultSet rs, int row) throws SQLException {
		return new Quote(rs.getString("id"), rs.getString("person_id"), rs.getString("quote_text"),
				date(rs, "said_on"), rs.getString("occasion"), rs.getString("event_id"), rs.getString("source"),
				rs.getString("publisher"), date(rs, "source_date"), rs.getString("url"), rs.getString("notes"));
	}

	@Override
	protected void insertRow(Quote q) {
		this.jdbc.sql("""
				insert into quote (id, person_id, quote_text, said_on, occasion, event_id, source, publisher,
				source_date, url, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(q.id(), q.personId(), q.text(), text(q.date()), q.occasion(), q.eventId(), q.source(),
					q.publisher(), text(q.sourceDate()), q.url(), q.notes())
			.update();
	}

	@Override
	protected int updateRow(Quote q) {
		return this.jdbc.sql("""
				update quote set person_id = ?, quote_text = ?, said_on = ?, occasion = ?, event_id = ?, source = ?,
				publisher = ?, source_date = ?, url = ?, notes = ? where id = ?""")
			.params(q.personId(), q.text(), text(q.date()), q.occasion(), q.eventId(), q.source(), q.publisher(),
					text(q.sourceDate()), q.url(), q.notes(), q.id())
			.update();
	}

}
