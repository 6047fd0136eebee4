package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.briefdesk.briefing.BriefingRules.Reference;
import org.briefdesk.facts.FactKind;
import org.junit.jupiter.api.Test;

/** The one list of what a briefing refers to, which commands and imports both check. */
class BriefingRulesTest {

	private static final Briefing BRIEFING = new Briefing.Builder().id("b")
		.eventId("icat-briefing-2023-10-03")
		.title("A briefing")
		.panelists(List.of(new Panelist("hanna-antonova", PanelRole.CHAIR), new Panelist("nobody", PanelRole.SPEAKER)))
		.programme(List.of(new ProgrammeItem("13:15", "Opening", List.of("ghost"), null)))
		.prioritySetId("icat-priorities-2023")
		.figureIds(List.of("one-in-three-victims-child-2023"))
		.quoteIds(List.of("tea-machaidze-2023-2"))
		.build();

	@Test
	void everyReferenceIsListedWithItsKeyAndPositionInTheOrderTheyAreReported() {
		assertThat(BriefingRules.references(BRIEFING)).containsExactly(
				new Reference("event", 0, FactKind.EVENT, "icat-briefing-2023-10-03"),
				new Reference("panelists", 1, FactKind.PERSON, "hanna-antonova"),
				new Reference("panelists", 2, FactKind.PERSON, "nobody"),
				new Reference("programme", 1, FactKind.PERSON, "ghost"),
				new Reference("priorities", 0, FactKind.PRIORITY_SET, "icat-priorities-2023"),
				new Reference("figures", 0, FactKind.STATISTIC, "one-in-three-victims-child-2023"),
				new Reference("quotes", 0, FactKind.QUOTE, "tea-machaidze-2023-2"));
	}

	@Test
	void onlyTheFactsTheLookupDoesNotKnowAreMissing() {
		Set<String> known = Set.of("icat-briefing-2023-10-03", "hanna-antonova", "icat-priorities-2023",
				"one-in-three-victims-child-2023", "tea-machaidze-2023-2");
		assertThat(BriefingRules.missing(BRIEFING, (kind, id) -> known.contains(id))).extracting(Reference::id)
			.containsExactly("nobody", "ghost");
	}

	@Test
	void aBriefingWithoutPrioritiesDoesNotReferToAPrioritySet() {
		Briefing without = BRIEFING.toBuilder().prioritySetId(null).build();
		assertThat(BriefingRules.references(without)).extracting(Reference::kind).doesNotContain(FactKind.PRIORITY_SET);
	}

	@Test
	void commandsAndImportsNameAMissingFactTheirOwnWay() {
		Reference missing = new Reference("figures", 0, FactKind.STATISTIC, "no-such-figure");
		assertThat(BriefingRules.notInLibrary(FactKind.STATISTIC, "no-such-figure"))
			.isEqualTo("no statistic 'no-such-figure'; `stat list` shows the ids");
		assertThat(BriefingRules.notInImport(missing)).isEqualTo("no statistic 'no-such-figure' in the library or in this import");
	}

}
