package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Who chairs when: the periods of chairpersonships, an event's default co-chairs, and their import. */
@BriefdeskTest
@BothStores
class ChairpersonshipsTest {

	@Autowired
	Chairpersonships chairs;

	@Autowired
	ChairpersonshipRepository repository;

	@Autowired
	StatisticRepository statistics;

	@Autowired
	LibraryImporter importer;

	@TempDir
	Path folder;

	@AfterEach
	void removeWhatTheTestsImported() {
		this.repository.ids().stream().filter(id -> id.startsWith("test-")).forEach(this.repository::delete);
		this.statistics.findAll()
			.stream()
			.filter(s -> s.id().startsWith("test-") && s.supersededBy() != null)
			.forEach(s -> this.statistics.update(s.withSupersededBy(null)));
		this.statistics.ids().stream().filter(id -> id.startsWith("test-")).forEach(this.statistics::delete);
	}

	private static Chairpersonship held(String id, String from, String until) {
		return new Chairpersonship(id, ChairRole.CO_CHAIR, List.of("a", "b"), PartialDate.parse(from),
				until == null ? null : PartialDate.parse(until), null, null);
	}

	@Test
	void aChairpersonshipHoldsOnEveryDayOfItsPeriodUntilIncluded() {
		Chairpersonship c = held("x", "2019", "2020");
		assertThat(c.holdsOn(PartialDate.parse("2019-01-01"))).isTrue();
		assertThat(c.holdsOn(PartialDate.parse("2020-12-31"))).isTrue();
		assertThat(c.holdsOn(PartialDate.parse("2021-01-01"))).isFalse();
		assertThat(c.holdsOn(PartialDate.parse("2018-12"))).isFalse();
		assertThat(held("y", "2025", null).holdsOn(PartialDate.parse("2031-06-01"))).isTrue();
		assertThat(c.period()).isEqualTo("2019–2020");
		assertThat(held("y", "2025", null).period()).isEqualTo("2025 onwards");
	}

	@Test
	void ofTwoThatShareADayTheOneThatStartedLastHolds() {
		List<Chairpersonship> all = List.of(held("first", "2023", "2023"), held("handover", "2023-07", null));
		assertThat(Chairpersonship.holdingOn(all, PartialDate.parse("2023-03-01"))).map(Chairpersonship::id).hasValue("first");
		assertThat(Chairpersonship.holdingOn(all, PartialDate.parse("2023-09-01"))).map(Chairpersonship::id).hasValue("handover");
		// A date known to the year counts as each of its days: the later start wins.
		assertThat(Chairpersonship.holdingOn(all, PartialDate.parse("2023"))).map(Chairpersonship::id).hasValue("handover");
		assertThat(Chairpersonship.holdingOn(all, PartialDate.parse("2022-12-31"))).isEmpty();
	}

