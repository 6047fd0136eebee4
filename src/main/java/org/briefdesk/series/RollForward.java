package org.briefdesk.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.BriefingReviews;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.Panelist;
import org.briefdesk.briefing.ProgrammeItem;
import org.briefdesk.briefing.ReviewMark;
import org.briefdesk.briefing.ReviewPart;
import org.briefdesk.briefing.SectionKind;
import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.Chairpersonships;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.EventRepository;
import org.briefdesk.facts.FactIds;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.OrganisationRepository;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.PrioritySetRepository;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.QuoteRepository;
import org.briefdesk.facts.Statistic;
import org.briefdesk.facts.StatisticEditions;
import org.briefdesk.facts.StatisticRepository;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.BriefdeskProperties;
import org.briefdesk.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rolls a series forward to its next meeting ({@code event next}): a new event like the last
 * one of the series (same title, kind, venue, hosts, and what it is held on the margins of,
 * its session number moved on), co-chaired by the chairpersonship valid on the new date; and a
 * clone of the last briefing of the series with the priority set valid then and each figure's
 * newest edition, every part copied from last time marked for review. {@link #plan} works it
 * all out and writes nothing (the dry run); {@link #apply} writes a plan, all or nothing;
 * {@link #rollForward} does both.
 */
@Service
public class RollForward {

	/**
	 * What to roll forward.
	 *
	 * @param seriesId the series ({@code icat-briefings})
	 * @param date the date of the new meeting: after the last one of the series
	 * @param eventId the new event's id; null to make one like the last event's with the new date
	 */
	public record NextEvent(String seriesId, PartialDate date, String eventId) {
	}

	/** "13th" (the session number of the meeting an event is held beside). */
	private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,4})(st|nd|rd|th)\\b");

	private final EventRepository events;

	private final BriefingQueries briefings;

	private final BriefingLifecycle lifecycle;

	private final BriefingReviews reviews;

	private final Chairpersonships chairs;

	private final PrioritySetRepository prioritySets;

	private final StatisticRepository statistics;

	private final StatisticEditions editions;

	private final QuoteRepository quotes;

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final FactLibrary library;

	private final BriefdeskProperties properties;

	RollForward(EventRepository events, BriefingQueries briefings, BriefingLifecycle lifecycle, BriefingReviews reviews,
			Chairpersonships chairs, PrioritySetRepository prioritySets, StatisticRepository statistics,
			StatisticEditions editions, QuoteRepository quotes, PersonRepository people,
			OrganisationRepository organisations, FactLibrary library, BriefdeskProperties properties) {
		this.events = events;
		this.briefings = briefings;
		this.lifecycle = lifecycle;
		this.reviews = reviews;
		this.chairs = chairs;
		this.prioritySets = prioritySets;
		this.statistics = statistics;
		this.editions = editions;
		this.quotes = quotes;
		this.people = people;
		this.organisations = organisations;
		this.library = library;
		this.properties = properties;
	}

	/** Plans and applies, in one transaction. */
	@Transactional
	public RollForwardResult rollForward(NextEvent request) {
		return apply(plan(request));
	}

	/**
	 * Works out what rolling the series forward would write, and writes nothing.
	 * @throws NotFoundException for a series with no events
	 * @throws BriefdeskException for a date not after the last meeting, or an event id that is taken
	 */
	@Transactional(readOnly = true)
	public RollForwardPlan plan(NextEvent request) {
		String seriesId = request.seriesId() == null ? "" : request.seriesId().strip();
		if (seriesId.isEmpty()) {
			throw new BriefdeskException("no series given; `series list` shows the series");
		}
		if (request.date() == null) {
			throw new BriefdeskException("no date given for the next meeting of series '" + seriesId + "'");
		}
		List<Event> series = this.events.findBySeries(seriesId);
		if (series.isEmpty()) {
			throw new NotFoundException("no series '" + seriesId + "'; `series list` shows the series");
		}
		PartialDate date = request.date();
		Event last = series.get(series.size() - 1);
		if (last.date() != null && date.compareTo(last.date()) <= 0) {
			throw new BriefdeskException(date.toDisplayString() + " is not after the last meeting of series '" + seriesId
					+ "' (" + last.id() + ", " + last.date().toDisplayString() + "); give a later --date");
		}
		Plan plan = new Plan(seriesId, date, last);
		plan.chairpersonship = this.chairs.holdingOn(date).orElse(null);
		plan.event = nextEvent(plan, request.eventId());
		plan.lastBriefing = lastBriefing(series);
		if (plan.lastBriefing == null) {
			plan.notes.add("series '" + seriesId + "' has no briefing to clone: only the event is made");
		}
		else {
			plan.briefing = nextBriefing(plan);
		}
		return plan.build();
	}

	/** Writes a plan: the event, the briefing and its review marks, all or nothing. */
	@Transactional
	public RollForwardResult apply(RollForwardPlan plan) {
		if (this.events.exists(plan.event().id())) {
			throw new BriefdeskException("there is already an event '" + plan.event().id() + "'; give another --id");
		}
		Event event = this.library.add(plan.event());
		if (plan.briefing() == null) {
			return new RollForwardResult(plan, event.id(), null, List.of());
		}
		if (this.briefings.exists(plan.briefing().id())) {
			throw new BriefdeskException("there is already a briefing '" + plan.briefing().id() + "'");
		}
		this.lifecycle.put(plan.briefing());
		this.reviews.mark(plan.briefing().id(), plan.marks());
		return new RollForwardResult(plan, event.id(), plan.briefing().id(), this.reviews.marks(plan.briefing().id()));
	}

	/** The plan as it is worked out. */
	private static final class Plan {

		final String seriesId;

		final PartialDate date;

		final Event last;

		Chairpersonship chairpersonship;

		Event event;

		Briefing lastBriefing;

		Briefing briefing;

		PrioritySet prioritySet;

		final List<String> copied = new ArrayList<>();

		final List<RollForwardPlan.Change> changed = new ArrayList<>();

		final List<ReviewMark> marks = new ArrayList<>();

		final List<String> notes = new ArrayList<>();

		Plan(String seriesId, PartialDate date, Event last) {
			this.seriesId = seriesId;
			this.date = date;
			this.last = last;
		}

		void copied(String what, Object value) {
			if (value != null && !value.toString().isBlank()) {
				this.copied.add(what + ": " + value);
			}
		}

		void changed(String what, String from, String to) {
			this.changed.add(new RollForwardPlan.Change(what, from == null ? "" : from, to == null ? "" : to));
		}

		void mark(ReviewPart part, String reason) {
			this.marks.add(ReviewMark.open(part, reason));
		}

		RollForwardPlan build() {
			return new RollForwardPlan(this.seriesId, this.date, this.last, this.lastBriefing, this.event, this.briefing,
					this.chairpersonship, this.prioritySet, this.copied, this.changed, this.marks, this.notes);
		}

	}

	// ---- the event

	private Event nextEvent(Plan plan, String givenId) {
		Event last = plan.last;
		String id;
		if (givenId != null && !givenId.isBlank()) {
			id = givenId.strip();
			String problem = FactIds.checkForm(id);
			if (problem != null) {
				throw new BriefdeskException(problem);
			}
			if (this.events.exists(id)) {
				throw new BriefdeskException("there is already an event '" + id + "'; give another --id");
			}
		}
		else {
			id = nextEventId(last, plan.date);
		}
		List<String> coChairs = plan.chairpersonship == null ? List.of() : plan.chairpersonship.organisationIds();
		String margins = nextMargins(last.marginsOf(), last.date());
		Event event = new Event(id, last.title(), last.kind(), plan.date, null, null, last.timeZone(), last.venue(),
				last.city(), last.country(), null, null, last.hostIds(), coChairs, List.of(), margins, plan.seriesId,
				null);
		plan.changed("event", last.id(), id);
		plan.changed("date", text(last.date()), plan.date.toString());
		plan.copied("title", last.title());
		plan.copied("kind", last.kind());
		plan.copied("place", last.place());
		plan.copied("time zone", last.timeZone());
		plan.copied("hosts", String.join(", ", last.hostIds()));
		List<String> lastCoChairs = this.chairs.coChairIdsOf(last);
		String coChairsNow = plan.chairpersonship == null ? ""
				: String.join(", ", coChairs) + " (chairpersonship " + plan.chairpersonship.id() + ", "
						+ plan.chairpersonship.period() + ")";
		if (lastCoChairs.equals(coChairs)) {
			plan.copied("co-chairs", coChairsNow);
		}
		else {
			plan.changed("co-chairs", String.join(", ", lastCoChairs), coChairsNow);
		}
		if (plan.chairpersonship == null) {
			plan.notes.add("no chairpersonship is recorded for " + plan.date.toDisplayString()
					+ ": the new event names no co-chairs (`chair add` records them, `chair list` shows who chairs when)");
		}
		if (margins != null && !margins.equals(last.marginsOf())) {
			plan.changed("on the margins of", last.marginsOf(), margins);
		}
		else {
			plan.copied("on the margins of", margins);
		}
		List<String> left = new ArrayList<>();
		if (last.startTime() != null) {
			left.add("time");
		}
		if (last.chairId() != null) {
			left.add("chair");
		}
		if (last.moderatorId() != null) {
			left.add("moderator");
		}
		if (!last.speakerIds().isEmpty()) {
			left.add("speakers");
		}
		if (!left.isEmpty()) {
			plan.notes.add("not copied from " + last.id() + ": its " + String.join(", ", left)
					+ " (`event edit " + id + "` sets them for the new meeting)");
		}
		return event;
	}

	/** The last event's id with the new date for its own ({@code icat-briefing-2025-10-08}), else one from the title. */
	private String nextEventId(Event last, PartialDate date) {
		Set<String> taken = this.events.ids();
		String lastDate = text(last.date());
		if (!lastDate.isEmpty() && last.id().endsWith("-" + lastDate)) {
			String head = last.id().substring(0, last.id().length() - lastDate.length() - 1);
			String same = head + "-" + date;
			if (FactIds.checkForm(same) == null && !taken.contains(same)) {
				return same;
			}
			return FactIds.derive(FactKind.EVENT, head.replace('-', ' '), date, Map.of(), taken::contains);
		}
		Map<String, String> acronyms = FactIds.acronymsByName(this.organisations.findAll());
		return FactIds.derive(FactKind.EVENT, last.title(), date, acronyms, taken::contains);
	}

	/**
	 * What the new meeting is held on the margins of: the last one's, with its session number
	 * moved on ("13th meeting" → "14th meeting") and a parenthesis that dates the last one
	 * ("(Vienna, 2-3 October 2023)") left out, since its dates are not known yet.
	 */
	static String nextMargins(String margins, PartialDate lastDate) {
		if (margins == null || margins.isBlank()) {
			return margins;
		}
		String next = margins;
		Matcher ordinal = ORDINAL.matcher(next);
		if (ordinal.find()) {
			int number = Integer.parseInt(ordinal.group(1)) + 1;
			next = next.substring(0, ordinal.start()) + number + suffix(number) + next.substring(ordinal.end());
		}
		if (lastDate != null) {
			next = next.replaceAll("\\s*\\([^()]*\\b" + lastDate.year() + "\\b[^()]*\\)", "");
		}
		return next.strip();
	}

	private static String suffix(int number) {
		int lastTwo = number % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			return "th";
		}
		return switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

	// ---- the briefing

	/** The briefing of the latest event of the series that has one (of several, the one changed last). */
	private Briefing lastBriefing(List<Event> series) {
		List<BriefingQueries.Listed> all = this.briefings.list();
		for (int i = series.size() - 1; i >= 0; i--) {
			String eventId = series.get(i).id();
			Optional<BriefingQueries.Listed> latest = all.stream()
				.filter(listed -> eventId.equals(listed.eventId()))
				.max(Comparator.comparing(BriefingQueries.Listed::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
					.thenComparing(BriefingQueries.Listed::id));
			if (latest.isPresent()) {
				return this.briefings.get(latest.get().id());
			}
		}
		return null;
	}

	private Briefing nextBriefing(Plan plan) {
		Briefing last = plan.lastBriefing;
		Event lastEvent = this.events.findById(last.eventId()).orElse(plan.last);
		Mentions mentions = new Mentions(lastEvent, this.chairs.coChairIdsOf(lastEvent), plan.event.coChairIds());
		String from = "copied from " + last.id() + " (" + lastEvent.id()
				+ (lastEvent.date() == null ? "" : ", " + lastEvent.date().toDisplayString()) + ")";
		String id = nextBriefingId(last, lastEvent, plan);
		plan.changed("briefing", last.id(), id);
		plan.copied("sections", last.sections().stream().map(SectionKind::key).collect(Collectors.joining(", ")));
		plan.copied("briefing title", last.title());
		plan.copied("briefing subtitle", last.subtitle());
		plan.copied("issued by", last.issuedBy());
		plan.mark(ReviewPart.TITLE, "the title and subtitle are " + from + mentions.in(last.title(), last.subtitle()));
		plan.mark(ReviewPart.EVENT, eventReason(plan));

		Briefing.Builder clone = last.toBuilder().id(id).eventId(plan.event.id()).createdAt(null).updatedAt(null);
		if (!last.purpose().isEmpty() && last.has(SectionKind.PURPOSE)) {
			plan.copied("purpose", count(last.purpose().size(), "paragraph"));
			plan.mark(ReviewPart.PURPOSE, "purpose and background are " + from + mentions.in(last.purpose()));
		}
		if (!last.programme().isEmpty() && last.has(SectionKind.PROGRAMME)) {
			plan.copied("programme", count(last.programme().size(), "item"));
			plan.mark(ReviewPart.PROGRAMME, programmeReason(last.programme(), from, mentions));
		}
		if (!last.panelists().isEmpty() && last.has(SectionKind.PANELISTS)) {
			plan.copied("panel", count(last.panelists().size(), "panelist"));
			plan.mark(ReviewPart.PANELISTS, panelReason(last.panelists(), from, plan));
		}
		clone.prioritySetId(priorities(plan, last, from));
		clone.figureIds(figures(plan, last, from));
		if (!last.quoteIds().isEmpty() && last.has(SectionKind.QUOTES)) {
			plan.copied("quotes", String.join(", ", last.quoteIds()));
			plan.mark(ReviewPart.QUOTES, quotesReason(last.quoteIds(), from));
		}
		if (!last.talkingPoints().isEmpty() && last.has(SectionKind.TALKING_POINTS)) {
			plan.copied("talking points", count(last.talkingPoints().size(), "point"));
			plan.mark(ReviewPart.TALKING_POINTS, "the talking points are " + from + mentions.in(last.talkingPoints()));
		}
		if (!last.logistics().isEmpty() && last.has(SectionKind.LOGISTICS)) {
			plan.copied("logistics", count(last.logistics().size(), "paragraph"));
			plan.mark(ReviewPart.LOGISTICS, "logistics are " + from + mentions.in(last.logistics()));
		}
		return clone.build();
	}

	/** The last briefing's id with the new date or year for the old ({@code icat-briefing-2025}), else the event's. */
	private String nextBriefingId(Briefing last, Event lastEvent, Plan plan) {
		Set<String> taken = new HashSet<>(this.briefings.ids());
		if (lastEvent.date() != null) {
			String fullDate = lastEvent.date().toString();
			String year = Integer.toString(lastEvent.date().year());
			String candidate = null;
			if (last.id().endsWith("-" + fullDate)) {
				candidate = last.id().substring(0, last.id().length() - fullDate.length()) + plan.date;
			}
			else if (last.id().endsWith("-" + year)) {
				candidate = last.id().substring(0, last.id().length() - year.length()) + plan.date.year();
			}
			if (candidate != null && FactIds.checkForm(candidate) == null && !taken.contains(candidate)) {
				return candidate;
			}
		}
		return FactIds.forBriefing(plan.event.id(), taken::contains);
	}

	private String eventReason(Plan plan) {
		Event last = plan.last;
		StringBuilder reason = new StringBuilder("the event's title, kind, place, hosts and margins are copied from ")
			.append(last.id());
		if (last.marginsOf() != null && !last.marginsOf().equals(plan.event.marginsOf())) {
			reason.append("; on the margins of \u201c").append(plan.event.marginsOf()).append("\u201d (was \u201c")
				.append(last.marginsOf().strip()).append("\u201d)");
		}
		reason.append("; it has no time yet (`event edit ").append(plan.event.id()).append(" --time HH:MM`)");
		return reason.toString();
	}

	private static String programmeReason(List<ProgrammeItem> programme, String from, Mentions mentions) {
		List<String> texts = new ArrayList<>();
		long timed = programme.stream().filter(item -> !item.time().isEmpty()).count();
		programme.forEach(item -> {
			texts.add(item.text());
			texts.add(item.speakersNote());
		});
		return "the programme's items, speakers" + (timed > 0 ? " and times (" + timed + " timed)" : "") + " are "
				+ from + mentions.in(texts);
	}

	private String panelReason(List<Panelist> panel, String from, Plan plan) {
		Set<String> coChairs = new HashSet<>(plan.event.coChairIds());
		List<String> outgoing = new ArrayList<>();
		for (Panelist panelist : panel) {
			if (panelist.role() != PanelRole.CO_CHAIR) {
				continue;
			}
			Optional<Person> person = this.people.findById(panelist.personId());
			String organisation = person.map(Person::organisationId).orElse(null);
			if (organisation == null || !coChairs.contains(organisation)) {
				outgoing.add(person.map(Person::name).orElse(panelist.personId())
						+ (organisation == null ? "" : " (" + shortName(organisation) + ")"));
			}
		}
		StringBuilder reason = new StringBuilder("the panel is ").append(from);
		if (!outgoing.isEmpty()) {
			reason.append("; ").append(String.join(" and ", outgoing))
				.append(outgoing.size() == 1 ? " is on it as co-chair" : " are on it as co-chairs")
				.append(", but on ").append(plan.date.toDisplayString())
				.append(coChairs.isEmpty() ? " no co-chairs are recorded"
						: " the co-chairs are " + plan.event.coChairIds().stream().map(this::shortName)
							.collect(Collectors.joining(" and ")))
				.append(": put their representatives on the panel");
		}
		return reason.toString();
	}

	/** The priority set valid on the date: the co-chairs' own, else one of the last set's owners, else the latest. */
	private String priorities(Plan plan, Briefing last, String from) {
		PrioritySet lastSet = last.prioritySetId() == null ? null
				: this.prioritySets.findById(last.prioritySetId()).orElse(null);
		List<PrioritySet> valid = this.prioritySets.findAll()
			.stream()
			.filter(set -> set.validFrom() != null && plan.date.within(set.validFrom(), set.validUntil()))
			.toList();
		List<PrioritySet> preferred = List.of();
		String why = "";
		if (plan.chairpersonship != null) {
			Set<String> holders = new HashSet<>(plan.chairpersonship.organisationIds());
			preferred = valid.stream().filter(set -> new HashSet<>(set.ownerIds()).equals(holders)).toList();
			why = "the co-chairs' set valid on " + plan.date.toDisplayString();
		}
		if (preferred.isEmpty() && lastSet != null) {
			Set<String> owners = new HashSet<>(lastSet.ownerIds());
			preferred = valid.stream().filter(set -> new HashSet<>(set.ownerIds()).equals(owners)).toList();
			why = "the set of the same owners valid on " + plan.date.toDisplayString();
		}
		if (preferred.isEmpty()) {
			preferred = valid;
			why = "the latest set valid on " + plan.date.toDisplayString();
		}
		PrioritySet chosen = preferred.stream()
			.max(Comparator.comparing(PrioritySet::validFrom).thenComparing(PrioritySet::id, Comparator.reverseOrder()))
			.orElse(null);
		plan.prioritySet = chosen;
		boolean shown = last.has(SectionKind.PRIORITIES);
		String lastText = lastSet == null ? "" : lastSet.id() + " (" + lastSet.period() + ")";
		String chosenText = chosen == null ? ""
				: chosen.id() + " (" + chosen.period() + ", " + count(chosen.priorities().size(), "priority") + ")";
		if (chosen == null) {
			if (lastSet != null || shown) {
				plan.changed("priorities", lastText, "");
				plan.mark(ReviewPart.PRIORITIES, "no priority set holds on " + plan.date.toDisplayString()
						+ (lastSet == null ? "" : " (the last briefing had " + lastText + ")")
						+ ": `priorities add` records them, then `briefing priorities set ID`");
			}
			return null;
		}
		if (lastSet != null && lastSet.id().equals(chosen.id())) {
			plan.copied("priorities", chosenText);
		}
		else {
			plan.changed("priorities", lastText, chosenText);
		}
		if (shown) {
			plan.mark(ReviewPart.PRIORITIES, "the chair's priorities are " + chosen.id() + " \u201c" + chosen.title()
					+ "\u201d, " + why + (lastSet == null || lastSet.id().equals(chosen.id()) ? ""
							: " (the last briefing had " + lastSet.id() + ")"));
		}
		return chosen.id();
	}

	/** Each figure's newest edition published by the date, and a mark that names what is stale. */
	private List<String> figures(Plan plan, Briefing last, String from) {
		List<String> figures = new ArrayList<>();
		List<String> replaced = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		int limit = this.properties.staleFigureYears();
		for (int i = 0; i < last.figureIds().size(); i++) {
			String id = last.figureIds().get(i);
			String newest = id;
			for (String edition : this.editions.chainFrom(id)) {
				Optional<Statistic> statistic = this.statistics.findById(edition);
				if (statistic.isPresent() && (statistic.get().sourceDate() == null
						|| !statistic.get().sourceDate().earliest().isAfter(plan.date.latest()))) {
					newest = edition;
				}
			}
			if (!newest.equals(id) && !figures.contains(newest)) {
				plan.changed("key figure #" + (i + 1), id, newest + " (its newer edition)");
				replaced.add(id + " \u2192 " + newest);
				figures.add(newest);
			}
			else if (!figures.contains(id)) {
				figures.add(id);
			}
			this.statistics.findById(figures.get(figures.size() - 1)).ifPresent(statistic -> {
				if (statistic.sourceDate() != null && plan.date.year() - statistic.sourceDate().year() > limit) {
					stale.add(statistic.id() + " (" + statistic.sourceDate().year() + ")");
				}
			});
		}
		if (figures.isEmpty() || !last.has(SectionKind.FIGURES)) {
			return figures;
		}
		if (replaced.isEmpty()) {
			plan.copied("key figures", String.join(", ", figures));
		}
		StringBuilder reason = new StringBuilder("the key figures are ").append(from);
		if (!replaced.isEmpty()) {
			reason.append("; replaced by their newer editions: ").append(String.join(", ", replaced));
		}
		if (!stale.isEmpty()) {
			reason.append("; more than ").append(limit).append(" years older than the meeting: ")
				.append(String.join(", ", stale));
		}
		plan.mark(ReviewPart.FIGURES, reason.append("; look for newer figures").toString());
		return figures;
	}

	private String quotesReason(List<String> quoteIds, String from) {
		Set<String> dates = new LinkedHashSet<>();
		for (String id : quoteIds) {
			this.quotes.findById(id).map(Quote::date).filter(date -> date != null).ifPresent(date -> dates.add(date.toDisplayString()));
		}
		return "the quotes are " + from + (dates.isEmpty() ? "" : ", said " + String.join(", ", dates))
				+ ": still the words to cite?";
	}

	private String shortName(String organisationId) {
		return this.organisations.findById(organisationId).map(Organisation::shortName).orElse(organisationId);
	}

	/**
	 * What in a copied text names the last meeting: its year, and the co-chairs of then when
	 * they are not the co-chairs of the new one.
	 */
	private final class Mentions {

		private final List<Pattern> patterns = new ArrayList<>();

		private final List<String> words = new ArrayList<>();

		Mentions(Event lastEvent, List<String> lastCoChairs, List<String> newCoChairs) {
			if (lastEvent.date() != null) {
				add(Integer.toString(lastEvent.date().year()));
			}
			for (String organisation : lastCoChairs) {
				if (!newCoChairs.contains(organisation)) {
					add(shortName(organisation));
				}
			}
		}

		private void add(String word) {
			this.words.add(word);
			this.patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])"));
		}

		String in(String... texts) {
			return in(List.of(texts));
		}

		/** "; it names 2023, IOM and OSRSG-VAC", or empty when the texts name none of them. */
		String in(List<String> texts) {
			List<String> found = new ArrayList<>();
			for (int i = 0; i < this.patterns.size(); i++) {
				Pattern pattern = this.patterns.get(i);
				if (texts.stream().anyMatch(text -> text != null && pattern.matcher(text).find())) {
					found.add(this.words.get(i));
				}
			}
			return found.isEmpty() ? "" : "; it names " + String.join(", ", found);
		}

	}

	private static String count(int n, String noun) {
		return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
	}

	private static String text(PartialDate date) {
		return date == null ? "" : date.toString();
	}

}
