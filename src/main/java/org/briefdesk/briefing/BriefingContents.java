package org.briefdesk.briefing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;

/**
 * A briefing together with the facts it refers to, as the library holds them now: what the
 * pack model, the check and the preview read. Built in one go so that they all see the same
 * facts; a snapshot of an export can freeze exactly this.
 *
 * @param briefing the briefing
 * @param event its event
 * @param prioritySet the chair's priorities, or null when none is chosen
 * @param people every person the briefing or its event names, by id
 * @param organisations every organisation those people, the event, the priority set and the
 *        chairpersonship valid on the event's date name, by id
 * @param statistics the key figures and their newer editions (see {@link Statistic#supersededBy()}), by id
 * @param quotes the quotes, by id
 * @param chairpersonships every chairpersonship of the library, oldest first: who chairs on the
 *        event's date, and whether the co-chairs the event names hold then
 */
public record BriefingContents(Briefing briefing, Event event, PrioritySet prioritySet, Map<String, Person> people,
		Map<String, Organisation> organisations, Map<String, Statistic> statistics, Map<String, Quote> quotes,
		List<Chairpersonship> chairpersonships) {

	public BriefingContents {
		people = Map.copyOf(people);
		organisations = Map.copyOf(organisations);
		statistics = Map.copyOf(statistics);
		quotes = Map.copyOf(quotes);
		chairpersonships = chairpersonships == null ? List.of() : List.copyOf(chairpersonships);
	}

	/** Contents without chairpersonships: the event's co-chairs are only those it names. */
	public BriefingContents(Briefing briefing, Event event, PrioritySet prioritySet, Map<String, Person> people,
			Map<String, Organisation> organisations, Map<String, Statistic> statistics, Map<String, Quote> quotes) {
		this(briefing, event, prioritySet, people, organisations, statistics, quotes, List.of());
	}

	/** The chairpersonship that holds on the event's date, if the library records one. */
	public Optional<Chairpersonship> chairpersonshipOnEventDate() {
		return Chairpersonship.holdingOn(this.chairpersonships, this.event.date());
	}

	/**
	 * The event's co-chairs: those it names, or, when it names none, the organisations of the
	 * chairpersonship valid on its date.
	 */
	public List<String> coChairIds() {
		if (!this.event.coChairIds().isEmpty()) {
			return this.event.coChairIds();
		}
		return chairpersonshipOnEventDate().map(Chairpersonship::organisationIds).orElse(List.of());
	}

	public Optional<Person> person(String id) {
		return Optional.ofNullable(id == null ? null : this.people.get(id));
	}

	public Optional<Organisation> organisation(String id) {
		return Optional.ofNullable(id == null ? null : this.organisations.get(id));
	}

	/** The key figures in order (a figure whose statistic is gone is left out). */
	public List<Statistic> figures() {
		return this.briefing.figureIds().stream().map(this.statistics::get).filter(s -> s != null).toList();
	}

	/** The quotes in order. */
	public List<Quote> quoteList() {
		return this.briefing.quoteIds().stream().map(this.quotes::get).filter(q -> q != null).toList();
	}

}
