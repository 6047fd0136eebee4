package org.briefdesk.briefing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.facts.ChairRole;
import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;

/**
 * A briefing and its facts built in code, for tests of the pack model and the check rules
 * without a library: the 3 October 2023 Vienna briefing, complete and clean. A test changes
 * the one thing it is about.
 */
final class Fixture {

	Event event = new Event("vienna-2023", "Briefing on ICAT", "briefing to Member States", PartialDate.parse("2023-10-03"),
			LocalTime.of(13, 15), LocalTime.of(14, 30), "Europe/Vienna", "Vienna International Centre", "Vienna",
			"Austria", null, null, List.of("icat"), List.of("iom", "osrsg-vac"),
			List.of("mukundi-mutasa", "hanna-antonova"), "the Working Group on Trafficking in Persons", "icat-briefings",
			null);

	final Map<String, Organisation> organisations = new LinkedHashMap<>();

	final Map<String, Person> people = new LinkedHashMap<>();

	final Map<String, Statistic> statistics = new LinkedHashMap<>();

	final Map<String, Quote> quotes = new LinkedHashMap<>();

	/** None unless a test adds some: the event's co-chairs are then only those it names. */
	final List<Chairpersonship> chairpersonships = new ArrayList<>();

	PrioritySet prioritySet = new PrioritySet("icat-2023", "ICAT priorities in 2023", List.of("icat"),
			PartialDate.parse("2023"), PartialDate.parse("2023"),
			List.of("Human trafficking data and research", "Promoting survivor engagement"), null, null);

	Briefing.Builder briefing = new Briefing.Builder().id("b")
		.eventId("vienna-2023")
		.title("Briefing to Member States on the work of ICAT")
		.issuedBy("ICAT Secretariat")
		.sections(BriefingLayout.FULL.sections())
		.purpose(List.of("ICAT briefs Member States."))
		.programme(List.of(new ProgrammeItem("13:15-13:25", "Opening", List.of("mukundi-mutasa"), ""),
				new ProgrammeItem("", "Questions", List.of(), "Member States")))
		.panelists(List.of(new Panelist("mukundi-mutasa", PanelRole.SPEAKER),
				new Panelist("hanna-antonova", PanelRole.CO_CHAIR)))
		.prioritySetId("icat-2023")
		.figureIds(List.of("one-in-three", "membership-31"))
		.quoteIds(List.of("machaidze"))
		.talkingPoints(List.of("ICAT is the UN's policy forum."))
		.logistics(List.of("Room M3."));

	Fixture() {
		organisation(new Organisation("icat", "ICAT", "Inter-Agency Coordination Group against Trafficking in Persons",
				"coordination group", null, false, null, null, null));
		organisation(new Organisation("unodc", "UNODC", "United Nations Office on Drugs and Crime", "UN entity", null,
				true, null, null, null));
		organisation(new Organisation("iom", "IOM", "International Organization for Migration", "UN related organization",
				null, true, null, null, null));
		organisation(new Organisation("osrsg-vac", "OSRSG-VAC",
				"Office of the Special Representative of the Secretary-General on Violence against Children", "UN entity",
				null, true, null, null, null));
		person(new Person("mukundi-mutasa", "Mr.", "Mukundi Mutasa", "Programme Officer", "unodc", null, null, null));
		person(new Person("hanna-antonova", "Ms.", "Hanna Antonova", "Senior Specialist", "iom", null, null, null));
		person(new Person("tea-machaidze", "Ms.", "Tea Machaidze", "Child Protection Officer", "osrsg-vac", null, null,
				null));
		statistic(new Statistic("one-in-three", "One in three detected victims is a child.", null, null,
				"Global Report on Trafficking in Persons", "UNODC", PartialDate.parse("2022"), "https://www.unodc.org/glotip",
				List.of(), null));
		statistic(new Statistic("membership-31", "ICAT's membership has grown to 31 organizations.",
				new BigDecimal("31.000000"), "organizations", "Global Report on Trafficking in Persons", "UNODC",
				PartialDate.parse("2022"), "https://www.unodc.org/glotip", List.of(), null));
		quote(new Quote("machaidze", "tea-machaidze", "One in three detected victims is a child.",
				PartialDate.parse("2023-10-03"), "Briefing on ICAT, Vienna", "vienna-2023", null, "UNODC",
				PartialDate.parse("2023-10-03"), null, null));
	}

	Fixture organisation(Organisation organisation) {
		this.organisations.put(organisation.id(), organisation);
		return this;
	}

	Fixture person(Person person) {
		this.people.put(person.id(), person);
		return this;
	}

	Fixture statistic(Statistic statistic) {
		this.statistics.put(statistic.id(), statistic);
		return this;
	}

	Fixture quote(Quote quote) {
		this.quotes.put(quote.id(), quote);
		return this;
	}

	BriefingContents contents() {
		Briefing built = this.briefing.build();
		return new BriefingContents(built, this.event, built.prioritySetId() == null ? null : this.prioritySet,
				this.people, this.organisations, this.statistics, this.quotes, this.chairpersonships);
	}

	CheckContext checkContext() {
		return checkContext(5);
	}

	CheckContext checkContext(int staleYears) {
		BriefingContents contents = contents();
		LocalDate today = LocalDate.of(2026, 11, 24);
		return new CheckContext(contents, staleYears, today, () -> new BriefingPackModels(null, java.time.Clock.systemUTC()).build(contents, today));
	}

	Fixture chairpersonship(String id, String from, String until, String... organisations) {
		this.chairpersonships.add(new Chairpersonship(id, ChairRole.CO_CHAIR, List.of(organisations),
				PartialDate.parse(from), until == null ? null : PartialDate.parse(until), null, null));
		for (String organisation : organisations) {
			this.organisations.putIfAbsent(organisation, new Organisation(organisation,
					organisation.toUpperCase(java.util.Locale.ROOT), organisation, null, null, true, null, null, null));
		}
		return this;
	}

	Event eventWithCoChairs(String... organisations) {
		Event e = this.event;
		return new Event(e.id(), e.title(), e.kind(), e.date(), e.startTime(), e.endTime(), e.timeZone(), e.venue(),
				e.city(), e.country(), e.chairId(), e.moderatorId(), e.hostIds(), List.of(organisations), e.speakerIds(),
				e.marginsOf(), e.series(), e.notes());
	}

	Event eventWith(PartialDate date, String venue, String city) {
		Event e = this.event;
		return new Event(e.id(), e.title(), e.kind(), date, e.startTime(), e.endTime(), e.timeZone(), venue, city,
				e.country(), e.chairId(), e.moderatorId(), e.hostIds(), e.coChairIds(), e.speakerIds(), e.marginsOf(),
				e.series(), e.notes());
	}

}
