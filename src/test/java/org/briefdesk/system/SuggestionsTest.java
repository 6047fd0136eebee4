package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

	@Test
	void twoSwappedLettersAreOneEdit() {
		assertThat(Suggestions.distance("preson", "person")).isEqualTo(1);
		assertThat(Suggestions.distance("nmae", "name")).isEqualTo(1);
	}

	@Test
	void caseDoesNotCount() {
		assertThat(Suggestions.distance("Event.Venue", "event.venue")).isZero();
	}

	@Test
	void theClosestKnownWordIsSuggested() {
		assertThat(Suggestions.closest("brefing", List.of("years", "briefing", "json"))).contains("briefing");
		assertThat(Suggestions.closest("venu", List.of("venue", "date", "title"))).contains("venue");
	}

	@Test
	void aWordMoreThanTwoEditsAwayIsNotSuggested() {
		assertThat(Suggestions.closest("organisation", List.of("person", "event"))).isEmpty();
	}

	@Test
	void aShortWordIsNotReplacedByAnotherShortWord() {
		assertThat(Suggestions.closest("ab", List.of("id"))).isEmpty();
	}

	@Test
	void aWordTypedExactlyHasNoSuggestion() {
		assertThat(Suggestions.closest("name", List.of("name"))).isEmpty();
	}

}
