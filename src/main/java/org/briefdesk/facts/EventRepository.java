package org.briefdesk.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.briefdesk.team.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores events with their ordered hosts, co-chairs and speakers. */
@Component
public class EventRepository extends FactRepositorySupport<Event> {

	static final String HOST = "host";

	static final String CO_CHAIR = "co-chair";

	public EventRepository(JdbcClient jdbc, SearchIndex searchIndex, ChangeLog changes) {
		super(jdbc, searchIndex, "event", changes);
	}

	@Override
	public FactKind kind() {
		return FactKind.EVENT;
	}

	/** The events of one series, oldest first. */
	public List<Event> findBySeries(String series) {
		return load("where series = ?", series);
	}

	@Override
	protected List<Event> load(String where, String id) {
		Map<String, List<String>> hosts = children("event_organisation", "event_id", "organisation_id",
				"org_role = '" + HOST + "'", onlyId(where, id));
		Map<String, List<String>> coChairs = children("event_organisation", "event_id", "organisation_id",
				"org_role = '" + CO_CHAIR + "'", onlyId(where, id));
		Map<String, List<String>> speakers = children("event_speaker", "event_id", "person_id", "", onlyId(where, id));
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select * from event" + where(where) + " order by event_date, id");
		if (id != null) {
			statement = statement.param(id);
		}
		return statement.query((ResultSet rs, int row) -> map(rs, hosts, coChairs, speakers)).list();
	}

	private static Event map(ResultSet rs, Map<String, List<String>> hosts, Map<String, List<String>> coChairs,
			Map<String, List<String>> speakers) throws SQLException {
		String id = rs.getString("id");
		return new Event(id, rs.getString("title"), rs.getString("kind"), date(rs, "event_date"),
				time(rs, "start_time"), time(rs, "end_time"), rs.getString("time_zone"), rs.getString("venue"),
				rs.getString("city"), rs.getString("country"), rs.getString("chair_id"), rs.getString("moderator_id"),
				hosts.getOrDefault(id, List.of()), coChairs.getOrDefault(id, List.of()),
				speakers.getOrDefault(id, List.of()), rs.getString("margins_of"), rs.getString("series"),
				rs.getString("notes"));
	}

	@Override
	protected void insertRow(Event e) {
		this.jdbc.sql("""
				insert into event (id, title, kind, event_date, start_time, end_time, time_zone, venue, city, country,
				chair_id, moderator_id, margins_of, series, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.title(), e.kind(), text(e.date()), text(e.startTime()), text(e.endTime()), e.timeZone(),
					e.venue(), e.city(), e.country(), e.chairId(), e.moderatorId(), e.marginsOf(), e.series(),
					e.notes())
			.update();
	}

	@Override
	protected int updateRow(Event e) {
		return this.jdbc.sql("""
				update event set title = ?, kind = ?, event_date = ?, start_time = ?, end_time = ?, time_zone = ?,
				venue = ?, city = ?, country = ?, chair_id = ?, moderator_id = ?, margins_of = ?, series = ?,
				notes = ? where id = ?""")
			.params(e.title(), e.kind(), text(e.date()), text(e.startTime()), text(e.endTime()), e.timeZone(),
					e.venue(), e.city(), e.country(), e.chairId(), e.moderatorId(), e.marginsOf(), e.series(),
					e.notes(), e.id())
			.update();
	}

	@Override
	protected void insertChildren(Event e) {
		insertOrganisations(e.id(), HOST, e.hostIds());
		insertOrganisations(e.id(), CO_CHAIR, e.coChairIds());
		insertList("insert into event_speaker (event_id, ordinal, person_id) values (?, ?, ?)", e.id(),
				e.speakerIds());
	}

	private void insertOrganisations(String eventId, String role, List<String> organisationIds) {
		for (int i = 0; i < organisationIds.size(); i++) {
			this.jdbc.sql("insert into event_organisation (event_id, org_role, ordinal, organisation_id) values (?, ?, ?, ?)")
				.params(eventId, role, i + 1, organisationIds.get(i))
				.update();
		}
	}

	@Override
	protected void deleteChildren(String id) {
		this.jdbc.sql("delete from event_organisation where event_id = ?").param(id).update();
		this.jdbc.sql("delete from event_speaker where event_id = ?").param(id).update();
	}

}
