package org.briefdesk.briefing;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.briefdesk.facts.Event;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.SourceRef;
import org.briefdesk.facts.Statistic;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.AgendaItem;
import org.briefdesk.render.PackModel.EventView;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.NumberedText;
import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.Paragraph;
import org.briefdesk.render.PackModel.PersonView;
import org.briefdesk.render.PackModel.PrioritySetView;
import org.briefdesk.render.PackModel.QuoteView;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.PackParticipants;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Builds the template data model of a briefing from the briefing and the facts as they are
 * today: dates spelled out in English ("Tuesday, 3 October 2023"), names with their
 * honorifics, figures and quotes numbered with the notes of their sources (each source once).
 * A section the briefing does not have gives empty values, so that a template's condition
 * block leaves it out. Never a null: unknown values are empty strings or empty lists.
 */
@Service
public class BriefingPackModels implements PackModelSource {

	static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final PersonView NOBODY = new PersonView("", "", "", "", "", "", "", "");

	private final BriefingQueries briefings;

	private final Clock clock;

	private final PackParticipants participants;

	@Autowired
	public BriefingPackModels(BriefingQueries briefings, ObjectProvider<Clock> clock,
			ObjectProvider<PackParticipants> participants) {
		this(briefings, clock.getIfAvailable(Clock::systemDefaultZone),
				participants.getIfAvailable(() -> eventId -> List.of()));
	}

	/** For a model built from contents already loaded ({@link #build(BriefingContents, LocalDate)}), no service is needed. */
	BriefingPackModels(BriefingQueries briefings, Clock clock) {
		this(briefings, clock, eventId -> List.of());
	}

	/** With the participants of each event from {@code participants} (the invitees who accepted). */
	BriefingPackModels(BriefingQueries briefings, Clock clock, PackParticipants participants) {
		this.briefings = briefings;
		this.clock = clock;
		this.participants = participants;
	}

	@Override
	public PackModel forBriefing(String briefingId) {
		return build(this.briefings.contents(briefingId), LocalDate.now(this.clock));
	}

	/**
	 * Each figure of the briefing with a newer edition out by the event's date: an export says
	 * so as it goes ahead (the rest of {@code briefing check} is for before the pack goes out).
	 */
	@Override
	public List<String> warnings(String briefingId) {
		return warnings(this.briefings.contents(briefingId));
	}

	/** {@link #warnings(String)} of a briefing whose facts are already loaded. */
	public List<String> warnings(BriefingContents contents) {
		return SupersededFigureRule.findings(contents, LocalDate.now(this.clock))
			.stream()
			.map(finding -> finding.where() + ": " + finding.message())
			.toList();
	}

	/** The model of a briefing whose facts are already loaded, generated today. */
	public PackModel build(BriefingContents contents) {
		return build(contents, LocalDate.now(this.clock));
	}

	/** The model of a briefing whose facts are already loaded, generated on {@code today}. */
	public PackModel build(BriefingContents contents, LocalDate today) {
		Briefing briefing = contents.briefing();
		Event event = contents.event();
		List<OrganisationView> coChairs = organisations(contents, contents.coChairIds());
		List<OrganisationView> hosts = organisations(contents, event.hostIds());
		Notes notes = new Notes(briefing.has(SectionKind.SOURCES));
		List<FigureView> figures = briefing.has(SectionKind.FIGURES) ? figures(contents, notes) : List.of();
		List<QuoteView> quotes = briefing.has(SectionKind.QUOTES) ? quotes(contents, notes) : List.of();
		boolean priorities = briefing.has(SectionKind.PRIORITIES) && contents.prioritySet() != null;
		return PackModel.of(briefing.title(), briefing.subtitle(), briefing.id(), "en", briefing.issuedBy(),
				eventView(event, coChairs, hosts),
				person(contents, roleHolder(contents, PanelRole.CHAIR, event.chairId())),
				person(contents, roleHolder(contents, PanelRole.MODERATOR, event.moderatorId())), coChairs, hosts,
				briefing.has(SectionKind.PURPOSE) ? paragraphs(briefing.purpose()) : List.of(),
				briefing.has(SectionKind.PROGRAMME) ? programme(contents) : List.of(),
				briefing.has(SectionKind.PANELISTS) ? panelists(contents) : List.of(),
				priorities ? prioritySetView(contents) : new PrioritySetView("", "", ""),
				priorities ? numbered(contents.prioritySet().priorities()) : List.of(), figures, quotes,
				briefing.has(SectionKind.TALKING_POINTS) ? numbered(briefing.talkingPoints()) : List.of(),
				briefing.has(SectionKind.LOGISTICS) ? paragraphs(briefing.logistics()) : List.of(),
				briefing.has(SectionKind.PARTICIPANTS) ? this.participants.of(event.id()) : List.of(),
				briefing.has(SectionKind.SOURCES) ? notes.sources() : List.of(), DATE.format(today), today.toString());
	}

