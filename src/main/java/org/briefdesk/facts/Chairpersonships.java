package org.briefdesk.facts;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Who chairs on a date: the chairpersonship that holds then, and an event's co-chairs, its
 * own where it names some and otherwise those of the chairpersonship valid on its date.
 */
@Service
public class Chairpersonships {

	private final ChairpersonshipRepository repository;

	public Chairpersonships(ChairpersonshipRepository repository) {
		this.repository = repository;
	}

	public List<Chairpersonship> all() {
		return this.repository.findAll();
	}

	/** The chairpersonship that holds on {@code date}; of several, the one that started last. */
	public Optional<Chairpersonship> holdingOn(PartialDate date) {
		return date == null ? Optional.empty() : Chairpersonship.holdingOn(all(), date);
	}

	/** The event's co-chairs: its own, or those valid on its date when it names none. */
	public List<String> coChairIdsOf(Event event) {
		if (!event.coChairIds().isEmpty()) {
			return event.coChairIds();
		}
		return holdingOn(event.date()).map(Chairpersonship::organisationIds).orElse(List.of());
	}

	/** The event with the co-chairs valid on its date, when it names none (for a new event). */
	public Event withDefaultCoChairs(Event event) {
		if (!event.coChairIds().isEmpty()) {
			return event;
		}
		List<String> coChairs = coChairIdsOf(event);
		return coChairs.isEmpty() ? event : withCoChairs(event, coChairs);
	}

	/** A copy of the event with other co-chairs. */
	public static Event withCoChairs(Event e, List<String> coChairIds) {
		return new Event(e.id(), e.title(), e.kind(), e.date(), e.startTime(), e.endTime(), e.timeZone(), e.venue(),
				e.city(), e.country(), e.chairId(), e.moderatorId(), e.hostIds(), coChairIds, e.speakerIds(),
				e.marginsOf(), e.series(), e.notes());
	}

}
