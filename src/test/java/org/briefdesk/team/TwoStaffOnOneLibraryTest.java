package org.briefdesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingRepository;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.ImportRefusedException;
import org.briefdesk.facts.LibraryImporter;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.facts.Statistic;
import org.briefdesk.facts.StatisticRepository;
import org.briefdesk.facts.Versioned;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.Colleague;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Two members of staff on one library, each with a Briefdesk of its own (its own connections):
 * an edit made from a version someone else has changed since is refused, naming who changed
 * what, and nothing is overwritten; every change is logged with who and when; two imports at
 * once are each whole or absent. On H2 and, with -Ppostgres, on PostgreSQL.
 */
@BriefdeskTest
@BothStores
class TwoStaffOnOneLibraryTest {

	private static Colleague bob;

	@Autowired
	Environment environment;

	@Autowired
	FactLibrary library;

	@Autowired
	StatisticRepository statistics;

	@Autowired
	PersonRepository people;

	@Autowired
	BriefingRepository briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	LibraryImporter importer;

	@Autowired
	ChangeLog changes;

	/** Bob, at the other desk: started once for the class. */
	private Colleague bob() {
		if (bob == null) {
			// my library first: a first start creates it and loads the sample facts, which Bob's sees then
			this.changes.count();
			bob = Colleague.on(this.environment, "bob");
		}
		return bob;
	}

	@AfterAll
	static void bobGoesHome() {
		if (bob != null) {
			bob.close();
			bob = null;
		}
	}

	@AfterEach
	void removeWhatTheTestsAdded() {
		if (this.briefings.exists("team-briefing")) {
			this.lifecycle.remove("team-briefing");
		}
		this.statistics.ids().stream().filter(id -> id.startsWith("team-")).forEach(this.statistics::delete);
		this.people.ids().stream().filter(id -> id.startsWith("team-")).forEach(this.people::delete);
	}

	private static Statistic figure(String id, String value, String sourceDate, String notes) {
		return new Statistic(id, "Team figure of the test.", null, new BigDecimal(value), "victims", "A report", "UNODC",
				PartialDate.parse(sourceDate), null, null, List.of("test"), notes);
	}

	@Test
	void anEditMadeFromAVersionSomeoneChangedSinceIsRefusedNamingWhoChangedWhatAndNothingIsOverwritten() {
		this.library.add(figure("team-figure", "27", "2022", null));
		Versioned<Statistic> mine = this.library.read(FactKind.STATISTIC, "team-figure");
		assertThat(mine.version()).isEqualTo(1);

		FactLibrary bobsLibrary = bob().bean(FactLibrary.class);
		Versioned<Statistic> his = bobsLibrary.read(FactKind.STATISTIC, "team-figure");
		bobsLibrary.update(figure("team-figure", "31", "2024", null), his.version());

		assertThatThrownBy(() -> this.library.update(figure("team-figure", "27", "2022", "my note"), mine.version()))
			.isInstanceOf(StaleEditException.class)
			.hasMessageStartingWith("statistic 'team-figure' was changed after you read it (version 1): by bob at ")
			.hasMessageContaining("value 27 → 31; source-date 2022 → 2024")
			.hasMessageContaining("your change was not saved; `stat show team-figure` shows it as it is now");
		Versioned<Statistic> stored = this.library.read(FactKind.STATISTIC, "team-figure");
		assertThat(stored.fact().value()).isEqualByComparingTo("31");
		assertThat(stored.fact().notes()).isNull();
		assertThat(stored.revision().version()).isEqualTo(2);
		assertThat(stored.revision().changedBy()).isEqualTo("bob");
	}

	@Test
	void anEditMadeFromTheVersionStoredGoesThroughAndMakesTheNextVersion() {
		this.library.add(figure("team-fresh", "27", "2022", null));
		Versioned<Statistic> mine = this.library.read(FactKind.STATISTIC, "team-fresh");
		this.library.update(figure("team-fresh", "28", "2022", null), mine.version());
		Versioned<Statistic> his = bob().bean(FactLibrary.class).read(FactKind.STATISTIC, "team-fresh");
		assertThat(his.fact().value()).isEqualByComparingTo("28");
		assertThat(his.version()).isEqualTo(2);
		assertThat(his.revision().changedBy()).isEqualTo(this.changes.author());
	}

	@Test
	void aBriefingChangedFromAStaleReadIsRefusedNamingWhatTheColleagueChanged() {
		this.lifecycle.clone("icat-briefing-2023", "icat-briefing-2023-10-03", "team-briefing", null);
		int read = this.briefings.revision("team-briefing").orElseThrow().version();
		Briefing mine = this.briefings.find("team-briefing").orElseThrow();

		bob().bean(BriefingLifecycle.class).edit("team-briefing", "Briefing as Bob titles it", null, null, null);

		assertThatThrownBy(() -> this.briefings.save(mine.toBuilder().subtitle("my subtitle").build(), read))
			.isInstanceOf(StaleEditException.class)
			.hasMessageContaining("briefing 'team-briefing' was changed after you read it (version 1): by bob at ")
			.hasMessageContaining("title");
		Briefing stored = this.briefings.find("team-briefing").orElseThrow();
		assertThat(stored.title()).isEqualTo("Briefing as Bob titles it");
		assertThat(stored.subtitle()).isEqualTo(mine.subtitle());
	}

