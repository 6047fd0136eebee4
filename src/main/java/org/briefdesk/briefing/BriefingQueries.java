package org.briefdesk.briefing;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.ChairpersonshipRepository;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.EventRepository;
import org.briefdesk.facts.Fact;
import org.briefdesk.facts.FactIds;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactRepository;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.OrganisationRepository;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.PrioritySetRepository;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.QuoteRepository;
import org.briefdesk.facts.Statistic;
import org.briefdesk.facts.StatisticRepository;
import org.briefdesk.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads briefings: one by id, the list, the ids, and a briefing with every fact it refers to
 * ({@link BriefingContents}), which the pack model, the check and {@code briefing show} read;
 * and what a new briefing can be made of, for the guided {@code briefing new}. Nothing here
 * writes.
 */
@Service
public class BriefingQueries {

	private final BriefingRepository repository;

	private final EventRepository events;

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final StatisticRepository statistics;

	private final QuoteRepository quotes;

	private final PrioritySetRepository prioritySets;

	private final BriefingWriter writer;

	private final ChairpersonshipRepository chairpersonships;

	BriefingQueries(BriefingRepository repository, EventRepository events, PersonRepository people,
			OrganisationRepository organisations, StatisticRepository statistics, QuoteRepository quotes,
			PrioritySetRepository prioritySets, BriefingWriter writer, ChairpersonshipRepository chairpersonships) {
		this.chairpersonships = chairpersonships;
		this.repository = repository;
		this.events = events;
		this.people = people;
		this.organisations = organisations;
		this.statistics = statistics;
		this.quotes = quotes;
		this.prioritySets = prioritySets;
		this.writer = writer;
	}

	/** A line of `briefing list`. */
	public record Listed(String id, String title, String eventId, String eventTitle, String eventDate,
			LocalDateTime updatedAt) {
	}

	/** What a new briefing can be made of: the facts the guided `briefing new` offers. */
	/**
	 * What the guided {@code briefing new} offers.
	 * @param acronyms the organisations' acronyms by folded name, for the ids it proposes
	 */
	public record Choices(List<Event> events, List<Person> people, Map<String, String> organisationNames,
			List<PrioritySet> prioritySets, List<Statistic> statistics, List<Quote> quotes,
			Map<String, String> acronyms) {
	}

	public Briefing get(String id) {
		return this.writer.get(id);
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
		List<Organisation> all = this.organisations.findAll();
		return new Choices(this.events.findAll(), this.people.findAll(), organisationNames,
				this.prioritySets.findAll(), this.statistics.findAll(), this.quotes.findAll(),
				FactIds.acronymsByName(all));
	}

	/** The panel an event suggests: its chair, its moderator and its speakers. */
	public List<Panelist> suggestedPanel(String eventId) {
		return Panelist.suggestedBy(this.writer.fact(FactKind.EVENT, eventId));
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
		List<Chairpersonship> chairpersonships = this.chairpersonships.findAll();
		Set<String> organisationIds = new LinkedHashSet<>();
		personMap.values().forEach(p -> addIfPresent(organisationIds, p.organisationId()));
		organisationIds.addAll(event.hostIds());
		organisationIds.addAll(event.coChairIds());
		Chairpersonship.holdingOn(chairpersonships, event.date())
			.ifPresent(holding -> organisationIds.addAll(holding.organisationIds()));
		if (prioritySet != null) {
			organisationIds.addAll(prioritySet.ownerIds());
		}
		return new BriefingContents(briefing, event, prioritySet, personMap, load(organisationIds, this.organisations),
				figuresAndNewerEditions(briefing.figureIds()), quoteMap, chairpersonships);
	}

	/** The figures by id, with every newer edition each is superseded by (so a check can name the newest). */
	private Map<String, Statistic> figuresAndNewerEditions(List<String> figureIds) {
		Map<String, Statistic> loaded = load(figureIds, this.statistics);
		List<String> pending = new java.util.ArrayList<>(loaded.values().stream()
			.map(Statistic::supersededBy)
			.filter(id -> id != null)
			.toList());
		while (!pending.isEmpty()) {
			String id = pending.remove(pending.size() - 1);
			if (loaded.containsKey(id)) {
				continue;
			}
			this.statistics.findById(id).ifPresent(newer -> {
				loaded.put(newer.id(), newer);
				if (newer.supersededBy() != null) {
					pending.add(newer.supersededBy());
				}
			});
		}
		return loaded;
	}

	private static <T extends Fact> Map<String, T> load(Iterable<String> ids, FactRepository<T> repository) {
		Map<String, T> loaded = new HashMap<>();
		for (String id : ids) {
			if (!loaded.containsKey(id)) {
				repository.findById(id).ifPresent(fact -> loaded.put(id, fact));
			}
		}
		return loaded;
	}

	private static void addIfPresent(Set<String> ids, String id) {
		if (id != null && !id.isBlank()) {
			ids.add(id);
		}
	}

}
