package org.briefdesk.facts;

import java.time.LocalTime;
import java.util.List;

/**
 * A meeting: a briefing to Member States, a side event, a principals' meeting.
 *
 * @param id the short id ({@code icat-briefing-2023-10-03})
 * @param title the title
 * @param kind what sort of event ("briefing to Member States", "side event"), free text
 * @param date the day, or the month or year when that is all that is known
 * @param startTime the local start time, if known
 * @param endTime the local end time, if known
 * @param timeZone the time zone of the times and the place ({@code Europe/Vienna}), if known
 * @param venue the building or the platform
 * @param city the city
 * @param country the country
 * @param chairId the person chairing, if any
 * @param moderatorId the person moderating, if any
 * @param hostIds the organisations hosting it, in order
 * @param coChairIds the organisations co-chairing the coordination body at the time, in order
 * @param speakerIds the people who spoke, in order
 * @param marginsOf the larger meeting it was held on the margins of, if any
 * @param series the id of the series it belongs to when it recurs ({@code icat-briefings})
 * @param notes anything else worth keeping
 */
public record Event(String id, String title, String kind, PartialDate date, LocalTime startTime, LocalTime endTime,
		String timeZone, String venue, String city, String country, String chairId, String moderatorId,
		List<String> hostIds, List<String> coChairIds, List<String> speakerIds, String marginsOf, String series,
		String notes) implements Fact {

	public Event {
		hostIds = hostIds == null ? List.of() : List.copyOf(hostIds);
		coChairIds = coChairIds == null ? List.of() : List.copyOf(coChairIds);
		speakerIds = speakerIds == null ? List.of() : List.copyOf(speakerIds);
	}

	@Override
	public FactKind factKind() {
		return FactKind.EVENT;
	}

	@Override
	public String label() {
		return this.title;
	}

	/** "Vienna, Austria", "Bratislava", or empty. */
	public String place() {
		StringBuilder place = new StringBuilder();
		for (String part : new String[] { this.venue, this.city, this.country }) {
			if (part != null && !part.isBlank()) {
				place.append(place.length() == 0 ? "" : ", ").append(part);
			}
		}
		return place.toString();
	}

	public Event withId(String newId) {
		return new Event(newId, this.title, this.kind, this.date, this.startTime, this.endTime, this.timeZone,
				this.venue, this.city, this.country, this.chairId, this.moderatorId, this.hostIds, this.coChairIds,
				this.speakerIds, this.marginsOf, this.series, this.notes);
	}

}