	@Test
	void everyChangeIsLoggedWithWhoMadeItWhenAndWhatChanged() {
		LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(2);
		FactLibrary bobsLibrary = bob().bean(FactLibrary.class);
		bobsLibrary.add(new Person("team-person", "Ms.", "Team Person", "Officer", "unodc", null, null, null));
		Versioned<Person> read = bobsLibrary.read(FactKind.PERSON, "team-person");
		bobsLibrary.update(new Person("team-person", "Ms.", "Team Person", "Director", "unodc", null, null, null),
				read.version());
		bobsLibrary.remove(FactKind.PERSON, "team-person");

		List<Change> logged = this.changes.latest(new ChangeLog.Query("team-person", null, 10));
		assertThat(logged).extracting(Change::action).containsExactly("removed", "changed", "added");
		assertThat(logged).extracting(Change::changedBy).containsOnly("bob");
		assertThat(logged).extracting(Change::kind).containsOnly("person");
		assertThat(logged.get(1).details()).isEqualTo("title Officer → Director");
		assertThat(logged.get(1).version()).isEqualTo(2);
		assertThat(logged.get(2).details()).isEqualTo("Team Person");
		assertThat(logged).allSatisfy(change -> assertThat(change.changedAt()).isAfter(before)
			.isBefore(LocalDateTime.now(ZoneOffset.UTC).plusSeconds(2)));
		assertThat(this.changes.latest(new ChangeLog.Query("team-person", LocalDateTime.now(ZoneOffset.UTC).plusMinutes(1), 10)))
			.isEmpty();
	}

	@Test
	void reImportingFactsAsTheyAreMakesNoNewVersionAndNoLogLine() {
		this.library.add(new Person("team-same", "Dr.", "Team Same", "Adviser", "iom", null, null, null));
		int logged = this.changes.count();
		this.importer.importSources(List.of(new LibraryImporter.Source("same.yaml", """
				people:
				  - id: team-same
				    honorific: Dr.
				    name: Team Same
				    title: Adviser
				    organisation: iom
				""".getBytes(StandardCharsets.UTF_8))), true, false);
		assertThat(this.people.revision("team-same").orElseThrow().version()).isEqualTo(1);
		assertThat(this.changes.count()).isEqualTo(logged);
	}

	@Test
	void twoImportsAtOnceThatClashAreEachWholeOrAbsentAndTheLaterOneIsToldWhy() throws Exception {
		List<Throwable> failures = importAtOnce(people("team-a-", 150, "team-shared"), people("team-b-", 150, "team-shared"));

		int wholeA = count("team-a-");
		int wholeB = count("team-b-");
		assertThat(List.of(wholeA, wholeB)).as("people of A, of B").containsExactlyInAnyOrder(150, 0);
		assertThat(this.people.exists("team-shared")).isTrue();
		assertThat(failures).as("one import refused").hasSize(1);
		assertThat(failures.get(0)).isInstanceOf(ImportRefusedException.class)
			.hasMessageContaining("person 'team-shared' is already in the library");
	}

	@Test
	void twoImportsAtOnceThatDoNotClashBothLandWhole() throws Exception {
		List<Throwable> failures = importAtOnce(people("team-c-", 150, null), people("team-d-", 150, null));
		assertThat(failures).isEmpty();
		assertThat(count("team-c-")).isEqualTo(150);
		assertThat(count("team-d-")).isEqualTo(150);
		List<Change> added = this.changes.latest(new ChangeLog.Query(null, null, 300));
		assertThat(added).filteredOn(change -> change.itemId().startsWith("team-c-")).hasSize(150)
			.allSatisfy(change -> assertThat(change.changedBy()).isEqualTo(this.changes.author()));
		assertThat(added).filteredOn(change -> change.itemId().startsWith("team-d-")).hasSize(150)
			.allSatisfy(change -> assertThat(change.changedBy()).isEqualTo("bob"));
	}

	/** Runs my import and Bob's at the same moment, each on its own connections; the failures. */
	private List<Throwable> importAtOnce(String mine, String his) throws Exception {
		LibraryImporter bobsImporter = bob().bean(LibraryImporter.class);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = two.submit(() -> {
				start.await();
				return this.importer.importSources(List.of(source("mine.yaml", mine)), false, false);
			});
			Future<?> second = two.submit(() -> {
				start.await();
				return bobsImporter.importSources(List.of(source("his.yaml", his)), false, false);
			});
			start.countDown();
			List<Throwable> failures = new ArrayList<>();
			for (Future<?> future : List.of(first, second)) {
				try {
					future.get(120, TimeUnit.SECONDS);
				}
				catch (java.util.concurrent.ExecutionException failed) {
					failures.add(failed.getCause());
				}
			}
			return failures;
		}
		finally {
			two.shutdownNow();
		}
	}

	private static LibraryImporter.Source source(String name, String yaml) {
		return new LibraryImporter.Source(name, yaml.getBytes(StandardCharsets.UTF_8));
	}

	private static String people(String prefix, int count, String shared) {
		StringBuilder yaml = new StringBuilder("people:\n");
		for (int i = 1; i <= count; i++) {
			yaml.append("  - id: ").append(prefix).append(i).append("\n    name: Person ").append(prefix).append(i)
				.append("\n    organisation: unodc\n");
		}
		if (shared != null) {
			yaml.append("  - id: ").append(shared).append("\n    name: Shared Person ").append(prefix).append('\n');
		}
		return yaml.toString();
	}

	private int count(String prefix) {
		return (int) this.people.ids().stream().filter(id -> id.startsWith(prefix)).count();
	}

}
