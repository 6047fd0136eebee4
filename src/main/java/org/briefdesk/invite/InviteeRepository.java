package org.briefdesk.invite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefdesk.team.Change;
import org.briefdesk.team.ChangeLog;
import org.briefdesk.team.Differences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores invitees, one row each (Flyway schema {@code V5__invitees.sql}). Writes take part in
 * the caller's transaction, and each records itself in the change log (as
 * {@code invitee EVENT/ID}). Lists come in the order of addition.
 */
@Repository
public class InviteeRepository {

	private static final String COLUMNS = "event_id, id, seq_no, honorific, given_name, family_name, full_name, title, "
			+ "organisation, email, language, person_id, status, note, created_at, updated_at";

	/** The change log's name for invitees. */
	static final String KIND = "invitee";

	private final JdbcClient jdbc;

	private final ChangeLog changes;

	public InviteeRepository(JdbcClient jdbc, ChangeLog changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/** The invitees of an event, in the order of addition. */
	public List<Invitee> findByEvent(String eventId) {
		return this.jdbc.sql("select " + COLUMNS + " from invitee where event_id = ? order by seq_no")
			.param(eventId)
			.query(InviteeRepository::map)
			.list();
	}

	public Optional<Invitee> find(String eventId, String id) {
		return this.jdbc.sql("select " + COLUMNS + " from invitee where event_id = ? and id = ?")
			.param(eventId)
			.param(id)
			.query(InviteeRepository::map)
			.optional();
	}

	/** The events that have invitees, each with how many. */
	public List<EventCount> countsByEvent() {
		return this.jdbc.sql("select event_id, count(*) from invitee group by event_id order by event_id")
			.query((rs, n) -> new EventCount(rs.getString(1), rs.getInt(2)))
			.list();
	}

	public int countByEvent(String eventId) {
		return this.jdbc.sql("select count(*) from invitee where event_id = ?").param(eventId).query(Integer.class).single();
	}

	/** Every invitee added from a library person, in any event. */
	public List<Invitee> findByPerson(String personId) {
		return this.jdbc.sql("select " + COLUMNS + " from invitee where person_id = ? order by event_id, seq_no")
			.param(personId)
			.query(InviteeRepository::map)
			.list();
	}

	/** The number the next invitee of the event gets: one more than the highest so far. */
	public int nextNumber(String eventId) {
		Integer highest = this.jdbc.sql("select max(seq_no) from invitee where event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return highest == null ? 1 : highest + 1;
	}

	public void insert(Invitee invitee) {
		Contact c = invitee.contact();
		this.jdbc.sql("insert into invitee (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(invitee.eventId(), invitee.id(), invitee.number(), c.honorific(), c.givenName(), c.familyName(),
					c.fullName(), c.title(), c.organisation(), c.email(), c.language(), c.personId(),
					invitee.status().key(), invitee.note(), timestamp(invitee.createdAt()),
					timestamp(invitee.updatedAt()))
			.update();
		this.changes.record(this.changes.stamp(), KIND, logId(invitee.eventId(), invitee.id()), Change.ADDED, null,
				c.fullName());
	}

	/** Replaces the stored invitee with the same event and id (its number stays). */
	public void update(Invitee invitee) {
		Optional<Invitee> before = find(invitee.eventId(), invitee.id());
		Contact c = invitee.contact();
		int updated = this.jdbc.sql("""
				update invitee set honorific = ?, given_name = ?, family_name = ?, full_name = ?, title = ?,
				organisation = ?, email = ?, language = ?, person_id = ?, status = ?, note = ?, updated_at = ?
				where event_id = ? and id = ?""")
			.params(c.honorific(), c.givenName(), c.familyName(), c.fullName(), c.title(), c.organisation(), c.email(),
					c.language(), c.personId(), invitee.status().key(), invitee.note(), timestamp(invitee.updatedAt()),
					invitee.eventId(), invitee.id())
			.update();
		if (updated == 0) {
			throw new IllegalStateException("no invitee '" + invitee.id() + "' of event '" + invitee.eventId() + "' to update");
		}
		List<String> changed = Differences.between(before.map(InviteeRepository::fields).orElse(Map.of()), fields(invitee));
		if (!changed.isEmpty()) {
			this.changes.record(this.changes.stamp(), KIND, logId(invitee.eventId(), invitee.id()), Change.CHANGED, null,
					String.join("; ", changed));
		}
	}

	public boolean delete(String eventId, String id) {
		Optional<Invitee> before = find(eventId, id);
		boolean deleted = this.jdbc.sql("delete from invitee where event_id = ? and id = ?")
			.param(eventId)
			.param(id)
			.update() > 0;
		if (deleted) {
			this.changes.record(this.changes.stamp(), KIND, logId(eventId, id), Change.REMOVED, null,
					before.map(invitee -> invitee.contact().fullName()).orElse(null));
		}
		return deleted;
	}

	/** How the change log names an invitee: its event and its id. */
	static String logId(String eventId, String id) {
		return eventId + "/" + id;
	}

	/** An invitee's fields as the change log compares them. */
	private static Map<String, Object> fields(Invitee invitee) {
		Contact c = invitee.contact();
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("honorific", c.honorific());
		fields.put("given-name", c.givenName());
		fields.put("family-name", c.familyName());
		fields.put("full-name", c.fullName());
		fields.put("title", c.title());
		fields.put("organisation", c.organisation());
		fields.put("email", c.email());
		fields.put("language", c.language());
		fields.put("person", c.personId());
		fields.put("status", invitee.status().key());
		fields.put("note", invitee.note());
		return fields;
	}

	/** An event with invitees and how many. */
	public record EventCount(String eventId, int invitees) {
	}

	private static Invitee map(ResultSet rs, int row) throws SQLException {
		Contact contact = new Contact(rs.getString("honorific"), rs.getString("given_name"), rs.getString("family_name"),
				rs.getString("full_name"), rs.getString("title"), rs.getString("organisation"), rs.getString("email"),
				rs.getString("language"), rs.getString("person_id"));
		return new Invitee(rs.getString("event_id"), rs.getString("id"), rs.getInt("seq_no"), contact,
				ResponseStatus.parse(rs.getString("status")).orElse(ResponseStatus.NO_REPLY), rs.getString("note"),
				local(rs.getTimestamp("created_at")), local(rs.getTimestamp("updated_at")));
	}

	private static Timestamp timestamp(LocalDateTime time) {
		return time == null ? null : Timestamp.valueOf(time);
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

}