	private static EventView eventView(Event event, List<OrganisationView> coChairs, List<OrganisationView> hosts) {
		PartialDate date = event.date();
		return new EventView(event.id(), text(event.title()), capitalised(event.kind()), spelledOut(date, true),
				date == null ? "" : date.toString(), timeRange(event), text(event.venue()), text(event.city()),
				text(event.country()), place(event), text(event.marginsOf()), text(event.series()), inOneLine(coChairs),
				inOneLine(hosts));
	}

	private static String inOneLine(List<OrganisationView> organisations) {
		return joinInEnglish(organisations.stream().map(o -> o.acronym().isEmpty() ? o.name() : o.acronym()).toList());
	}

	/**
	 * Venue, city and country in one line, each once: "Vienna International Centre, Vienna,
	 * Austria", but "United Nations Office in Vienna, Austria", since that venue names its city.
	 */
	static String place(Event event) {
		String venue = text(event.venue());
		String city = text(event.city());
		String country = text(event.country());
		if (!city.isEmpty() && containsWord(venue, city)) {
			city = "";
		}
		if (!country.isEmpty() && (containsWord(venue, country) || containsWord(city, country))) {
			country = "";
		}
		return joinNonEmpty(", ", venue, city, country);
	}

	private static boolean containsWord(String text, String word) {
		return Pattern
			.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(text)
			.find();
	}

	/** The organisations of a role, in the order the event names them, each once: none means none. */
	private static List<OrganisationView> organisations(BriefingContents contents, List<String> ids) {
		return ids.stream()
			.distinct()
			.map(contents::organisation)
			.flatMap(Optional::stream)
			.map(o -> new OrganisationView(o.id(), text(o.acronym()), text(o.name()), text(o.kind())))
			.toList();
	}

	/** The first panelist with the role, or the person the event names for it. */
	private static String roleHolder(BriefingContents contents, PanelRole role, String fromEvent) {
		return contents.briefing()
			.panelists()
			.stream()
			.filter(p -> p.role() == role)
			.map(Panelist::personId)
			.findFirst()
			.orElse(fromEvent);
	}

	private static PersonView person(BriefingContents contents, String personId) {
		return contents.person(personId).map(p -> {
			Optional<Organisation> organisation = contents.organisation(p.organisationId());
			return new PersonView(p.id(), text(p.honorific()), text(p.name()), text(p.formalName()), text(p.title()),
					organisation.map(o -> text(o.name())).orElse(""), organisation.map(o -> text(o.acronym())).orElse(""),
					text(p.bio()));
		}).orElse(NOBODY);
	}

	private static List<PanelistView> panelists(BriefingContents contents) {
		List<PanelistView> views = new ArrayList<>();
		for (Panelist panelist : contents.briefing().panelists()) {
			PersonView person = person(contents, panelist.personId());
			if (person == NOBODY) {
				continue;
			}
			views.add(new PanelistView(views.size() + 1, panelist.role().label(), person.id(), person.honorific(),
					person.name(), person.fullName(), person.title(), person.organisation(),
					person.organisationAcronym(), person.bio()));
		}
		return views;
	}

	private static List<AgendaItem> programme(BriefingContents contents) {
		return contents.briefing().programme().stream().map(item -> {
			List<String> speakers = new ArrayList<>();
			item.speakerIds().forEach(id -> contents.person(id).ifPresent(p -> speakers.add(p.formalName())));
			if (!item.speakersNote().isEmpty()) {
				speakers.add(item.speakersNote());
			}
			return new AgendaItem(item.time().replace('-', '–'), item.text(), String.join(", ", speakers));
		}).toList();
	}

	private static PrioritySetView prioritySetView(BriefingContents contents) {
		PrioritySet set = contents.prioritySet();
		List<String> owners = set.ownerIds()
			.stream()
			.map(contents::organisation)
			.flatMap(Optional::stream)
			.map(Organisation::shortName)
			.toList();
		return new PrioritySetView(text(set.title()), joinInEnglish(owners), text(set.period()));
	}

	private static List<FigureView> figures(BriefingContents contents, Notes notes) {
		return contents.figures().stream().map(statistic -> {
			int note = notes.number(statistic.sourceRef());
			PartialDate date = statistic.sourceDate();
			return new FigureView(note, text(statistic.statement()), value(statistic), shortSource(statistic),
					date == null ? "" : Integer.toString(date.year()));
		}).toList();
	}

