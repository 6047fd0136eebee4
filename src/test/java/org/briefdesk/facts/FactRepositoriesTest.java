package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The repositories store and read back every field, ordered lists in order, on H2. */
@BriefdeskTest
@BothStores
class FactRepositoriesTest {

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PersonRepository people;

	@Autowired
	PrioritySetRepository priorities;

	@Autowired
	StatisticRepository statistics;

	@Autowired
	QuoteRepository quotes;

	@Autowired
	EventRepository events;

	@Autowired
	SearchIndex searchIndex;

	@AfterEach
	void removeWhatTheTestsAdded() {
		this.quotes.ids().stream().filter(id -> id.startsWith("repo-")).forEach(this.quotes::delete);
		this.events.ids().stream().filter(id -> id.startsWith("repo-")).forEach(this.events::delete);
		this.priorities.ids().stream().filter(id -> id.startsWith("repo-")).forEach(this.priorities::delete);
		this.statistics.ids().stream().filter(id -> id.startsWith("repo-")).forEach(this.statistics::delete);
		this.people.ids().stream().filter(id -> id.startsWith("repo-")).forEach(this.people::delete);
		this.organisations.ids().stream().filter(id -> id.startsWith("repo-")).forEach(this.organisations::delete);
	}

	@Test
	void anOrganisationIsReadBackWithEveryField() {
		Organisation stored = new Organisation("repo-org", "RO", "Repository Organisation", "UN entity", "osce", true,
				PartialDate.parse("2020-04"), "https://example.org", "a note");
		this.organisations.insert(stored);
		assertThat(this.organisations.findById("repo-org")).contains(stored);
		assertThat(this.organisations.exists("repo-org")).isTrue();
	}

	@Test
	void aPersonIsReadBackAndFoundByOrganisation() {
		Person stored = new Person("repo-person", "Dr.", "Zoë Łukasz", "Adviser", "cbss", "z@example.org", "A bio.",
				null);
		this.people.insert(stored);
		assertThat(this.people.findById("repo-person")).contains(stored);
		assertThat(this.people.findByOrganisation("cbss")).extracting(Person::id)
			.contains("grzegorz-poznanski", "repo-person");
	}

	@Test
	void aPrioritySetKeepsItsOwnersAndPrioritiesInOrder() {
		PrioritySet stored = new PrioritySet("repo-set", "Set", List.of("unodc", "oas"), PartialDate.ofYear(2025),
				PartialDate.ofYear(2026), List.of("Third", "First", "Second"), "a source", null);
		this.priorities.insert(stored);
		assertThat(this.priorities.findById("repo-set")).contains(stored);
	}

	@Test
	void anUpdateReplacesTheOrderedLists() {
		this.priorities.insert(new PrioritySet("repo-set", "Set", List.of("unodc"), PartialDate.ofYear(2025), null,
				List.of("A", "B"), null, null));
		PrioritySet changed = new PrioritySet("repo-set", "Set", List.of("oas", "unodc"), PartialDate.ofYear(2025),
				null, List.of("B", "C", "A"), null, null);
		this.priorities.update(changed);
		assertThat(this.priorities.findById("repo-set")).contains(changed);
	}

	@Test
	void aStatisticKeepsItsValueAndTags() {
		Statistic stored = new Statistic("repo-stat", "Half of ...", new BigDecimal("50.5"), "%", "Report", "UNODC",
				PartialDate.parse("2022"), null, List.of("victims", "women"), null);
		this.statistics.insert(stored);
		assertThat(this.statistics.findById("repo-stat")).contains(stored);
	}

	@Test
	void anEventKeepsTimesHostsCoChairsAndSpeakersInOrder() {
		Event stored = new Event("repo-event", "Briefing", "briefing to Member States", PartialDate.parse("2026-03-12"),
				LocalTime.of(15, 0), LocalTime.of(16, 30), "Europe/Vienna", "Vienna International Centre", "Vienna",
				"Austria", "alena-kupchyna", "john-brandolino", List.of("icat", "unodc"), List.of("oas", "unodc"),
				List.of("tea-machaidze", "valiant-richey"), "CCPCJ", "repo-series", null);
		this.events.insert(stored);
		assertThat(this.events.findById("repo-event")).contains(stored);
		assertThat(this.events.findBySeries("repo-series")).containsExactly(stored);
	}

	@Test
	void aQuoteIsFoundByPersonAndEvent() {
		Quote stored = new Quote("repo-quote", "gehrke", "Words.", PartialDate.parse("2018-06-14"), "Briefing",
				"icat-briefing-2018-06-14", "ICAT", null);
		this.quotes.insert(stored);
		assertThat(this.quotes.findByPerson("gehrke")).extracting(Quote::id).contains("gehrke-2018", "repo-quote");
		assertThat(this.quotes.findByEvent("icat-briefing-2018-06-14")).contains(stored);
	}

	@Test
	void deletingAFactTakesItOutOfTheSearch() {
		this.people.insert(new Person("repo-person", null, "Quentin Zyxwv", null, null, null, null, null));
		assertThat(this.searchIndex.find(List.of("zyxwv"), List.of(), 10)).extracting(SearchIndex.Hit::id)
			.containsExactly("repo-person");
		this.people.delete("repo-person");
		assertThat(this.searchIndex.find(List.of("zyxwv"), List.of(), 10)).isEmpty();
		assertThat(this.people.findById("repo-person")).isEmpty();
	}

	@Test
	void searchIgnoresCaseAndAccents() {
		assertThat(this.searchIndex.find(List.of("POZNANSKI"), List.of(FactKind.PERSON), 10))
			.extracting(SearchIndex.Hit::id)
			.containsExactly("grzegorz-poznanski");
		assertThat(this.searchIndex.find(List.of("åsa"), List.of(FactKind.PERSON), 10)).extracting(SearchIndex.Hit::id)
			.first()
			.isEqualTo("asa-regner");
	}

	@Test
	void searchNeedsEveryWord() {
		assertThat(this.searchIndex.find(List.of("one", "three", "child"), List.of(FactKind.STATISTIC), 10))
			.extracting(SearchIndex.Hit::id)
			.containsExactly("one-in-three-victims-child-2023");
	}

}
