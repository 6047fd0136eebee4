package org.briefdesk.support;

import java.util.List;
import java.util.Set;

import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;

/**
 * Puts a shared test library back as the sample left it: removes every briefing but the five
 * samples, then the facts whose ids start with the test's prefix (briefings first, since they
 * refer to facts).
 */
public final class BriefingCleanup {

	public static final Set<String> SAMPLE_BRIEFINGS = Set.of("icat-briefing-2018", "osce-side-event-2019",
			"icat-principals-2020", "icat-briefing-2023", "oas-unodc-cochairpersonship-2025");

	private BriefingCleanup() {
	}

	public static void removeAddedBriefingsAndFacts(BriefingQueries briefings, BriefingLifecycle lifecycle, FactLibrary library,
			FactRepositories repositories, String factPrefix) {
		briefings.ids().stream().filter(id -> !SAMPLE_BRIEFINGS.contains(id)).forEach(lifecycle::remove);
		for (FactKind kind : List.of(FactKind.QUOTE, FactKind.STATISTIC, FactKind.PRIORITY_SET, FactKind.EVENT,
				FactKind.CHAIRPERSONSHIP, FactKind.PERSON, FactKind.ORGANISATION)) {
			repositories.of(kind)
				.ids()
				.stream()
				.filter(id -> id.startsWith(factPrefix))
				.sorted()
				.forEach(id -> library.remove(kind, id));
		}
	}

}
