package org.briefdesk.briefing;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefdesk.team.Change;
import org.briefdesk.team.ChangeLog;
import org.briefdesk.team.Differences;
import org.briefdesk.team.Revision;
import org.briefdesk.team.VersionedRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores briefings as aggregates: a briefing row and its ordered child rows, read and
 * written whole. Saving rewrites the child rows, so that every change (a move, an insert)
 * is one transaction and ordinals stay 1..n without gaps. Each save that changes something
 * makes the briefing's next version and records the change in the change log.
 */
@Repository
public class BriefingRepository {

	/** The change log's name for briefings. */
	static final String KIND = "briefing";

	private final JdbcClient jdbc;

	private final ChangeLog changes;

	private final VersionedRows versions;

	public BriefingRepository(JdbcClient jdbc, ChangeLog changes) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.versions = new VersionedRows(jdbc, "briefing");
	}

	/** Which version of the briefing is stored, and who made it when; empty when there is none. */
	public Optional<Revision> revision(String id) {
		return this.versions.revision(id);
	}

	/** A line of {@code briefing list}: the briefing's own columns only. */
	public record Summary(String id, String eventId, String title, LocalDateTime updatedAt) {
	}

	public boolean exists(String id) {
		return this.jdbc.sql("select count(*) from briefing where id = ?").param(id).query(Integer.class).single() > 0;
	}

	public List<Summary> summaries() {
		return this.jdbc.sql("select id, event_id, title, updated_at from briefing order by id")
			.query((rs, n) -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3), toLocal(rs.getTimestamp(4))))
			.list();
	}

	public List<String> ids() {
		return this.jdbc.sql("select id from briefing order by id").query(String.class).list();
	}

	public List<Briefing> findAll() {
		return ids().stream().map(this::find).flatMap(Optional::stream).toList();
	}

	public Optional<Briefing> find(String id) {
		Optional<Briefing.Builder> head = this.jdbc
			.sql("select id, event_id, title, subtitle, issued_by, priority_set_id, created_at, updated_at from briefing where id = ?")
			.param(id)
			.query((rs, n) -> new Briefing.Builder().id(rs.getString(1))
				.eventId(rs.getString(2))
				.title(rs.getString(3))
				.subtitle(rs.getString(4))
				.issuedBy(rs.getString(5))
				.prioritySetId(rs.getString(6))
				.createdAt(toLocal(rs.getTimestamp(7)))
				.updatedAt(toLocal(rs.getTimestamp(8))))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		Briefing.Builder briefing = head.get();
		briefing.sections(this.jdbc.sql("select kind from briefing_section where briefing_id = ? order by ordinal")
			.param(id)
			.query((rs, n) -> SectionKind.parse(rs.getString(1))
				.orElseThrow(() -> new IllegalStateException("unknown section kind in the library: " + id)))
			.list());
		briefing.panelists(this.jdbc
			.sql("select person_id, panel_role from briefing_panelist where briefing_id = ? order by ordinal")
			.param(id)
			.query((rs, n) -> new Panelist(rs.getString(1), PanelRole.parse(rs.getString(2)).orElse(PanelRole.SPEAKER)))
			.list());
		briefing.figureIds(this.jdbc
			.sql("select statistic_id from briefing_figure where briefing_id = ? order by ordinal")
			.param(id)
			.query(String.class)
			.list());
		briefing.quoteIds(this.jdbc.sql("select quote_id from briefing_quote where briefing_id = ? order by ordinal")
			.param(id)
			.query(String.class)
			.list());
		for (TextKind kind : TextKind.values()) {
			briefing.paragraphs(kind, this.jdbc
				.sql("select paragraph from briefing_paragraph where briefing_id = ? and text_kind = ? order by ordinal")
				.param(id)
				.param(kind.key())
				.query(String.class)
				.list());
		}
		briefing.programme(programme(id));
		return Optional.of(briefing.build());
	}

	private List<ProgrammeItem> programme(String id) {
		Map<Integer, List<String>> speakers = new LinkedHashMap<>();
		this.jdbc
			.sql("select item_ordinal, person_id from briefing_programme_speaker where briefing_id = ? order by item_ordinal, ordinal")
			.param(id)
			.query(rs -> {
				speakers.computeIfAbsent(rs.getInt(1), key -> new ArrayList<>()).add(rs.getString(2));
			});
		return this.jdbc
			.sql("select ordinal, item_time, item_text, speakers_note from briefing_programme_item where briefing_id = ? order by ordinal")
			.param(id)
			.query((rs, n) -> new ProgrammeItem(rs.getString(2), rs.getString(3),
					speakers.getOrDefault(rs.getInt(1), List.of()), rs.getString(4)))
			.list();
	}

	/** Inserts or replaces a briefing with all its parts, whatever version is stored (an import). */
	@Transactional
	public void save(Briefing briefing) {
		write(briefing, null);
	}

	/**
	 * Replaces a stored briefing if it is still at {@code readVersion}, the version the change
	 * was made from; otherwise refuses, naming who changed what since.
	 */
	@Transactional
	public void save(Briefing briefing, int readVersion) {
		write(briefing, readVersion);
	}

	private void write(Briefing briefing, Integer readVersion) {
		String id = briefing.id();
		Optional<Revision> locked = this.versions.lock(id);
		VersionedRows.Stamp stamp = this.changes.stamp();
		if (locked.isEmpty()) {
			if (readVersion != null) {
				throw new IllegalStateException("no briefing '" + id + "' to update");
			}
			this.jdbc
				.sql("insert into briefing (id, event_id, title, subtitle, issued_by, priority_set_id, created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, briefing.eventId(), briefing.title(), emptyToNull(briefing.subtitle()),
						emptyToNull(briefing.issuedBy()), briefing.prioritySetId(), toTimestamp(briefing.createdAt()),
						toTimestamp(briefing.updatedAt()), stamp.by())
				.update();
			insertParts(briefing);
			this.changes.record(stamp, KIND, id, Change.ADDED, 1, briefing.title());
			return;
		}
		Briefing before = find(id).orElseThrow(() -> new IllegalStateException("no briefing '" + id + "' to update"));
		List<String> changed = Differences.between(BriefingEntries.write(before), BriefingEntries.write(briefing));
		if (changed.isEmpty()) {
			return;
		}
		if (readVersion != null && readVersion != locked.get().version()) {
			throw this.changes.staleEdit(KIND, "briefing '" + id + "'", id, readVersion, locked.get(),
					"`briefing show " + id + "` shows it as it is now; make your change again");
		}
		this.jdbc
			.sql("update briefing set event_id = ?, title = ?, subtitle = ?, issued_by = ?, priority_set_id = ?, created_at = ?, updated_at = ? where id = ?")
			.params(briefing.eventId(), briefing.title(), emptyToNull(briefing.subtitle()),
					emptyToNull(briefing.issuedBy()), briefing.prioritySetId(), toTimestamp(briefing.createdAt()),
					toTimestamp(briefing.updatedAt()), id)
			.update();
		int version = this.versions.next(id, locked.get(), new VersionedRows.Stamp(stamp.by(),
				briefing.updatedAt() != null ? briefing.updatedAt() : stamp.at()));
		deleteParts(id);
		insertParts(briefing);
		this.changes.record(stamp, KIND, id, Change.CHANGED, version, String.join("; ", changed));
	}

	@Transactional
	public boolean delete(String id) {
		Optional<Briefing> before = this.versions.lock(id).flatMap(locked -> find(id));
		deleteParts(id);
		boolean deleted = this.jdbc.sql("delete from briefing where id = ?").param(id).update() > 0;
		if (deleted) {
			this.changes.record(this.changes.stamp(), KIND, id, Change.REMOVED, null,
					before.map(Briefing::title).orElse(null));
		}
		return deleted;
	}

	private void deleteParts(String id) {
		// Child rows are deleted explicitly rather than by cascade, speakers before their items.
		for (String table : List.of("briefing_programme_speaker", "briefing_programme_item", "briefing_paragraph",
				"briefing_quote", "briefing_figure", "briefing_panelist", "briefing_section")) {
			this.jdbc.sql("delete from " + table + " where briefing_id = ?").param(id).update();
		}
	}

	private void insertParts(Briefing briefing) {
		String id = briefing.id();
		int ordinal = 0;
		for (SectionKind section : briefing.sections()) {
			this.jdbc.sql("insert into briefing_section (briefing_id, ordinal, kind) values (?, ?, ?)")
				.params(id, ++ordinal, section.key())
				.update();
		}
		ordinal = 0;
		for (Panelist panelist : briefing.panelists()) {
			this.jdbc
				.sql("insert into briefing_panelist (briefing_id, ordinal, person_id, panel_role) values (?, ?, ?, ?)")
				.params(id, ++ordinal, panelist.personId(), panelist.role().key())
				.update();
		}
		ordinal = 0;
		for (String statisticId : briefing.figureIds()) {
			this.jdbc.sql("insert into briefing_figure (briefing_id, ordinal, statistic_id) values (?, ?, ?)")
				.params(id, ++ordinal, statisticId)
				.update();
		}
		ordinal = 0;
		for (String quoteId : briefing.quoteIds()) {
			this.jdbc.sql("insert into briefing_quote (briefing_id, ordinal, quote_id) values (?, ?, ?)")
				.params(id, ++ordinal, quoteId)
				.update();
		}
		for (TextKind kind : TextKind.values()) {
			ordinal = 0;
			for (String paragraph : briefing.paragraphs(kind)) {
				this.jdbc
					.sql("insert into briefing_paragraph (briefing_id, text_kind, ordinal, paragraph) values (?, ?, ?, ?)")
					.params(id, kind.key(), ++ordinal, paragraph)
					.update();
			}
		}
		ordinal = 0;
		for (ProgrammeItem item : briefing.programme()) {
			int itemOrdinal = ++ordinal;
			this.jdbc
				.sql("insert into briefing_programme_item (briefing_id, ordinal, item_time, item_text, speakers_note) values (?, ?, ?, ?, ?)")
				.params(id, itemOrdinal, emptyToNull(item.time()), item.text(), emptyToNull(item.speakersNote()))
				.update();
			int speakerOrdinal = 0;
			for (String personId : item.speakerIds()) {
				this.jdbc
					.sql("insert into briefing_programme_speaker (briefing_id, item_ordinal, ordinal, person_id) values (?, ?, ?, ?)")
					.params(id, itemOrdinal, ++speakerOrdinal, personId)
					.update();
			}
		}
	}

	/** Where briefings use a fact: "briefing x (panelist)", for the fact library's refusal to remove it. */
	public List<String> usesOfPerson(String personId) {
		List<String> uses = new ArrayList<>();
		uses.addAll(this.jdbc.sql("select distinct briefing_id from briefing_panelist where person_id = ? order by briefing_id")
			.param(personId)
			.query((rs, n) -> "briefing '" + rs.getString(1) + "' (panelist)")
			.list());
		uses.addAll(this.jdbc
			.sql("select distinct briefing_id from briefing_programme_speaker where person_id = ? order by briefing_id")
			.param(personId)
			.query((rs, n) -> "briefing '" + rs.getString(1) + "' (programme speaker)")
			.list());
		return uses;
	}

	public List<String> usesOfStatistic(String statisticId) {
		return this.jdbc.sql("select distinct briefing_id from briefing_figure where statistic_id = ? order by briefing_id")
			.param(statisticId)
			.query((rs, n) -> "briefing '" + rs.getString(1) + "' (key figure)")
			.list();
	}

	public List<String> usesOfQuote(String quoteId) {
		return this.jdbc.sql("select distinct briefing_id from briefing_quote where quote_id = ? order by briefing_id")
			.param(quoteId)
			.query((rs, n) -> "briefing '" + rs.getString(1) + "' (quote)")
			.list();
	}

	public List<String> usesOfPrioritySet(String prioritySetId) {
		return this.jdbc.sql("select id from briefing where priority_set_id = ? order by id")
			.param(prioritySetId)
			.query((rs, n) -> "briefing '" + rs.getString(1) + "' (chair's priorities)")
			.list();
	}

	public List<String> usesOfEvent(String eventId) {
		return this.jdbc.sql("select id from briefing where event_id = ? order by id")
			.param(eventId)
			.query((rs, n) -> "briefing '" + rs.getString(1) + "' (event)")
			.list();
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private static Timestamp toTimestamp(LocalDateTime time) {
		return time == null ? null : Timestamp.valueOf(time);
	}

	private static LocalDateTime toLocal(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

}
