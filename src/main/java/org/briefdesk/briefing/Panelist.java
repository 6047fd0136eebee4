package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.facts.Event;

/**
 * A person on the panel of a briefing, by reference: the name, title and organisation are
 * the person's as the library holds them today.
 *
 * @param personId the person
 * @param role the part the person plays in this briefing
 */
public record Panelist(String personId, PanelRole role) {

	public Panelist {
		if (role == null) {
			role = PanelRole.SPEAKER;
		}
	}

	/** The panel an event suggests: its chair, its moderator and its speakers, in that order. */
	static List<Panelist> suggestedBy(Event event) {
		List<Panelist> panel = new ArrayList<>();
		if (event.chairId() != null) {
			panel.add(new Panelist(event.chairId(), PanelRole.CHAIR));
		}
		if (event.moderatorId() != null) {
			panel.add(new Panelist(event.moderatorId(), PanelRole.MODERATOR));
		}
		event.speakerIds().stream().map(id -> new Panelist(id, PanelRole.SPEAKER)).forEach(panel::add);
		return panel;
	}

}
