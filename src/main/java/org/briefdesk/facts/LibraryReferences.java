package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** References between facts: people in organisations, speakers of quotes, chairs of events... */
@Component
class LibraryReferences implements FactReferenceFinder {

	private final JdbcClient jdbc;

	LibraryReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> referencesTo(FactKind kind, String id) {
		List<String> uses = new ArrayList<>();
		switch (kind) {
			case ORGANISATION -> {
				add(uses, "select id from organisation where parent_id = ?", id, "organisation", "part of it");
				add(uses, "select id from person where organisation_id = ?", id, "person", "organisation");
				add(uses, "select distinct set_id from priority_set_owner where organisation_id = ?", id,
						"priority set", "owner");
				add(uses, "select distinct event_id from event_organisation where organisation_id = ? and org_role = '"
						+ EventRepository.HOST + "'", id, "event", "host");
				add(uses, "select distinct event_id from event_organisation where organisation_id = ? and org_role = '"
						+ EventRepository.CO_CHAIR + "'", id, "event", "co-chair");
				add(uses, "select distinct chairpersonship_id from chairpersonship_organisation where organisation_id = ?",
						id, "chairpersonship", "holder");
			}
			case PERSON -> {
				add(uses, "select id from quote where person_id = ?", id, "quote", "speaker");
				add(uses, "select id from event where chair_id = ?", id, "event", "chair");
				add(uses, "select id from event where moderator_id = ?", id, "event", "moderator");
				add(uses, "select distinct event_id from event_speaker where person_id = ?", id, "event", "speaker");
			}
			case EVENT -> add(uses, "select id from quote where event_id = ?", id, "quote", "said at it");
			case STATISTIC -> add(uses, "select id from statistic where superseded_by = ?", id, "statistic",
					"its newer edition");
			default -> {
				// priority sets, statistics and quotes are used only by other features
			}
		}
		return uses;
	}

	private void add(List<String> uses, String sql, String id, String noun, String role) {
		for (String user : this.jdbc.sql(sql + " order by 1").param(id).query(String.class).list()) {
			uses.add(noun + " '" + user + "' (" + role + ")");
		}
	}

}
