package org.briefdesk.briefing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The diff of two snapshot documents, as plain values. A figure's newer edition
 * ({@value SnapshotDiffer#SUPERSEDED_BY}) is tested here on documents, since statistics do not
 * carry the link in the library yet: once {@code stat supersede} writes it, it reaches every
 * snapshot through the statistics' data format and is reported as this test shows.
 */
class SnapshotDifferTest {

	private static Map<String, Object> document(Map<String, Object> statistic) {
		Map<String, Object> briefing = new LinkedHashMap<>();
		briefing.put("id", "b");
		briefing.put("figures", List.of("old-figure"));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("briefing", briefing);
		document.put("statistics", Map.of("old-figure", statistic));
		return FactSnapshot.of(document).document();
	}

	private static Map<String, Object> statistic(String supersededBy) {
		Map<String, Object> statistic = new LinkedHashMap<>();
		statistic.put("id", "old-figure");
		statistic.put("statement", "One in three detected victims is a child.");
		statistic.put("source-date", "2022");
		if (supersededBy != null) {
			statistic.put(SnapshotDiffer.SUPERSEDED_BY, supersededBy);
		}
		return statistic;
	}

	@Test
	void aFigureThatGainedANewerEditionIsReportedAsSupersededOnce() {
		List<Change> changes = SnapshotDiffer.compare(document(statistic(null)), document(statistic("new-figure")));
		assertThat(changes).extracting(Change::part, Change::change, Change::id, Change::after, Change::message)
			.containsExactly(tuple("figures", "superseded", "old-figure", "new-figure",
					"figure old-figure is superseded by new-figure; `stat show new-figure` shows the newer figure"));
	}

	@Test
	void aFigureNoLongerSupersededIsAPlainChange() {
		List<Change> changes = SnapshotDiffer.compare(document(statistic("new-figure")), document(statistic(null)));
		assertThat(changes).extracting(Change::change, Change::field, Change::before, Change::after)
			.containsExactly(tuple("changed", SnapshotDiffer.SUPERSEDED_BY, "new-figure", null));
	}

	@Test
	void theSameDocumentWrittenInAnotherKeyOrderHasTheSameHash() {
		Map<String, Object> one = new LinkedHashMap<>();
		one.put("b", List.of(2, 1));
		one.put("a", Map.of("y", "ý", "x", new java.math.BigDecimal("0.50")));
		Map<String, Object> other = new LinkedHashMap<>();
		other.put("a", new java.util.TreeMap<>(Map.of("x", new java.math.BigDecimal("0.50"), "y", "ý")));
		other.put("b", List.of(2, 1));
		assertThat(FactSnapshot.of(other)).isEqualTo(FactSnapshot.of(one));
		assertThat(FactSnapshot.of(one).json()).isEqualTo("{\"a\":{\"x\":0.50,\"y\":\"ý\"},\"b\":[2,1]}");
	}

	@Test
	void aParagraphEditedBetweenTwoKeptOnesIsAnEditAndARemovedOneIsNumberedAsItWas() {
		Map<String, Object> before = Map.of("briefing", Map.of("purpose", List.of("One.", "Two.", "Three.", "Four.")));
		Map<String, Object> after = Map.of("briefing", Map.of("purpose", List.of("One.", "Two, revised.", "Four.")));
		assertThat(SnapshotDiffer.compare(before, after)).extracting(Change::change, Change::id, Change::before,
				Change::after)
			.containsExactly(tuple("changed", "2", "Two.", "Two, revised."), tuple("removed", "3", "Three.", null));
	}

	@Test
	void aReorderedPanelIsOneMove() {
		Map<String, Object> before = Map.of("briefing", Map.of("panelists",
				List.of(Map.of("person", "a", "role", "speaker"), Map.of("person", "b", "role", "speaker"))));
		Map<String, Object> after = Map.of("briefing", Map.of("panelists",
				List.of(Map.of("person", "b", "role", "speaker"), Map.of("person", "a", "role", "speaker"))));
		assertThat(SnapshotDiffer.compare(before, after)).extracting(Change::part, Change::change, Change::message)
			.containsExactly(tuple("panel", "moved", "panel: order changed: a, b → b, a"));
	}

}
