package org.briefdesk.briefing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.briefdesk.facts.Event;
import org.briefdesk.facts.EventRepository;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactRepository;
import org.briefdesk.facts.OrganisationRepository;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.PrioritySetRepository;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.QuoteRepository;
import org.briefdesk.facts.Statistic;
import org.briefdesk.facts.StatisticRepository;
import org.briefdesk.facts.TextFolding;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles briefings: creates them (from options or the guided flow), changes their
 * sections, panel, figures, quotes, programme and text one step at a time, clones them onto
 * another event, and loads a briefing with the facts it refers to. Every change checks the
 * ids it is given against the library and is saved whole or not at all.
 */
@Service
public class BriefingService {

	/** Ids people type: lower-case letters and digits joined by single hyphens, like fact ids. */
	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_ID_LENGTH = 64;

	private final BriefingRepository repository;

	private final EventRepository events;

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final StatisticRepository statistics;

	private final QuoteRepository quotes;

	private final PrioritySetRepository prioritySets;

	private final Clock clock;

	public BriefingService(BriefingRepository repository, EventRepository events, PersonRepository people,
			OrganisationRepository organisations, StatisticRepository statistics, QuoteRepository quotes,
			PrioritySetRepository prioritySets, ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.events = events;
		this.people = people;
		this.organisations = organisations;
		this.statistics = statistics;
		this.quotes = quotes;
		this.prioritySets = prioritySets;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * What a new briefing is made of. Only the event is required; a null id is derived from
	 * the event, a null title is the event's, null panelists are the event's chair, moderator
	 * and speakers, a null layout is {@link BriefingLayout#FULL}.
	 */
	public record NewBriefing(String id, String eventId, String title, String subtitle, String issuedBy,
			BriefingLayout layout, List<Panelist> panelists, String prioritySetId, List<String> figureIds,
			List<String> quoteIds, List<String> purpose, List<String> talkingPoints, List<String> logistics) {

		public static NewBriefing forEvent(String eventId) {
			return new NewBriefing(null, eventId, null, null, null, null, null, null, null, null, null, null, null);
		}

	}

	/** A line of `briefing list`. */
	public record Listed(String id, String title, String eventId, String eventTitle, String eventDate,
			LocalDateTime updatedAt) {
	}

	/** What a new briefing can be made of: the facts the guided `briefing new` offers. */
	public record Choices(List<Event> events, List<Person> people, Map<String, String> organisationNames,
			List<PrioritySet> prioritySets, List<Statistic> statistics) {
	}

	// ---- reading

	public Briefing get(String id) {
		return this.repository.find(required(id)).orElseThrow(() -> notFound(id));
	}

	public boolean exists(String id) {
		return id != null && this.repository.exists(id);
	}

	public List<Listed> list() {
		return this.repository.summaries().stream().map(summary -> {
			Event event = this.events.findById(summary.eventId()).orElse(null);
			return new Listed(summary.id(), summary.title(), summary.eventId(), event == null ? "" : event.title(),
					event == null || event.date() == null ? "" : event.date().toString(), summary.updatedAt());
		}).toList();
	}

	@Transactional(readOnly = true)
	public Choices choices() {
		Map<String, String> organisationNames = new HashMap<>();
		this.organisations.findAll().forEach(o -> organisationNames.put(o.id(), o.shortName()));
		return new Choices(this.events.findAll(), this.people.findAll(), organisationNames,
				this.prioritySets.findAll(), this.statistics.findAll());
	}

	/** The panel an event suggests: its chair, its moderator and its speakers. */
	public List<Panelist> suggestedPanel(String eventId) {
		return panelistsOf(event(eventId));
	}

	public List<String> ids() {
		return this.repository.ids();
	}

	/** The briefing and every fact it refers to, read in one transaction. */
	@Transactional(readOnly = true)
	public BriefingContents contents(String id) {
		return contentsOf(get(id));
	}

	/** The facts of a briefing that is not (yet) stored, e.g. one being imported. */
	@Transactional(readOnly = true)
	public BriefingContents contentsOf(Briefing briefing) {
		Event event = this.events.findById(briefing.eventId())
			.orElseThrow(() -> new NotFoundException("briefing '" + briefing.id() + "' refers to event '"
					+ briefing.eventId() + "', which is not in the library"));
		Set<String> personIds = new LinkedHashSet<>();
		briefing.panelists().forEach(p -> personIds.add(p.personId()));
		briefing.programme().forEach(item -> personIds.addAll(item.speakerIds()));
		addIfPresent(personIds, event.chairId());
		addIfPresent(personIds, event.moderatorId());
		personIds.addAll(event.speakerIds());
		Map<String, Quote> quoteMap = load(briefing.quoteIds(), this.quotes);
		quoteMap.values().forEach(q -> addIfPresent(personIds, q.personId()));
		Map<String, Person> personMap = load(personIds, this.people);
		PrioritySet prioritySet = briefing.prioritySetId() == null ? null
				: this.prioritySets.findById(briefing.prioritySetId()).orElse(null);
		Set<String> organisationIds = new LinkedHashSet<>();
		personMap.values().forEach(p -> addIfPresent(organisationIds, p.organisationId()));
		organisationIds.addAll(event.hostIds());
		organisationIds.addAll(event.coChairIds());
		if (prioritySet != null) {
			organisationIds.addAll(prioritySet.ownerIds());
		}
		return new BriefingContents(briefing, event, prioritySet, personMap, load(organisationIds, this.organisations),
				load(briefing.figureIds(), this.statistics), quoteMap);
	}

	private static <T extends org.briefdesk.facts.Fact> Map<String, T> load(Iterable<String> ids,
			FactRepository<T> repository) {
		Map<String, T> loaded = new HashMap<>();
		for (String id : ids) {
			if (!loaded.containsKey(id)) {
				repository.findById(id).ifPresent(fact -> loaded.put(id, fact));
			}
		}
		return loaded;
	}

	// ---- whole briefings

	@Transactional
	public Briefing create(NewBriefing request) {
		Event event = event(request.eventId());
		String id = request.id() == null || request.id().isBlank() ? freeIdFor(event) : request.id().strip();
		checkNewId(id);
		List<Panelist> panelists = request.panelists() != null ? request.panelists() : panelistsOf(event);
		BriefingLayout layout = request.layout() == null ? BriefingLayout.FULL : request.layout();
		LocalDateTime now = now();
		Briefing.Builder builder = new Briefing.Builder().id(id)
			.eventId(event.id())
			.title(request.title() == null || request.title().isBlank() ? event.title() : request.title())
			.subtitle(request.subtitle())
			.issuedBy(request.issuedBy())
			.sections(layout.sections())
			.panelists(panelists)
			.prioritySetId(request.prioritySetId())
			.figureIds(orEmpty(request.figureIds()))
			.quoteIds(orEmpty(request.quoteIds()))
			.purpose(orEmpty(request.purpose()))
			.talkingPoints(orEmpty(request.talkingPoints()))
			.logistics(orEmpty(request.logistics()))
			.createdAt(now)
			.updatedAt(now);
		// What was asked for by name is shown, even when the layout leaves its section out.
		if (request.panelists() != null && !request.panelists().isEmpty()) {
			withSection(builder, SectionKind.PANELISTS);
		}
		if (request.prioritySetId() != null) {
			withSection(builder, SectionKind.PRIORITIES);
		}
		for (SectionKind section : List.of(SectionKind.FIGURES, SectionKind.QUOTES, SectionKind.PURPOSE,
				SectionKind.TALKING_POINTS, SectionKind.LOGISTICS)) {
			boolean given = switch (section) {
				case FIGURES -> !orEmpty(request.figureIds()).isEmpty();
				case QUOTES -> !orEmpty(request.quoteIds()).isEmpty();
				case PURPOSE -> !orEmpty(request.purpose()).isEmpty();
				case TALKING_POINTS -> !orEmpty(request.talkingPoints()).isEmpty();
				default -> !orEmpty(request.logistics()).isEmpty();
			};
			if (given) {
				withSection(builder, section);
			}
		}
		Briefing briefing = builder.build();
		validate(briefing);
		this.repository.save(briefing);
		return briefing;
	}

	/** Stores a briefing whole as given (an import): every reference is checked first. */
	@Transactional
	public void put(Briefing briefing) {
		checkIdForm(briefing.id());
		validate(briefing);
		LocalDateTime now = now();
		Briefing stored = briefing.toBuilder()
			.createdAt(briefing.createdAt() == null ? now : briefing.createdAt())
			.updatedAt(briefing.updatedAt() == null ? now : briefing.updatedAt())
			.build();
		this.repository.save(stored);
	}

	@Transactional
	public Briefing edit(String id, String title, String subtitle, String issuedBy, String eventId) {
		return change(id, b -> {
			if (title != null) {
				if (title.isBlank()) {
					throw new BriefdeskException("a briefing needs a title; give --title some words");
				}
				b.title(title);
			}
			if (subtitle != null) {
				b.subtitle(subtitle);
			}
			if (issuedBy != null) {
				b.issuedBy(issuedBy);
			}
			if (eventId != null) {
				b.eventId(event(eventId).id());
			}
			return b;
		});
	}

	@Transactional
	public Briefing remove(String id) {
		Briefing briefing = get(id);
		this.repository.delete(briefing.id());
		return briefing;
	}

	/**
	 * Copies a briefing onto another event: same sections, panel, figures, quotes and text,
	 * a new id (derived from the event when not given) and the title given, or the original's.
	 */
	@Transactional
	public Briefing clone(String id, String eventId, String newId, String title) {
		Briefing original = get(id);
		Event event = event(eventId);
		String cloneId = newId == null || newId.isBlank() ? freeIdFor(event) : newId.strip();
		checkNewId(cloneId);
		LocalDateTime now = now();
		Briefing copy = original.toBuilder()
			.id(cloneId)
			.eventId(event.id())
			.title(title == null || title.isBlank() ? original.title() : title)
			.createdAt(now)
			.updatedAt(now)
			.build();
		validate(copy);
		this.repository.save(copy);
		return copy;
	}

	// ---- sections

	@Transactional
	public Briefing addSection(String id, SectionKind kind, Integer at) {
		return change(id, b -> {
			List<SectionKind> sections = b.build().sections();
			if (sections.contains(kind)) {
				throw new BriefdeskException("briefing '" + id + "' already has a " + kind.key()
						+ " section; `briefing section move " + kind.key() + " --to N` moves it");
			}
			return b.sections(Positions.insert(sections, kind, at == null ? naturalPosition(sections, kind) : at,
					"section"));
		});
	}

	@Transactional
	public Briefing removeSection(String id, SectionKind kind) {
		return change(id, b -> b.sections(Positions.remove(b.build().sections(), indexOfSection(id, b, kind))));
	}

	@Transactional
	public Briefing moveSection(String id, SectionKind kind, int to) {
		return change(id, b -> b.sections(Positions.move(b.build().sections(), indexOfSection(id, b, kind), to, "section")));
	}

	private static int indexOfSection(String id, Briefing.Builder b, SectionKind kind) {
		int index = b.build().sections().indexOf(kind);
		if (index < 0) {
			throw new BriefdeskException("briefing '" + id + "' has no " + kind.key() + " section; `briefing section add "
					+ kind.key() + "` adds it");
		}
		return index + 1;
	}

	/** Where a section goes when no position is given: after the sections that come before it in a full pack. */
	private static int naturalPosition(List<SectionKind> sections, SectionKind kind) {
		int position = 0;
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).ordinal() < kind.ordinal()) {
				position = i + 1;
			}
		}
		return position + 1;
	}

	private static Briefing.Builder withSection(Briefing.Builder b, SectionKind kind) {
		List<SectionKind> sections = b.build().sections();
		if (sections.contains(kind)) {
			return b;
		}
		return b.sections(Positions.insert(sections, kind, naturalPosition(sections, kind), "section"));
	}

	// ---- panel

	@Transactional
	public Briefing addPanelist(String id, String personId, PanelRole role, Integer at) {
		Person person = fact(this.people, personId);
		return change(id, b -> withSection(b, SectionKind.PANELISTS).panelists(Positions.insert(b.build().panelists(),
				new Panelist(person.id(), role), at, "panelist")));
	}

	@Transactional
	public Briefing removePanelist(String id, String panelist) {
		return change(id, b -> b.panelists(Positions.remove(b.build().panelists(), panelistIndex(id, b, panelist))));
	}

	@Transactional
	public Briefing movePanelist(String id, String panelist, int to) {
		return change(id, b -> b.panelists(Positions.move(b.build().panelists(), panelistIndex(id, b, panelist), to, "panelist")));
	}

	@Transactional
	public Briefing setPanelistRole(String id, String panelist, PanelRole role) {
		return change(id, b -> {
			List<Panelist> panel = new ArrayList<>(b.build().panelists());
			int index = panelistIndex(id, b, panelist);
			panel.set(index - 1, new Panelist(panel.get(index - 1).personId(), role));
			return b.panelists(panel);
		});
	}

	private static int panelistIndex(String id, Briefing.Builder b, String panelist) {
		return Positions.find(b.build().panelists(), panelist, Panelist::personId, "panelist",
				"briefing '" + id + "' has no panelist '" + panelist + "'; `briefing show` lists the panel");
	}

	// ---- figures and quotes

	@Transactional
	public Briefing addFigure(String id, String statisticId, Integer at) {
		Statistic statistic = fact(this.statistics, statisticId);
		return change(id, b -> withSection(b, SectionKind.FIGURES).figureIds(Positions.insert(b.build().figureIds(),
				statistic.id(), at, "figure")));
	}

	@Transactional
	public Briefing removeFigure(String id, String figure) {
		return change(id, b -> b.figureIds(Positions.remove(b.build().figureIds(), figureIndex(id, b, figure))));
	}

	@Transactional
	public Briefing moveFigure(String id, String figure, int to) {
		return change(id, b -> b.figureIds(Positions.move(b.build().figureIds(), figureIndex(id, b, figure), to, "figure")));
	}

	private static int figureIndex(String id, Briefing.Builder b, String figure) {
		return Positions.find(b.build().figureIds(), figure, Function.identity(), "figure",
				"briefing '" + id + "' has no figure '" + figure + "'; `briefing show` lists its figures");
	}

	@Transactional
	public Briefing addQuote(String id, String quoteId, Integer at) {
		Quote quote = fact(this.quotes, quoteId);
		return change(id, b -> withSection(b, SectionKind.QUOTES).quoteIds(Positions.insert(b.build().quoteIds(),
				quote.id(), at, "quote")));
	}

	@Transactional
	public Briefing removeQuote(String id, String quote) {
		return change(id, b -> b.quoteIds(Positions.remove(b.build().quoteIds(), quoteIndex(id, b, quote))));
	}

	@Transactional
	public Briefing moveQuote(String id, String quote, int to) {
		return change(id, b -> b.quoteIds(Positions.move(b.build().quoteIds(), quoteIndex(id, b, quote), to, "quote")));
	}

	private static int quoteIndex(String id, Briefing.Builder b, String quote) {
		return Positions.find(b.build().quoteIds(), quote, Function.identity(), "quote",
				"briefing '" + id + "' has no quote '" + quote + "'; `briefing show` lists its quotes");
	}

	// ---- chair's priorities

	/** Chooses the priority set shown as the chair's priorities; null clears it. */
	@Transactional
	public Briefing setPriorities(String id, String prioritySetId) {
		if (prioritySetId == null) {
			return change(id, b -> b.prioritySetId(null));
		}
		PrioritySet set = fact(this.prioritySets, prioritySetId);
		return change(id, b -> withSection(b, SectionKind.PRIORITIES).prioritySetId(set.id()));
	}

	// ---- the briefing's own text

	@Transactional
	public Briefing setText(String id, TextKind kind, List<String> paragraphs) {
		List<String> kept = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
		return change(id, b -> (kept.isEmpty() ? b : withSection(b, kind.section())).paragraphs(kind, kept));
	}

	@Transactional
	public Briefing addText(String id, TextKind kind, String paragraph, Integer at) {
		String text = nonBlank(paragraph, kind.key());
		return change(id, b -> withSection(b, kind.section()).paragraphs(kind,
				Positions.insert(b.build().paragraphs(kind), text, at, paragraphNoun(kind))));
	}

	@Transactional
	public Briefing replaceText(String id, TextKind kind, int number, String paragraph) {
		String text = nonBlank(paragraph, kind.key());
		return change(id, b -> {
			List<String> paragraphs = new ArrayList<>(b.build().paragraphs(kind));
			Positions.check(paragraphs, number, paragraphNoun(kind));
			paragraphs.set(number - 1, text);
			return b.paragraphs(kind, paragraphs);
		});
	}

	@Transactional
	public Briefing removeText(String id, TextKind kind, int number) {
		return change(id, b -> b.paragraphs(kind, Positions.remove(b.build().paragraphs(kind),
				Positions.check(b.build().paragraphs(kind), number, paragraphNoun(kind)))));
	}

	@Transactional
	public Briefing moveText(String id, TextKind kind, int number, int to) {
		return change(id, b -> b.paragraphs(kind, Positions.move(b.build().paragraphs(kind),
				Positions.check(b.build().paragraphs(kind), number, paragraphNoun(kind)), to, paragraphNoun(kind))));
	}

	private static String paragraphNoun(TextKind kind) {
		return kind == TextKind.TALKING_POINTS ? "talking point" : kind.key() + " paragraph";
	}

	// ---- programme

	@Transactional
	public Briefing addProgrammeItem(String id, ProgrammeItem item, Integer at) {
		ProgrammeItem checked = checkItem(item);
		return change(id, b -> withSection(b, SectionKind.PROGRAMME).programme(Positions.insert(b.build().programme(),
				checked, at, "programme item")));
	}

	/** Changes the parts of a programme item that are given (non-null). */
	@Transactional
	public Briefing editProgrammeItem(String id, int number, String time, String text, List<String> speakerIds,
			String speakersNote) {
		return change(id, b -> {
			List<ProgrammeItem> programme = new ArrayList<>(b.build().programme());
			Positions.check(programme, number, "programme item");
			ProgrammeItem old = programme.get(number - 1);
			programme.set(number - 1,
					checkItem(new ProgrammeItem(time != null ? time : old.time(), text != null ? text : old.text(),
							speakerIds != null ? speakerIds : old.speakerIds(),
							speakersNote != null ? speakersNote : old.speakersNote())));
			return b.programme(programme);
		});
	}

	@Transactional
	public Briefing removeProgrammeItem(String id, int number) {
		return change(id, b -> b.programme(Positions.remove(b.build().programme(),
				Positions.check(b.build().programme(), number, "programme item"))));
	}

	@Transactional
	public Briefing moveProgrammeItem(String id, int number, int to) {
		return change(id, b -> b.programme(Positions.move(b.build().programme(),
				Positions.check(b.build().programme(), number, "programme item"), to, "programme item")));
	}

	private ProgrammeItem checkItem(ProgrammeItem item) {
		if (item.text().isEmpty()) {
			throw new BriefdeskException("a programme item needs a text, e.g. \"Opening remarks\"");
		}
		if (!ProgrammeItem.isTime(item.time())) {
			throw new BriefdeskException("'" + item.time() + "' is not a time; write HH:MM or HH:MM-HH:MM, e.g. 13:15");
		}
		item.speakerIds().forEach(personId -> fact(this.people, personId));
		return new ProgrammeItem(ProgrammeItem.normalisedTime(item.time()), item.text(), item.speakerIds(),
				item.speakersNote());
	}

	// ---- helpers

	private Briefing change(String id, UnaryOperator<Briefing.Builder> edit) {
		Briefing before = get(id);
		Briefing after = edit.apply(before.toBuilder()).updatedAt(now()).build();
		validate(after);
		this.repository.save(after);
		return after;
	}

	/** Checks that every id the briefing refers to names a fact, and that each section is there once. */
	private void validate(Briefing briefing) {
		if (briefing.title().isEmpty()) {
			throw new BriefdeskException("a briefing needs a title; give --title some words");
		}
		event(briefing.eventId());
		if (new LinkedHashSet<>(briefing.sections()).size() != briefing.sections().size()) {
			throw new BriefdeskException("briefing '" + briefing.id() + "' lists a section twice");
		}
		briefing.panelists().forEach(p -> fact(this.people, p.personId()));
		briefing.programme().forEach(item -> item.speakerIds().forEach(personId -> fact(this.people, personId)));
		if (briefing.prioritySetId() != null) {
			fact(this.prioritySets, briefing.prioritySetId());
		}
		briefing.figureIds().forEach(statisticId -> fact(this.statistics, statisticId));
		briefing.quoteIds().forEach(quoteId -> fact(this.quotes, quoteId));
	}

	private Event event(String eventId) {
		return fact(this.events, eventId);
	}

	private static <T extends org.briefdesk.facts.Fact> T fact(FactRepository<T> repository, String id) {
		FactKind kind = repository.kind();
		if (id == null || id.isBlank()) {
			throw new BriefdeskException("no " + kind.noun() + " given; `" + kind.command() + " list` shows the ids");
		}
		return repository.findById(id.strip())
			.orElseThrow(() -> new NotFoundException(
					"no " + kind.noun() + " '" + id.strip() + "'; `" + kind.command() + " list` shows the ids"));
	}

	private static List<Panelist> panelistsOf(Event event) {
		List<Panelist> panel = new ArrayList<>();
		if (event.chairId() != null) {
			panel.add(new Panelist(event.chairId(), PanelRole.CHAIR));
		}
		if (event.moderatorId() != null) {
			panel.add(new Panelist(event.moderatorId(), PanelRole.MODERATOR));
		}
		event.speakerIds().stream().map(id -> new Panelist(id, PanelRole.SPEAKER)).forEach(panel::add);
		return panel;
	}

	/** "icat-briefing-2023-10-03-briefing", then "-2", "-3" while taken. */
	private String freeIdFor(Event event) {
		String base = event.id().endsWith("briefing") ? event.id() : event.id() + "-briefing";
		if (base.length() > MAX_ID_LENGTH - 3) {
			base = TextFolding.slug(base, MAX_ID_LENGTH - 3);
		}
		String id = base;
		for (int n = 2; this.repository.exists(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	private void checkNewId(String id) {
		checkIdForm(id);
		if (this.repository.exists(id)) {
			throw new BriefdeskException("a briefing '" + id + "' already exists; choose another --id");
		}
	}

	private static void checkIdForm(String id) {
		if (id == null || id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
			throw new BriefdeskException("'" + id + "' is not a briefing id; use lower-case letters, digits and hyphens"
					+ " (at most " + MAX_ID_LENGTH + "), e.g. icat-briefing-2023");
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	private static String required(String id) {
		if (id == null || id.isBlank()) {
			throw new BriefdeskException("no briefing given; `briefing list` shows the ids");
		}
		return id.strip();
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("no briefing '" + id + "'; `briefing list` shows the ids");
	}

	private static String nonBlank(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new BriefdeskException("the " + what + " text is empty; give it some words in quotes");
		}
		return text.strip();
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

	private static void addIfPresent(Set<String> ids, String id) {
		if (id != null && !id.isBlank()) {
			ids.add(id);
		}
	}

}
