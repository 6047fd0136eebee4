package org.briefdesk.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.briefdesk.facts.Event;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a pack says holds on the event's day must hold on that day; a briefing cloned from
 * last year's is where this goes wrong. Two warnings:
 * <ul>
 * <li>the chair's priorities are a set whose period (valid from, until) does not include the
 * event's date;</li>
 * <li>a panelist is on the panel as co-chair while their organisation (or the one it is part
 * of) is not among the event's co-chairs. The library records a co-chairpersonship on the
 * events held under it ("the organisations co-chairing at the time"), so the event's own
 * co-chairs are the ones valid on its date; an event that names none is not judged.</li>
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
		if (!event.coChairIds().isEmpty()) {
			List<Panelist> panel = context.briefing().panelists();
			for (int i = 0; i < panel.size(); i++) {
				Panelist panelist = panel.get(i);
				if (panelist.role() != PanelRole.CO_CHAIR) {
					continue;
				}
				Optional<Person> person = context.contents().person(panelist.personId());
				Optional<Organisation> organisation = person
					.flatMap(p -> context.contents().organisation(p.organisationId()));
				if (organisation.isEmpty() || coChairs(event, organisation.get(), context)) {
					continue;
				}
				findings.add(Finding.warning(ID, Where.panelist(i + 1, panelist.personId()),
						person.get().name() + " is on the panel as co-chair, but " + organisation.get().shortName()
								+ " does not co-chair on the event's date (" + event.date().toDisplayString() + ": "
								+ names(event.coChairIds(), context) + "); `briefing panelist role "
								+ panelist.personId() + " --role speaker` or `event edit " + event.id()
								+ " --co-chairs ...`"));
			}
		}
		return findings;
	}

	/** Whether the set's period and the event's date share a day. */
	static boolean holdsOn(PrioritySet set, PartialDate date) {
		LocalDate eventStart = date.earliest();
		LocalDate eventEnd = latest(date);
		LocalDate setStart = set.validFrom().earliest();
		LocalDate setEnd = set.validUntil() == null ? LocalDate.MAX : latest(set.validUntil());
		return !eventEnd.isBefore(setStart) && !eventStart.isAfter(setEnd);
	}

	/** The last day a date can mean: 2025 → 31 December 2025, 2024-02 → 29 February 2024. */
	private static LocalDate latest(PartialDate date) {
		if (date.month() == 0) {
			return LocalDate.of(date.year(), 12, 31);
		}
		if (date.day() == 0) {
			LocalDate first = LocalDate.of(date.year(), date.month(), 1);
			return first.withDayOfMonth(first.lengthOfMonth());
		}
		return date.exact().orElseThrow();
	}

	private static boolean coChairs(Event event, Organisation organisation, CheckContext context) {
		for (Organisation o = organisation; o != null; o = context.contents().organisation(o.parentId()).orElse(null)) {
			if (event.coChairIds().contains(o.id())) {
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