	@Test
	void theSampleLibraryHoldsTheCoChairpersonshipsTheSeedsState() {
		assertThat(this.repository.findAll()).extracting(Chairpersonship::id, Chairpersonship::organisationIds,
				Chairpersonship::period)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("osce-un-women-2019", List.of("osce", "un-women"), "2019–2020"),
					org.assertj.core.groups.Tuple.tuple("iom-osrsg-vac-2023", List.of("iom", "osrsg-vac"), "2023"),
					org.assertj.core.groups.Tuple.tuple("oas-unodc-2025", List.of("oas", "unodc"), "2025 onwards"));
	}

	@Test
	void anEventsCoChairsAreItsOwnOrElseThoseValidOnItsDate() {
		Event own = event("2025-06-11", List.of("iom", "osrsg-vac"));
		assertThat(this.chairs.coChairIdsOf(own)).containsExactly("iom", "osrsg-vac");
		assertThat(this.chairs.coChairIdsOf(event("2025-06-11", List.of()))).containsExactly("oas", "unodc");
		assertThat(this.chairs.coChairIdsOf(event("2020-03", List.of()))).containsExactly("osce", "un-women");
		assertThat(this.chairs.coChairIdsOf(event("2024-12", List.of()))).isEmpty();
		assertThat(this.chairs.withDefaultCoChairs(event("2023-10-03", List.of())).coChairIds())
			.containsExactly("iom", "osrsg-vac");
	}

	@Test
	void importRefusesCoChairsOfOneOrganisationAChairOfTwoAndAnEndBeforeTheStart() throws Exception {
		Path file = file("chairs.yaml", """
				chairpersonships:
				  - id: test-one
				    role: co-chair
				    organisations: [oas]
				    from: 2026
				  - id: test-two
				    role: chair
				    organisations: [oas, unodc]
				    from: 2026
				  - id: test-three
				    role: co-chair
				    organisations: [oas, unodc]
				    from: 2027
				    until: 2026
				  - id: test-four
				    role: presidency
				    organisations: [oas, unodc]
				    from: 2026
				""");
		Throwable thrown = catchThrowable(() -> this.importer.importPath(file, false));
		assertThat(thrown).isInstanceOf(ImportRefusedException.class);
		assertThat(((ImportRefusedException) thrown).problems()).extracting(Problem::toString)
			.contains(file + ":3: chairpersonship 'test-one': co-chairs are two or more organisations; one alone is the chair (role: chair)",
					file + ":7: chairpersonship 'test-two': a chair is one organisation; 2 side by side are co-chairs (role: co-chair)",
					file + ":14: chairpersonship 'test-three': 'until' (2026) is before 'from' (2027)",
					file + ":16: chairpersonship 'test-four': 'role' is 'presidency'; write one of chair, co-chair");
		assertThat(this.repository.ids()).noneMatch(id -> id.startsWith("test-"));
	}

	@Test
	void importMakesAnIdFromTheOrganisationsAndTheStart() throws Exception {
		Path file = file("chairs.yaml", """
				chairpersonships:
				  - role: co-chair
				    organisations: [un-women, unodc]
				    from: 2030
				""");
		this.importer.importPath(file, false);
		assertThat(this.repository.findById("un-women-unodc-2030")).isPresent();
		this.repository.delete("un-women-unodc-2030");
	}

	@Test
	void importTakesANewerEditionThatComesLaterInTheSameFile() throws Exception {
		Path file = file("statistics.yaml", """
				statistics:
				  - id: test-old
				    statement: ICAT has 24 members.
				    publisher: OSCE
				    source-date: 2019
				    superseded-by: test-new
				  - id: test-new
				    statement: ICAT has 31 members.
				    publisher: UNODC
				    source-date: 2023
				""");
		this.importer.importPath(file, false);
		assertThat(this.statistics.findById("test-old").orElseThrow().supersededBy()).isEqualTo("test-new");
	}

	@Test
	void importRefusesEditionsThatLeadBackToThemselves() throws Exception {
		Path file = file("statistics.yaml", """
				statistics:
				  - id: test-a
				    statement: A.
				    publisher: OSCE
				    source-date: 2019
				    superseded-by: test-b
				  - id: test-b
				    statement: B.
				    publisher: OSCE
				    source-date: 2019
				    superseded-by: test-a
				""");
		Throwable thrown = catchThrowable(() -> this.importer.importPath(file, false));
		assertThat(((ImportRefusedException) thrown).problems()).extracting(Problem::toString)
			.contains(file + ":6: statistic 'test-a': its 'superseded-by' leads back to itself: an edition cannot be newer than itself (test-a → test-b)");
		assertThat(this.statistics.ids()).noneMatch(id -> id.startsWith("test-"));
	}

	@Autowired
	StatisticEditions editions;

	@Test
	void aNewerEditionMustNotBeOlderNorLeadBack() throws Exception {
		this.importer.importPath(file("statistics.yaml", """
				statistics:
				  - id: test-2019
				    statement: ICAT has 24 members.
				    publisher: OSCE
				    source-date: 2019
				  - id: test-2023
				    statement: ICAT has 31 members.
				    publisher: UNODC
				    source-date: 2023
				"""), false);
		assertThatThrownBy(() -> this.editions.supersede("test-2023", "test-2019")).isInstanceOf(BriefdeskException.class)
			.hasMessage("'test-2019' (2019) is older than 'test-2023' (2023); the newer edition comes second: "
					+ "`stat supersede test-2019 test-2023`");
		assertThatThrownBy(() -> this.editions.supersede("test-2019", "test-2019")).isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("cannot supersede itself");
		this.editions.supersede("test-2019", "test-2023");
		assertThat(this.editions.chainFrom("test-2019")).containsExactly("test-2019", "test-2023");
		this.editions.unlink("test-2019");
		assertThat(this.statistics.findById("test-2019").orElseThrow().supersededBy()).isNull();
	}

	private Path file(String name, String content) throws Exception {
		Path file = this.folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static Event event(String date, List<String> coChairs) {
		return new Event("e", "E", null, PartialDate.parse(date), null, null, null, null, "Vienna", null, null, null,
				List.of(), coChairs, List.of(), null, null, null);
	}

}
