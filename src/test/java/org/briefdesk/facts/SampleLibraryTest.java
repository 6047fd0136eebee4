package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A fresh library holds every fact of the five sample documents. */
@BriefdeskTest
@BothStores
class SampleLibraryTest {

	@Autowired
	FactRepositories repositories;

	@Autowired
	PersonRepository people;

	@Autowired
	EventRepository events;

	@Autowired
	PrioritySetRepository priorities;

	@Autowired
	StatisticRepository statistics;

	@Autowired
	QuoteRepository quotes;

	@Autowired
	OrganisationRepository organisations;

	@Test
	void aFreshLibraryHoldsTheSampleFactsOfEveryKind() {
		assertThat(this.organisations.count()).isEqualTo(17);
		assertThat(this.people.count()).isEqualTo(18);
		assertThat(this.priorities.count()).isEqualTo(3);
		assertThat(this.statistics.count()).isEqualTo(9);
		assertThat(this.quotes.count()).isEqualTo(15);
		assertThat(this.events.count()).isEqualTo(5);
	}

	@Test
	void valiantRicheyHasHisOsceTitle() {
		Person richey = this.people.findById("valiant-richey").orElseThrow();
		assertThat(richey.title())
			.isEqualTo("Special Representative and Co-ordinator for Combating Trafficking in Human Beings");
		assertThat(richey.organisationId()).isEqualTo("osce");
	}

	@Test
	void teaMachaidzeRepresentsTheOfficeOnViolenceAgainstChildren() {
		Person machaidze = this.people.findById("tea-machaidze").orElseThrow();
		assertThat(machaidze.name()).isEqualTo("Tea Machaidze");
		assertThat(this.organisations.findById(machaidze.organisationId()).orElseThrow().acronym())
			.isEqualTo("OSRSG-VAC");
	}

	@Test
	void namesAreSpelledAsTheDocumentsSpellThem() {
		assertThat(this.people.findById("grzegorz-poznanski").orElseThrow().name()).isEqualTo("Grzegorz Poznanski");
		assertThat(this.people.findById("asa-regner").orElseThrow().name()).isEqualTo("Åsa Regner");
		Person gehrke = this.people.findById("gehrke").orElseThrow();
		assertThat(gehrke.formalName()).isEqualTo("Mr. Gehrke");
	}

	@Test
	void theFiveEventsAreThereInDateOrder() {
		List<Event> all = this.events.findAll();
		assertThat(all).extracting(event -> event.date().toString())
			.containsExactly("2018-06-14", "2019-12-05", "2020-12-15", "2023-10-03", "2024-12");
		Event vienna2018 = all.get(0);
		assertThat(vienna2018.city()).isEqualTo("Vienna");
		assertThat(this.people.findById(vienna2018.chairId()).orElseThrow().formalName())
			.isEqualTo("H.E. Ambassador Alena Kupchyna");
		Event bratislava = all.get(1);
		assertThat(bratislava.city()).isEqualTo("Bratislava");
		assertThat(bratislava.notes()).contains("6 December 2019");
		// The documents do not say who co-chaired ICAT in December 2024; the OAS and UNODC take over in 2025.
		assertThat(all.get(4).coChairIds()).isEmpty();
		assertThat(all.get(4).notes()).contains("2025");
		// The 2023 briefing was virtual, on the margins of a meeting in Vienna: no city of its own.
		Event knowts = all.get(3);
		assertThat(knowts.venue()).startsWith("Online").contains("KNOWTS");
		assertThat(knowts.city()).isNull();
		assertThat(knowts.marginsOf()).contains("Vienna");
	}

	@Test
	void theCoChairpersonshipPrioritiesAreOrderedAndHeldFor2025() {
		PrioritySet set = this.priorities.findById("oas-unodc-priorities-2025").orElseThrow();
		assertThat(set.ownerIds()).containsExactly("oas", "unodc");
		assertThat(set.period()).isEqualTo("2025");
		assertThat(set.priorities()).hasSize(6);
		assertThat(set.priorities().get(0)).isEqualTo("Integrating the voices of survivors in all initiatives.");
		assertThat(this.priorities.findById("icat-priority-areas-2020").orElseThrow().priorities()).hasSize(6)
			.startsWith("Building the evidence base");
	}

	@Test
	void everyStatisticHasASourceAndADate() {
		assertThat(this.statistics.findAll()).allSatisfy(statistic -> {
			assertThat(statistic.publisher()).isNotBlank();
			assertThat(statistic.sourceDate()).isNotNull();
		});
		assertThat(this.statistics.findById("one-in-three-victims-child-2023").orElseThrow().citation())
			.isEqualTo("UNODC, “Briefing on the Inter-Agency Coordination Group against Trafficking in Persons”, 3 October 2023");
	}

	@Test
	void everyQuoteHasItsSpeakerDateAndOccasion() {
		assertThat(this.quotes.findAll()).allSatisfy(quote -> {
			assertThat(this.people.exists(quote.personId())).isTrue();
			assertThat(quote.date()).isNotNull();
			assertThat(quote.occasion()).isNotBlank();
		});
	}

}
