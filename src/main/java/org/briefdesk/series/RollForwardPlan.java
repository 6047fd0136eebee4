package org.briefdesk.series;

import java.util.List;

import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.ReviewMark;
import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.PrioritySet;

/**
 * What rolling a series forward to a date will write, worked out without writing anything:
 * the dry run prints it, {@link RollForward#apply} writes it.
 *
 * @param seriesId the series
 * @param date the date of the new meeting
 * @param lastEvent the last event of the series, whose kind, venue, hosts and margins are copied
 * @param lastBriefing the last briefing of the series, which is cloned; null when the series has none
 * @param event the new event
 * @param briefing the clone for the new event; null when there is nothing to clone
 * @param chairpersonship the chairpersonship valid on the date, whose organisations co-chair the
 *        new event; null when the library records none for the date
 * @param prioritySet the priorities of the clone; null when no priority set holds on the date
 * @param copied what is copied as it was, one line each ("kind: side event")
 * @param changed what is copied changed, each with its old and new value
 * @param marks the parts of the clone marked for review, and why
 * @param notes what the user should know that is none of those ("no chairpersonship is recorded for 2024")
 */
public record RollForwardPlan(String seriesId, PartialDate date, Event lastEvent, Briefing lastBriefing, Event event,
		Briefing briefing, Chairpersonship chairpersonship, PrioritySet prioritySet, List<String> copied,
		List<Change> changed, List<ReviewMark> marks, List<String> notes) {

	public RollForwardPlan {
		copied = List.copyOf(copied);
		changed = List.copyOf(changed);
		marks = List.copyOf(marks);
		notes = List.copyOf(notes);
	}

	/**
	 * One thing the new meeting has otherwise than the last one.
	 *
	 * @param what what it is ("co-chairs")
	 * @param from its value at the last meeting; empty when it had none
	 * @param to its value at the new one; empty when it has none
	 */
	public record Change(String what, String from, String to) {
	}

	/** The co-chairs of the new event: the organisations of the chairpersonship valid on the date. */
	public List<String> coChairIds() {
		return this.event.coChairIds();
	}

}
