package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.facts.Event;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The cover needs the day and the place: an event without a date is an
 * error; a date known only to the month or year, or no venue, is a warning.
 */
@Component
@Order(40)
public class EventDateAndVenueRule implements BriefingCheckRule {

	static final String ID = "event-date-venue";

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		Event event = context.contents().event();
		String where = Where.event(event.id());
		if (event.date() == null) {
			findings.add(Finding.error(ID, where, "the event has no date; `event edit " + event.id() + "` can set it"));
		}
		else if (!event.date().isExact()) {
			findings.add(Finding.warning(ID, where, "the event's date is known only as " + event.date().toDisplayString()
					+ "; `event edit " + event.id() + "` can set the day"));
		}
		boolean noVenue = event.venue() == null || event.venue().isBlank();
		boolean noCity = event.city() == null || event.city().isBlank();
		if (noVenue) {
			findings.add(Finding.warning(ID, where, "the event has no venue" + (noCity ? " and no city" : "")
					+ "; `event edit " + event.id() + "` can set it"));
		}
		return findings;
	}

}
