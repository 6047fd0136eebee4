package org.briefdesk.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The six kinds of fact as library sections, in the order their references need: an
 * organisation before the people in it, people and organisations before the events, events
 * before the quotes said at them.
 */
@Configuration(proxyBeanMethods = false)
class FactSections {

	@Bean
	LibrarySection organisationsSection(OrganisationRepository repository) {
		return new FactSection<>(FactFormat.ORGANISATION, repository, 100);
	}

	@Bean
	LibrarySection peopleSection(PersonRepository repository) {
		return new FactSection<>(FactFormat.PERSON, repository, 200);
	}

	@Bean
	LibrarySection eventsSection(EventRepository repository) {
		return new FactSection<>(FactFormat.EVENT, repository, 300);
	}

	@Bean
	LibrarySection prioritiesSection(PrioritySetRepository repository) {
		return new FactSection<>(FactFormat.PRIORITY_SET, repository, 400);
	}

	@Bean
	LibrarySection statisticsSection(StatisticRepository repository) {
		return new FactSection<>(FactFormat.STATISTIC, repository, 500);
	}

	@Bean
	LibrarySection quotesSection(QuoteRepository repository) {
		return new FactSection<>(FactFormat.QUOTE, repository, 600);
	}

}
