package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a pack says holds on the event's day must hold on that day; a briefing cloned from
 * last year's is where this goes wrong. Three warnings:
 * <ul>
 * <li>the chair's priorities are a set whose period (valid from, until) does not include the
 * event's date;</li>
 * <li>the event names co-chairs that do not co-chair on its date: the library's
 * chairpersonship valid then has other organisations, or (when none is recorded for the date)
 * the named ones hold a chairpersonship of another period;</li>
 * <li>a panelist is on the panel as co-chair while their organisation (or the one it is part
 * of) is not among the event's co-chairs: those it names, or else those of the
 * chairpersonship valid on its date. An event with neither is not judged.</li>
 * </ul>
 * A date known only to the month or the year counts as every day it may be.
 */
@Component
@Order(45)
public class ValidOnEventDateRule implements BriefingCheckRule {

	static final String ID = "valid-on-event-date";

	@Override
	public List<Finding> check(CheckContext context) {
		Event event = context.contents().event();
		if (event.date() == null) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		PrioritySet priorities = context.contents().prioritySet();
		if (priorities != null && priorities.validFrom() != null && !holdsOn(priorities, event.date())) {
			findings.add(Finding.warning(ID, Where.section(SectionKind.PRIORITIES), "the priorities '"
					+ priorities.title() + "' (" + priorities.id() + ") hold for " + priorities.period()
					+ ", not on the event's date (" + event.date().toDisplayString()
					+ "); `briefing priorities set ID` chooses the set valid then"));
		}
		coChairsNotValidOnTheDate(context).ifPresent(findings::add);
		List<String> coChairIds = context.contents().coChairIds();
		if (!coChairIds.isEmpty()) {
			List<Panelist> panel = context.briefing().panelists();
			for (int i = 0; i < panel.size(); i++) {
				Panelist panelist = panel.get(i);
				if (panelist.role() != PanelRole.CO_CHAIR) {
					continue;
				}
				Optional<Person> person = context.contents().person(panelist.personId());
				Optional<Organisation> organisation = person
					.flatMap(p -> context.contents().organisation(p.organisationId()));
				if (organisation.isEmpty() || coChairs(coChairIds, organisation.get(), context)) {
					continue;
				}
				findings.add(Finding.warning(ID, Where.panelist(i + 1, panelist.personId()),
						person.get().name() + " is on the panel as co-chair, but " + organisation.get().shortName()
								+ " does not co-chair on the event's date (" + event.date().toDisplayString() + ": "
								+ names(coChairIds, context) + "); `briefing panelist role "
								+ panelist.personId() + " --role speaker` or `event edit " + event.id()
								+ " --co-chairs ...`"));
			}
		}
		return findings;
	}

	/**
	 * The event's own co-chairs against the chairpersonships: those valid on its date, or,
	 * when none is recorded then, the period the named ones hold.
	 */
	private static Optional<Finding> coChairsNotValidOnTheDate(CheckContext context) {
		Event event = context.contents().event();
		if (event.coChairIds().isEmpty()) {
			return Optional.empty();
		}
		Set<String> named = new HashSet<>(event.coChairIds());
		String on = " on the event's date (" + event.date().toDisplayString() + ")";
		Optional<Chairpersonship> holding = context.contents().chairpersonshipOnEventDate();
		if (holding.isPresent()) {
			Chairpersonship valid = holding.get();
			if (new HashSet<>(valid.organisationIds()).equals(named)) {
				return Optional.empty();
			}
			return Optional.of(Finding.warning(ID, Where.event(event.id()), "the event names "
					+ names(event.coChairIds(), context) + " as co-chairs, but" + on + " the " + valid.role().plural()
					+ " are " + names(valid.organisationIds(), context) + " (chairpersonship " + valid.id() + ", "
					+ valid.period() + "); `event edit " + event.id() + " --co-chairs "
					+ String.join(",", valid.organisationIds()) + "`"));
		}
		return context.contents()
			.chairpersonships()
			.stream()
			.filter(other -> new HashSet<>(other.organisationIds()).equals(named))
			.reduce((first, later) -> later)
			.map(other -> Finding.warning(ID, Where.event(event.id()), "the event names "
					+ names(event.coChairIds(), context) + " as co-chairs, who hold the chairpersonship " + other.id()
					+ " for " + other.period() + ", not" + on + "; `chair list` shows who chairs when"));
	}

	/** Whether the set's period and the event's date share a day. */
	static boolean holdsOn(PrioritySet set, PartialDate date) {
		return date.within(set.validFrom(), set.validUntil());
	}

	private static boolean coChairs(List<String> coChairIds, Organisation organisation, CheckContext context) {
		for (Organisation o = organisation; o != null; o = context.contents().organisation(o.parentId()).orElse(null)) {
			if (coChairIds.contains(o.id())) {
				return true;
			}
			if (o.parentId() == null || o.parentId().equals(o.id())) {
				break;
			}
		}
		return false;
	}

	private static String names(List<String> organisationIds, CheckContext context) {
		return String.join(" and ", organisationIds.stream()
			.map(id -> context.contents().organisation(id).map(Organisation::shortName).orElse(id))
			.toList());
	}

}
