package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How search ranks and cuts what it finds (the database does both). */
@BriefdeskTest
@BothStores
class SearchIndexTest {

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PersonRepository people;

	@Autowired
	SearchIndex searchIndex;

	@AfterEach
	void removeWhatTheTestsAdded() {
		this.people.ids().stream().filter(id -> id.startsWith("rank-")).forEach(this.people::delete);
		this.organisations.ids().stream().filter(id -> id.startsWith("rank-")).forEach(this.organisations::delete);
	}

	private static Person person(String id, String name, String notes) {
		return new Person(id, null, name, null, null, null, null, notes);
	}

	private static Organisation organisation(String id, String name, String notes) {
		return new Organisation(id, null, name, null, null, false, null, null, notes);
	}

	private List<String> ids(String... words) {
		return this.searchIndex.find(List.of(words), List.of(), 50).stream().map(SearchIndex.Hit::id).toList();
	}

	@Test
	void aFactWhoseLabelHasAWordStartingWithTheSearchComesBeforeFactsThatOnlyMentionIt() {
		this.organisations.insert(organisation("rank-org", "Aardvark Office", "works with Qwertzl"));
		this.people.insert(person("rank-mention", "Anna Aalto", "met Qwertzl once"));
		this.people.insert(person("rank-named", "Zora Qwertzlova", null));
		assertThat(ids("qwertzl")).containsExactly("rank-named", "rank-org", "rank-mention");
	}

	@Test
	void aWordInsideAnotherWordOfTheLabelIsOnlyAMention() {
		this.people.insert(person("rank-inside", "Aaqwertzl Bee", null));
		this.people.insert(person("rank-start", "Zed Qwertzl", null));
		assertThat(ids("qwertzl")).containsExactly("rank-start", "rank-inside");
	}

	@Test
	void wordsStartAfterPunctuationAndAccentsDoNotMatter() {
		this.people.insert(person("rank-plain", "Aaron Plain", "qwertzl"));
		this.people.insert(person("rank-hyphen", "Zoë Jean-Qwértzl", null));
		assertThat(ids("QWERTZL")).containsExactly("rank-hyphen", "rank-plain");
	}

	@Test
	void everyWordMustStartAWordOfTheLabelToComeFirst() {
		this.people.insert(person("rank-one", "Aaron Qwertzl", "xyvolk"));
		this.people.insert(person("rank-both", "Zoe Xyvolk Qwertzl", null));
		assertThat(ids("qwertzl", "xyvolk")).containsExactly("rank-both", "rank-one");
	}

	@Test
	void withinARankFactsGoByKindThenByLabelWhateverTheAccents() {
		this.people.insert(person("rank-b", "Bruno Qwertzl", null));
		this.people.insert(person("rank-a", "Ångström Qwertzl", null));
		this.organisations.insert(organisation("rank-z", "Zulu Qwertzl Office", null));
		assertThat(ids("qwertzl")).containsExactly("rank-z", "rank-a", "rank-b");
	}

	@Test
	void noMoreThanTheLimitAreReturnedAndTheBestRankedAreKept() {
		for (int i = 1; i <= 5; i++) {
			this.people.insert(person("rank-mention-" + i, "Aaron " + i, "qwertzl"));
		}
		this.people.insert(person("rank-named", "Zora Qwertzl", null));
		assertThat(this.searchIndex.find(List.of("qwertzl"), List.of(), 3)).extracting(SearchIndex.Hit::id)
			.containsExactly("rank-named", "rank-mention-1", "rank-mention-2");
	}

	@Test
	void likeWildcardsInTheSearchAreOrdinaryCharacters() {
		this.people.insert(person("rank-percent", "Qwertzl 100%", null));
		this.people.insert(person("rank-other", "Qwertzl 1000", null));
		assertThat(ids("100%")).containsExactly("rank-percent");
		assertThat(ids("qwertzl_")).isEmpty();
	}

	@Test
	void quotesInTheSearchAreOrdinaryCharacters() {
		this.people.insert(person("rank-quote", "Qwertzl O'Brien", null));
		assertThat(ids("o'brien")).containsExactly("rank-quote");
		assertThat(ids("qwertzl'", "'")).isEmpty();
		assertThat(ids("x' or 'a'='a")).isEmpty();
	}

	@Test
	void labelWordsAreTheFoldedLabelWithOneSpaceForEachRunOfOtherCharacters() {
		assertThat(SearchIndex.labelWords("Dr. Åsa-Regner (UNODC), 2023")).isEqualTo(" dr asa regner unodc 2023");
		assertThat(SearchIndex.labelWords("Grzegorz Poznański")).isEqualTo(" grzegorz poznanski");
	}

	@Test
	void theSearchedTextHoldsEachFoldedWordOnce() {
		Person person = new Person("x", "Dr.", "Anna Šmid", "Head of Data", null, null, "Data, data and DATA.", null);
		assertThat(SearchIndex.foldedText(person)).isEqualTo("x dr. anna smid head of data data, and data.");
	}

	@Test
	void upgradingALibraryWritesTheLabelWordsOfTheFactsAlreadyThere() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:search-upgrade;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("insert into fact_search (kind, id, label, folded) values ('PERSON', 'asa', 'Åsa Regner-Smith', 'x')")
			.update();
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.callbacks(new SearchLabelWordsMigration())
			.load()
			.migrate();
		assertThat(jdbc.sql("select label_words from fact_search where id = 'asa'").query(String.class).single())
			.isEqualTo(" asa regner smith");
	}

}
