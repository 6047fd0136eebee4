package org.briefdesk.render;

import java.util.List;

/**
 * The template data model: everything a briefing-pack template (Word or PDF) can show, built
 * once from a briefing and handed to every engine as plain maps and lists (see
 * {@link TemplateData}). Texts are ready to print (dates spelled out, names with their
 * honorifics); a value that is not known is an empty string or an empty list, never null, so
 * a template can test it with a condition block.
 */
public record PackModel(
		@Field("Title of the pack, e.g. \"Briefing to Member States on the work of ICAT\"") String title,
		@Field("Subtitle under the title on the cover; may be empty") String subtitle,
		@Field("The briefing's id, e.g. \"icat-briefing-2023\"") String briefingId,
		@Field("Language of the pack, as an ISO 639-1 code") String language,
		@Field("Organisation that issues the pack (document author), e.g. \"ICAT Secretariat\"") String issuedBy,
		@Field("The event the briefing is for") EventView event,
		@Field("The person who chairs the event; empty fields when nobody is named") PersonView chair,
		@Field("The person who moderates the event; empty fields when nobody is named") PersonView moderator,
		@Field("Organisations that co-chair or host the event") List<OrganisationView> coChairs,
		@Field("Purpose and background: paragraphs of free text") List<Paragraph> purpose,
		@Field("The programme: agenda items in order") List<AgendaItem> programme,
		@Field("People on the panel, in order, each with their role in this briefing") List<PanelistView> panelists,
		@Field("The priority set shown as the chair's priorities") PrioritySetView prioritySet,
		@Field("The chair's priorities, numbered, in order") List<NumberedText> priorities,
		@Field("Key figures, each with the number of its source note") List<FigureView> figures,
		@Field("Quotes, each with speaker and occasion") List<QuoteView> quotes,
		@Field("Talking points, numbered, in order") List<NumberedText> talkingPoints,
		@Field("Logistics: paragraphs of free text (venue, access, registration)") List<Paragraph> logistics,
		@Field("Sources of the figures and quotes, numbered as their notes") List<SourceView> sources,
		@Field("Date the pack was generated, spelled out, e.g. \"24 November 2026\"") String generatedOn,
		@Field("Date the pack was generated, ISO 8601, e.g. \"2026-11-24\"") String generatedOnIso) {

	public record EventView(@Field("Event id") String id, @Field("Event title") String title,
			@Field("Kind, e.g. \"Briefing to Member States\"") String kind,
			@Field("Date spelled out, e.g. \"Tuesday, 3 October 2023\"") String date,
			@Field("Date, ISO 8601") String dateIso,
			@Field("Time range with time zone, e.g. \"10:00–11:30 (CEST)\"; may be empty") String time,
			@Field("Venue, e.g. \"Vienna International Centre\"") String venue,
			@Field("City") String city, @Field("Country") String country,
			@Field("Venue, city and country in one line") String place,
			@Field("The meeting this event is held on the margins of; may be empty") String onTheMarginsOf,
			@Field("Series the event belongs to, for recurring meetings; may be empty") String series,
			@Field("Host or co-chair organisations in one line, e.g. \"IOM and OSRSG-VAC\"") String hosts) {
	}

	public record PersonView(@Field("Person id") String id,
			@Field("Honorific, e.g. \"H.E. Ambassador\", \"Ms.\"") String honorific,
			@Field("Full name, e.g. \"Alena Kupchyna\"") String name,
			@Field("Honorific and name, e.g. \"H.E. Ambassador Alena Kupchyna\"") String fullName,
			@Field("Title or position") String title,
			@Field("Organisation's full name") String organisation,
			@Field("Organisation's acronym; may be empty") String organisationAcronym,
			@Field("Short biography; may be empty") String bio) {
	}

	public record OrganisationView(@Field("Organisation id") String id, @Field("Acronym, e.g. \"UNODC\"") String acronym,
			@Field("Full name") String name, @Field("Kind, e.g. \"UN entity\"") String kind) {
	}

	public record PanelistView(@Field("Position on the panel, from 1") int number,
			@Field("Role in this briefing: Chair, Co-chair, Moderator, Speaker, Discussant") String role,
			@Field("Person id") String id, @Field("Honorific") String honorific, @Field("Full name") String name,
			@Field("Honorific and name") String fullName, @Field("Title or position") String title,
			@Field("Organisation's full name") String organisation,
			@Field("Organisation's acronym; may be empty") String organisationAcronym,
			@Field("Short biography; may be empty") String bio) {
	}

	public record AgendaItem(@Field("Time, e.g. \"10:00\"; may be empty") String time,
			@Field("What happens") String item, @Field("Who speaks, in one line; may be empty") String speakers) {
	}

	public record PrioritySetView(@Field("Title, e.g. \"Priorities of the 2025 OAS–UNODC co-chairpersonship\"") String title,
			@Field("Owner organisations in one line") String owner,
			@Field("Period it is valid for, e.g. \"2025\"") String period) {
	}

	public record NumberedText(@Field("Number, from 1") int number, @Field("Text") String text) {
	}

	public record Paragraph(@Field("Paragraph text") String text) {
	}

	public record FigureView(@Field("Number of its source note (see sources)") int note,
			@Field("The statement, e.g. \"One in three detected victims of trafficking is a child\"") String statement,
			@Field("Value with its unit, e.g. \"1 in 3\"; may be empty") String value,
			@Field("Short source, e.g. \"UNODC, Global Report on Trafficking in Persons 2022\"") String source,
			@Field("Year of the source") String sourceYear) {
	}

	public record QuoteView(@Field("The words") String text, @Field("Speaker's name") String speaker,
			@Field("Speaker's title and organisation in one line") String speakerTitle,
			@Field("Date spelled out; may be empty") String date,
			@Field("Where it was said; may be empty") String occasion,
			@Field("Number of its source note, 0 when none") int note) {
	}

	public record SourceView(@Field("Note number, from 1") int number,
			@Field("Full citation: publisher, title, date") String citation,
			@Field("Web address; may be empty") String url) {
	}

}