	private static List<QuoteView> quotes(BriefingContents contents, Notes notes) {
		return contents.quoteList().stream().map(quote -> {
			Optional<Person> speaker = contents.person(quote.personId());
			String speakerTitle = speaker.map(p -> {
				String organisation = contents.organisation(p.organisationId()).map(Organisation::shortName).orElse("");
				return joinNonEmpty(", ", p.title(), organisation);
			}).orElse("");
			int note = notes.number(quote.sourceRef());
			return new QuoteView(text(quote.text()), speaker.map(p -> text(p.name())).orElse(""), speakerTitle,
					spelledOut(quote.date(), false), text(quote.occasion()), note);
		}).toList();
	}

	/** "UNODC, “Global Report on Trafficking in Persons”, 2022": publisher, title, date. */
	static String citation(Statistic statistic) {
		return statistic.sourceRef().citation();
	}

	/** "UNODC, Global Report on Trafficking in Persons": who and what, without the date. */
	static String shortSource(Statistic statistic) {
		return statistic.sourceRef().shortCitation();
	}

	/** The figure as one phrase, "more than 20 organisations"; empty without a number. */
	static String value(Statistic statistic) {
		return statistic.figure();
	}

	/** The time of an event with its zone as people read it: "13:15–14:30 (CEST)". */
	static String timeRange(Event event) {
		LocalTime start = event.startTime();
		if (start == null) {
			return "";
		}
		String range = start + (event.endTime() == null ? "" : "–" + event.endTime());
		String zone = text(event.timeZone());
		if (zone.isEmpty()) {
			return range;
		}
		try {
			ZoneId zoneId = ZoneId.of(zone);
			LocalDate day = event.date() == null ? null : event.date().exact().orElse(null);
			if (day == null) {
				return range + " (" + zone + ")";
			}
			String abbreviation = ZonedDateTime.of(day, start, zoneId)
				.format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH));
			return range + " (" + abbreviation + ")";
		}
		catch (DateTimeException notAZoneId) {
			return range + " (" + zone + ")";
		}
	}

	/** "Tuesday, 3 October 2023" (or "3 October 2023"), "October 2023", "2023", or empty. */
	static String spelledOut(PartialDate date, boolean withWeekday) {
		if (date == null) {
			return "";
		}
		return date.exact().map(day -> (withWeekday ? DAY_DATE : DATE).format(day)).orElseGet(date::toDisplayString);
	}

	private static List<Paragraph> paragraphs(List<String> texts) {
		return texts.stream().map(Paragraph::new).toList();
	}

	private static List<NumberedText> numbered(List<String> texts) {
		List<NumberedText> numbered = new ArrayList<>();
		for (String text : texts) {
			numbered.add(new NumberedText(numbered.size() + 1, text));
		}
		return numbered;
	}

	/** "A", "A and B", "A, B and C". */
	static String joinInEnglish(List<String> parts) {
		List<String> kept = parts.stream().filter(p -> p != null && !p.isBlank()).toList();
		if (kept.size() <= 1) {
			return kept.isEmpty() ? "" : kept.get(0);
		}
		return String.join(", ", kept.subList(0, kept.size() - 1)) + " and " + kept.get(kept.size() - 1);
	}

	private static String joinNonEmpty(String separator, String... parts) {
		return java.util.Arrays.stream(parts)
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.collect(Collectors.joining(separator));
	}

	private static String capitalised(String text) {
		String kept = text(text);
		return kept.isEmpty() ? kept : kept.substring(0, 1).toUpperCase(Locale.ENGLISH) + kept.substring(1);
	}

	private static String text(String text) {
		return text == null ? "" : text.strip();
	}

	/**
	 * Numbers sources in the order they are first cited, each once: two facts whose sources
	 * have the same {@link SourceRef#identity() identity} (a figure and a quote from the same
	 * page, say) share one number, listed with the first citation's wording.
	 */
	private static final class Notes {

		private final Map<String, SourceView> byIdentity = new LinkedHashMap<>();

		/** Without a sources section there are no notes to point at. */
		private final boolean printed;

		Notes(boolean printed) {
			this.printed = printed;
		}

		int number(SourceRef source) {
			String citation = source.citation();
			if (citation.isEmpty() || !this.printed) {
				return 0;
			}
			return this.byIdentity
				.computeIfAbsent(source.identity(),
						k -> new SourceView(this.byIdentity.size() + 1, citation, source.url()))
				.number();
		}

		List<SourceView> sources() {
			return List.copyOf(this.byIdentity.values());
		}

	}

}
