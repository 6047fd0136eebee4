package org.briefdesk.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.Chairpersonships;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.EventRepository;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The series of the library: every series id its events share ({@code series list}), and one
 * series's meetings in date order with who co-chaired each and the briefings each has
 * ({@code series show}).
 */
@Service
public class SeriesQueries {

	private final EventRepository events;

	private final BriefingQueries briefings;

	private final Chairpersonships chairs;

	SeriesQueries(EventRepository events, BriefingQueries briefings, Chairpersonships chairs) {
		this.events = events;
		this.briefings = briefings;
		this.chairs = chairs;
	}

	/**
	 * A series, as {@code series list} shows it.
	 *
	 * @param id the series id
	 * @param events how many events it has
	 * @param first the date of its first event
	 * @param last the date of its last event
	 * @param lastEventId its last event, the one {@code event next} rolls forward
	 * @param title the last event's title
	 */
	public record Summary(String id, int events, PartialDate first, PartialDate last, String lastEventId,
			String title) {
	}

	/**
	 * One meeting of a series.
	 *
	 * @param event the event
	 * @param coChairIds who co-chaired it: the organisations it names, or those of the
	 *        chairpersonship valid on its date
	 * @param chairpersonship the chairpersonship they come from when the event names none; null otherwise
	 * @param briefingIds the briefings for it, by id
	 */
	public record Meeting(Event event, List<String> coChairIds, Chairpersonship chairpersonship,
			List<String> briefingIds) {

		public Meeting {
			coChairIds = List.copyOf(coChairIds);
			briefingIds = List.copyOf(briefingIds);
		}

	}

	/** Every series, by id. */
	@Transactional(readOnly = true)
	public List<Summary> list() {
		Map<String, List<Event>> bySeries = new LinkedHashMap<>();
		for (Event event : this.events.findAll()) {
			if (event.series() != null && !event.series().isBlank()) {
				bySeries.computeIfAbsent(event.series(), key -> new ArrayList<>()).add(event);
			}
		}
		return bySeries.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> {
			List<Event> meetings = entry.getValue();
			Event last = meetings.get(meetings.size() - 1);
			return new Summary(entry.getKey(), meetings.size(), meetings.get(0).date(), last.date(), last.id(),
					last.title());
		}).toList();
	}

	/** The meetings of one series, oldest first. */
	@Transactional(readOnly = true)
	public List<Meeting> show(String seriesId) {
		String id = seriesId == null ? "" : seriesId.strip();
		List<Event> meetings = id.isEmpty() ? List.of() : this.events.findBySeries(id);
		if (meetings.isEmpty()) {
			throw new NotFoundException("no series '" + id + "'; `series list` shows the series");
		}
		List<BriefingQueries.Listed> all = this.briefings.list();
		List<Chairpersonship> chairpersonships = this.chairs.all();
		return meetings.stream().map(event -> {
			Optional<Chairpersonship> holding = event.coChairIds().isEmpty()
					? Chairpersonship.holdingOn(chairpersonships, event.date()) : Optional.empty();
			List<String> coChairs = holding.map(Chairpersonship::organisationIds).orElse(event.coChairIds());
			List<String> briefingIds = all.stream()
				.filter(listed -> event.id().equals(listed.eventId()))
				.map(BriefingQueries.Listed::id)
				.toList();
			return new Meeting(event, coChairs, holding.orElse(null), briefingIds);
		}).toList();
	}

}
