package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one id rule: what an id is, and the short, whole-word id made when none is given. */
@BriefdeskTest
class FactIdsTest {

	@Autowired
	EventRepository events;

	@Autowired
	OrganisationRepository organisations;

	private Map<String, String> acronyms() {
		return FactIds.acronymsByName(this.organisations.findAll());
	}

	/** The words of a made id, each a whole word of the title or a known organisation's acronym. */
	private void assertWholeWordsOf(String id, String title, PartialDate date) {
		String words = date == null ? id : id.substring(0, id.length() - date.toString().length() - 1);
		List<String> allowed = new ArrayList<>(FactIds.words(title));
		this.organisations.findAll()
			.stream()
			.filter(o -> o.acronym() != null)
			.forEach(o -> allowed.addAll(FactIds.words(o.acronym())));
		assertThat(List.of(words.split("-"))).as(id).isSubsetOf(allowed);
	}

	@Test
	void theIdMadeForEverySampleEventIsAtMost32CharactersOfWholeWordsAndItsDate() {
		List<Event> all = this.events.findAll();
		assertThat(all).hasSize(5);
		for (Event event : all) {
			String id = FactIds.derive(FactKind.EVENT, event.title(), event.date(), acronyms(), taken -> false);
			assertThat(id).as(event.title()).hasSizeLessThanOrEqualTo(FactIds.MADE_LENGTH).matches(FactIds.FORM)
				.endsWith("-" + event.date());
			assertWholeWordsOf(id, event.title(), event.date());
			assertThat(FactIds.forBriefing(id, taken -> false)).hasSizeLessThanOrEqualTo(FactIds.MADE_LENGTH);
		}
	}

	@Test
	void theSampleEventsKeepTheIdsTheReadmeAndTestsUse() {
		assertThat(this.events.findAll()).extracting(Event::id)
			.containsExactly("icat-briefing-2018-06-14", "osce-icat-side-event-2019-12-05", "icat-principals-2020-12-15",
					"icat-briefing-2023-10-03", "icat-representatives-2024-12");
	}

	@Test
	void aLongTitleGivesAnAcronymAndItsFirstMeaningfulWordWithTheDate() {
		String id = FactIds.derive(FactKind.EVENT, "ICAT Briefing to Member States: technology and briefing",
				PartialDate.parse("2026-06-11"), acronyms(), taken -> false);
		assertThat(id).isEqualTo("icat-briefing-2026-06-11");
	}

	@Test
	void aKnownOrganisationNamedInFullGivesItsAcronym() {
		String id = FactIds.derive(FactKind.EVENT,
				"Briefing on the Inter-Agency Coordination Group against Trafficking in Persons",
				PartialDate.parse("2023-10-03"), acronyms(), taken -> false);
		assertThat(id).isEqualTo("icat-briefing-2023-10-03");
	}

	@Test
	void stopWordsAreLeftOutAndNoWordIsCut() {
		String id = FactIds.derive("One in three detected victims of trafficking is a child, says the global report",
				FactKind.STATISTIC, taken -> false);
		assertThat(id).isEqualTo("one-three-detected-victims");
		assertThat(id).hasSizeLessThanOrEqualTo(FactIds.MADE_LENGTH);
	}

	@Test
	void aNameKeepsAllItsWords() {
		assertThat(FactIds.derive("Ana de la Torre", FactKind.PERSON, taken -> false)).isEqualTo("ana-de-la-torre");
	}

	@Test
	void aTakenIdGetsANumberAndStaysWithinTheLength() {
		Set<String> taken = Set.of("icat-briefing-2026-06-11");
		String id = FactIds.derive(FactKind.EVENT, "ICAT Briefing to Member States", PartialDate.parse("2026-06-11"),
				acronyms(), taken::contains);
		assertThat(id).isEqualTo("icat-briefing-2026-06-11-2");
		String statistic = FactIds.derive("Thirty-one organisations are members of the coordination group",
				FactKind.STATISTIC, candidate -> !candidate.endsWith("-2"));
		assertThat(statistic).endsWith("-2").hasSizeLessThanOrEqualTo(FactIds.MADE_LENGTH);
	}

	@Test
	void aBriefingForAnEventTakesTheEventsId() {
		assertThat(FactIds.forBriefing("icat-briefing-2026-06-11", taken -> false)).isEqualTo("icat-briefing-2026-06-11");
		assertThat(FactIds.forBriefing("vienna-2027", taken -> false)).isEqualTo("vienna-2027-briefing");
		assertThat(FactIds.forBriefing("icat-briefing-2026-06-11", Set.of("icat-briefing-2026-06-11")::contains))
			.isEqualTo("icat-briefing-2026-06-11-2");
		assertThat(FactIds.forBriefing("osce-icat-side-event-2019-12-05",
				Set.of("osce-icat-side-event-2019-12-05")::contains)).isEqualTo("osce-icat-side-2019-12-05-2");
	}

	@Test
	void aLongEventIdGivesABriefingIdOfItsFirstMeaningfulWordsAndItsDate() {
		String id = FactIds.forBriefing("icat-briefing-to-member-states-technology-and-briefing-2026-06-11",
				taken -> false);
		assertThat(id).isEqualTo("icat-briefing-member-2026-06-11");
	}

	@Test
	void anIdHasOneFormEverywhere() {
		assertThat(FactIds.checkForm("icat-briefing-2023")).isNull();
		assertThat(FactIds.checkForm("ICAT briefing")).contains("e.g. 'icat-briefing'");
		assertThat(FactIds.checkForm("a".repeat(65))).contains("longer than 64");
		assertThat(FactRules.checkId("ICAT briefing")).isEqualTo(FactIds.checkForm("ICAT briefing"));
	}

}
