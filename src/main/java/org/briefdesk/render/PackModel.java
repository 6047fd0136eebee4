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
		@Field("Organisations that co-chair the event: those it names, else those of the chairpersonship valid on its date; may be empty (hosts are not co-chairs)") List<OrganisationView> coChairs,
		@Field("Organisations that host the event; may be empty") List<OrganisationView> hosts,
		@Field("Section headings, numbered over the sections this pack has, e.g. headings.figures = \"3. Key figures\"") Headings headings,
		@Field("The sections this pack has, in order: the table of contents") List<ContentsEntry> contents,
		@Field("Purpose and background: paragraphs of free text") List<Paragraph> purpose,
		@Field("The programme: agenda items in order") List<AgendaItem> programme,
		@Field("People on the panel, in order, each with their role in this briefing") List<PanelistView> panelists,
		@Field("The priority set shown as the chair's priorities") PrioritySetView prioritySet,
		@Field("The chair's priorities, numbered, in order") List<NumberedText> priorities,
		@Field("Key figures, each with the number of its source note") List<FigureView> figures,
		@Field("Quotes, each with speaker and occasion") List<QuoteView> quotes,
		@Field("Talking points, numbered, in order") List<NumberedText> talkingPoints,
		@Field("Logistics: paragraphs of free text (venue, access, registration)") List<Paragraph> logistics,
		@Field("Participants: the invitees who accepted, by organisation and family name (the participants section)") List<ParticipantView> participants,
		@Field("Sources of the figures and quotes, numbered as their notes") List<SourceView> sources,
		@Field("Date the pack was generated, spelled out, e.g. \"24 November 2026\"") String generatedOn,
		@Field("Date the pack was generated, ISO 8601, e.g. \"2026-11-24\"") String generatedOnIso) {

	/** The sections a pack can have, in the order every default template shows them. */
	private static final List<String[]> SECTIONS = List.of(new String[] { "purpose", "Purpose and background" },
			new String[] { "programme", "Programme" }, new String[] { "panelists", "Panelists" },
			new String[] { "priorities", "The chair's priorities" }, new String[] { "figures", "Key figures" },
			new String[] { "quotes", "Quotes" }, new String[] { "talking-points", "Talking points" },
			new String[] { "logistics", "Logistics" }, new String[] { "participants", "Participants" },
			new String[] { "sources", "Sources" });

	/**
	 * A pack whose headings and contents follow from what it holds: a section is numbered, and
	 * listed, only when its list is not empty, so Word and PDF number the same sections alike.
	 * No participants.
	 */
	public static PackModel of(String title, String subtitle, String briefingId, String language, String issuedBy,
			EventView event, PersonView chair, PersonView moderator, List<OrganisationView> coChairs,
			List<OrganisationView> hosts, List<Paragraph> purpose, List<AgendaItem> programme,
			List<PanelistView> panelists, PrioritySetView prioritySet, List<NumberedText> priorities,
			List<FigureView> figures, List<QuoteView> quotes, List<NumberedText> talkingPoints,
			List<Paragraph> logistics, List<SourceView> sources, String generatedOn, String generatedOnIso) {
		return of(title, subtitle, briefingId, language, issuedBy, event, chair, moderator, coChairs, hosts, purpose,
				programme, panelists, prioritySet, priorities, figures, quotes, talkingPoints, logistics, List.of(), sources,
				generatedOn, generatedOnIso);
	}

	/**
	 * A pack whose headings and contents follow from what it holds: a section is numbered, and
	 * listed, only when its list is not empty, so Word and PDF number the same sections alike.
	 */
	public static PackModel of(String title, String subtitle, String briefingId, String language, String issuedBy,
			EventView event, PersonView chair, PersonView moderator, List<OrganisationView> coChairs,
			List<OrganisationView> hosts, List<Paragraph> purpose, List<AgendaItem> programme,
			List<PanelistView> panelists, PrioritySetView prioritySet, List<NumberedText> priorities,
			List<FigureView> figures, List<QuoteView> quotes, List<NumberedText> talkingPoints,
			List<Paragraph> logistics, List<ParticipantView> participants, List<SourceView> sources, String generatedOn,
			String generatedOnIso) {
		List<List<?>> lists = List.of(purpose, programme, panelists, priorities, figures, quotes, talkingPoints,
				logistics, participants, sources);
		List<ContentsEntry> contents = new java.util.ArrayList<>();
		String[] headings = new String[SECTIONS.size()];
		for (int i = 0; i < SECTIONS.size(); i++) {
			headings[i] = "";
			if (!lists.get(i).isEmpty()) {
				int number = contents.size() + 1;
				headings[i] = number + ". " + SECTIONS.get(i)[1];
				contents.add(new ContentsEntry(number, SECTIONS.get(i)[0], SECTIONS.get(i)[1], headings[i]));
			}
		}
		return new PackModel(title, subtitle, briefingId, language, issuedBy, event, chair, moderator, coChairs, hosts,
				new Headings(headings[0], headings[1], headings[2], headings[3], headings[4], headings[5], headings[6],
						headings[7], headings[8], headings[9]),
				List.copyOf(contents), purpose, programme, panelists, prioritySet, priorities, figures, quotes,
				talkingPoints, logistics, List.copyOf(participants), sources, generatedOn, generatedOnIso);
	}

	/** The same pack with these participants, its headings and contents numbered again. */
	public PackModel withParticipants(List<ParticipantView> attending) {
		return of(this.title, this.subtitle, this.briefingId, this.language, this.issuedBy, this.event, this.chair,
				this.moderator, this.coChairs, this.hosts, this.purpose, this.programme, this.panelists, this.prioritySet,
				this.priorities, this.figures, this.quotes, this.talkingPoints, this.logistics, attending, this.sources,
				this.generatedOn, this.generatedOnIso);
	}

	/** A pack without hosts, its headings and contents derived (for packs made by hand, as in tests). */
	public PackModel(String title, String subtitle, String briefingId, String language, String issuedBy,
			EventView event, PersonView chair, PersonView moderator, List<OrganisationView> coChairs,
			List<Paragraph> purpose, List<AgendaItem> programme, List<PanelistView> panelists,
			PrioritySetView prioritySet, List<NumberedText> priorities, List<FigureView> figures,
			List<QuoteView> quotes, List<NumberedText> talkingPoints, List<Paragraph> logistics,
			List<SourceView> sources, String generatedOn, String generatedOnIso) {
		this(of(title, subtitle, briefingId, language, issuedBy, event, chair, moderator, coChairs, List.of(), purpose,
				programme, panelists, prioritySet, priorities, figures, quotes, talkingPoints, logistics, sources,
				generatedOn, generatedOnIso));
	}

	private PackModel(PackModel pack) {
		this(pack.title, pack.subtitle, pack.briefingId, pack.language, pack.issuedBy, pack.event, pack.chair,
				pack.moderator, pack.coChairs, pack.hosts, pack.headings, pack.contents, pack.purpose, pack.programme,
				pack.panelists, pack.prioritySet, pack.priorities, pack.figures, pack.quotes, pack.talkingPoints,
				pack.logistics, pack.participants, pack.sources, pack.generatedOn, pack.generatedOnIso);
	}

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
			@Field("Co-chair organisations in one line, e.g. \"IOM and OSRSG-VAC\"; may be empty") String coChairs,
			@Field("Host organisations in one line; may be empty") String hosts) {
		/** The day and, when the event has one, its time, in one line: "Tuesday, 3 October 2023, 13:15–14:30 (CEST)". */
		public String dayAndTime() {
			return this.time.isEmpty() ? this.date : this.date + ", " + this.time;
		}

		/** An event whose one line of organisations names its co-chairs, and no hosts. */
		public EventView(String id, String title, String kind, String date, String dateIso, String time, String venue,
				String city, String country, String place, String onTheMarginsOf, String series, String coChairs) {
			this(id, title, kind, date, dateIso, time, venue, city, country, place, onTheMarginsOf, series, coChairs, "");
		}

	}

	public record Headings(@Field("e.g. \"1. Purpose and background\"; empty when the pack has none") String purpose,
			@Field("e.g. \"2. Programme\"") String programme, @Field("e.g. \"3. Panelists\"") String panelists,
			@Field("e.g. \"4. The chair's priorities\"") String priorities,
			@Field("e.g. \"5. Key figures\"") String figures, @Field("e.g. \"6. Quotes\"") String quotes,
			@Field("e.g. \"7. Talking points\"") String talkingPoints,
			@Field("e.g. \"8. Logistics\"") String logistics,
			@Field("e.g. \"9. Participants\"; empty when the pack lists none") String participants,
			@Field("e.g. \"10. Sources\"") String sources) {
	}

	public record ContentsEntry(@Field("Section number, from 1") int number,
			@Field("Anchor of the section, e.g. \"figures\", \"talking-points\"") String anchor,
			@Field("Section title without its number, e.g. \"Key figures\"") String title,
			@Field("Numbered heading, as in headings, e.g. \"5. Key figures\"") String heading) {
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
			@Field("The figure as one phrase: qualifier, value and unit, e.g. \"more than 20 organisations\"; may be empty") String value,
			@Field("Short source, e.g. \"UNODC, Global Report on Trafficking in Persons 2022\"") String source,
			@Field("Year of the source") String sourceYear) {
	}

	public record QuoteView(@Field("The words") String text, @Field("Speaker's name") String speaker,
			@Field("Speaker's title and organisation in one line") String speakerTitle,
			@Field("Date spelled out; may be empty") String date,
			@Field("Where it was said; may be empty") String occasion,
			@Field("Number of its source note, 0 when none") int note) {
	}

	public record ParticipantView(@Field("Number in the list, from 1") int number,
			@Field("Honorific and name, e.g. \"H.E. Ambassador Ms. Ana Moreno\"") String name,
			@Field("Title or position; may be empty") String title,
			@Field("Mission or organisation; may be empty") String organisation) {
	}

	public record SourceView(@Field("Note number, from 1") int number,
			@Field("Full citation: publisher, title, date") String citation,
			@Field("Web address; may be empty") String url) {
	}

}
