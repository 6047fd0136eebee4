package org.briefdesk.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kinds of fact as entries of the library's data files, in the order their references need: an
 * organisation before the people in it and the chairpersonships it holds, people and
 * organisations before the events, events before the quotes said at them.
 */
@Configuration(proxyBeanMethods = false)
class FactEntriesConfiguration {

	@Bean
	LibraryEntries organisationsEntries(OrganisationRepository repository) {
		return new FactEntries<>(FactFormat.ORGANISATION, repository, 100);
	}

	@Bean
	LibraryEntries peopleEntries(PersonRepository repository) {
		return new FactEntries<>(FactFormat.PERSON, repository, 200);
	}

	@Bean
	LibraryEntries eventsEntries(EventRepository repository) {
		return new FactEntries<>(FactFormat.EVENT, repository, 300);
	}

	@Bean
	LibraryEntries prioritiesEntries(PrioritySetRepository repository) {
		return new FactEntries<>(FactFormat.PRIORITY_SET, repository, 400);
	}

	@Bean
	LibraryEntries chairpersonshipsEntries(ChairpersonshipRepository repository) {
		return new FactEntries<>(FactFormat.CHAIRPERSONSHIP, repository, 450);
	}

	@Bean
	LibraryEntries statisticsEntries(StatisticRepository repository) {
		return new FactEntries<>(FactFormat.STATISTIC, repository, 500);
	}

	@Bean
	LibraryEntries quotesEntries(QuoteRepository repository) {
		return new FactEntries<>(FactFormat.QUOTE, repository, 600);
	}

}
