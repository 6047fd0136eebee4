package org.briefdesk.briefing;

import java.util.List;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactReferenceFinder;
import org.springframework.stereotype.Component;

/**
 * Tells the fact library where briefings use a fact, so that removing a person, statistic,
 * quote, priority set or event that a briefing refers to is refused with the briefings named
 * ("briefing 'icat-briefing-2023' (panelist)").
 */
@Component
class BriefingReferences implements FactReferenceFinder {

	private final BriefingRepository repository;

	BriefingReferences(BriefingRepository repository) {
		this.repository = repository;
	}

	@Override
	public List<String> referencesTo(FactKind kind, String id) {
		return switch (kind) {
			case PERSON -> this.repository.usesOfPerson(id);
			case STATISTIC -> this.repository.usesOfStatistic(id);
			case QUOTE -> this.repository.usesOfQuote(id);
			case PRIORITY_SET -> this.repository.usesOfPrioritySet(id);
			case EVENT -> this.repository.usesOfEvent(id);
			case ORGANISATION, CHAIRPERSONSHIP -> List.of();
		};
	}

}
