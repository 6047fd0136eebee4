package org.briefdesk.render.invitation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.render.PackModel.PersonView;

/**
 * The event the letters invite to, as the library holds it: the date and times are kept as
 * values (not text), so that each letter writes them the way its language does
 * ({@link LetterDates}); everything else is text ready to print.
 *
 * @param id the event's id
 * @param title e.g. "Briefing to Member States on the work of ICAT"
 * @param kind e.g. "Briefing to Member States"; may be empty
 * @param date the day, or null when not fixed yet
 * @param start the start time in the event's time zone, or null
 * @param end the end time, or null
 * @param timeZone the event's time zone (an IANA id such as "Europe/Vienna", or any text); may be empty
 * @param venue e.g. "Vienna International Centre"
 * @param city e.g. "Vienna"
 * @param country e.g. "Austria"
 * @param coChairs the organisations co-chairing it, in order; may be empty
 * @param signatory who signs the letters (the chair, say); when nobody is named, the letters
 * are signed by the issuing body ({@code signatory.organisation} is {@code issuedBy}), never
 * left ending on an empty signature
 * @param issuedBy the organisation the letterhead names, e.g. "ICAT Secretariat"
 */
public record InvitationEvent(String id, String title, String kind, LocalDate date, LocalTime start, LocalTime end,
		String timeZone, String venue, String city, String country, List<OrganisationView> coChairs,
		PersonView signatory, String issuedBy) {

	/** Nobody is named to sign. */
	public static final PersonView NOBODY = new PersonView("", "", "", "", "", "", "", "");

	public InvitationEvent {
		id = text(id);
		title = text(title);
		kind = text(kind);
		timeZone = text(timeZone);
		venue = text(venue);
		city = text(city);
		country = text(country);
		coChairs = coChairs == null ? List.of() : List.copyOf(coChairs);
		issuedBy = text(issuedBy);
		if (signatory == null || (signatory.fullName().isBlank() && signatory.organisation().isBlank())) {
			signatory = new PersonView("", "", "", "", "", issuedBy, "", "");
		}
	}

	/** Venue, city and country in one line, a city or country the venue already names left out. */
	public String place() {
		String shownCity = !this.city.isEmpty() && this.venue.contains(this.city) ? "" : this.city;
		String shownCountry = !this.country.isEmpty()
				&& (this.venue.contains(this.country) || shownCity.contains(this.country)) ? "" : this.country;
		return String.join(", ", java.util.stream.Stream.of(this.venue, shownCity, shownCountry)
			.filter(part -> !part.isEmpty())
			.toList());
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
