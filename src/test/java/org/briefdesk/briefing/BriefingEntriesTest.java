package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.ImportRefusedException;
import org.briefdesk.facts.LibraryImporter;
import org.briefdesk.facts.Problem;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.BriefingCleanup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The {@code briefings:} section of `data import` and `data export`. */
@BriefdeskTest
@BothStores
class BriefingEntriesTest {

	@Autowired
	LibraryImporter importer;

	@Autowired
	BriefingEntries section;

	@Autowired
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	BriefingParts parts;

	@Autowired
	FactLibrary library;

	@Autowired
	FactRepositories repositories;

	@TempDir
	Path folder;

	@AfterEach
	void putTheLibraryBack() {
		BriefingCleanup.removeAddedBriefingsAndFacts(this.briefings, this.lifecycle, this.library, this.repositories, "imp-");
	}

	private Path file(String content) throws IOException {
		Path file = this.folder.resolve("briefings.yaml");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private List<Problem> refused(Path file) {
		List<String> before = this.briefings.ids();
		Throwable thrown = catchThrowable(() -> this.importer.importPath(file, false));
		assertThat(thrown).isInstanceOf(ImportRefusedException.class);
		assertThat(this.briefings.ids()).isEqualTo(before);
		return ((ImportRefusedException) thrown).problems();
	}

	@Test
	void aBriefingImportsWithTheFactsItRefersToFromTheSameFile() throws IOException {
		this.importer.importPath(file("""
				people:
				  - id: imp-speaker
				    name: Ana Pérez
				    title: Adviser
				    organisation: unodc
				briefings:
				  - id: imp-briefing
				    event: icat-briefing-2023-10-03
				    title: Imported briefing
				    layout: short
				    panelists:
				      - person: imp-speaker
				        role: discussant
				      - person: tea-machaidze
				    figures: [one-in-three-victims-child-2023]
				    programme:
				      - time: "9:30"
				        item: Opening
				        speakers: [imp-speaker]
				    talking-points: [One point.]
				"""), false);
		Briefing imported = this.briefings.get("imp-briefing");
		assertThat(imported.sections()).isEqualTo(BriefingLayout.SHORT.sections());
		assertThat(imported.panelists()).containsExactly(new Panelist("imp-speaker", PanelRole.DISCUSSANT),
				new Panelist("tea-machaidze", PanelRole.SPEAKER));
		assertThat(imported.programme().get(0).time()).isEqualTo("09:30");
		assertThat(imported.talkingPoints()).containsExactly("One point.");
	}

	@Test
	void aReferenceToNoFactIsRefusedWithFileAndLineAndNothingIsImported() throws IOException {
		Path file = file("""
				briefings:
				  - id: imp-dangling
				    event: icat-briefing-2023-10-03
				    title: Dangling
				    panelists:
				      - person: nobody-we-know
				""");
		assertThat(refused(file)).singleElement().hasToString(file + ":6: briefing 'imp-dangling': no person "
				+ "'nobody-we-know' in the library or in this import");
	}

	@Test
	void unknownKeysRolesSectionsAndTimesAreEachReported() throws IOException {
		Path file = file("""
				briefings:
				  - id: imp-bad
				    event: icat-briefing-2023-10-03
				    title: Bad
				    sections: [cover, appendix]
				    panelists:
				      - person: tea-machaidze
				        role: host
				    programme:
				      - time: "25:00"
				        item: Late
				    figuers: [one-in-three-victims-child-2023]
				""");
		assertThat(refused(file)).extracting(Problem::line).containsExactly(5, 8, 10, 12);
	}

	@Test
	void aBriefingAlreadyInTheLibraryIsRefusedWithoutUpdate() throws IOException {
		Path file = file("""
				briefings:
				  - id: icat-briefing-2023
				    event: icat-briefing-2023-10-03
				    title: Replaced
				""");
		assertThat(refused(file)).singleElement().asString().contains("already in the library");
		assertThat(this.briefings.get("icat-briefing-2023").title()).isEqualTo("Briefing to Member States on the work of ICAT");
	}

	@Test
	void theExportWritesEveryPartInTheKeysOfTheDataFiles() {
		Map<String, Object> exported = this.section.export()
			.stream()
			.filter(entry -> entry.get("id").equals("icat-briefing-2023"))
			.findFirst()
			.orElseThrow();
		assertThat(exported).containsKeys("id", "event", "title", "subtitle", "issued-by", "sections", "purpose",
				"programme", "panelists", "priorities", "figures", "quotes", "talking-points", "logistics");
		assertThat(exported.get("panelists")).isEqualTo(List.of(Map.of("person", "mukundi-mutasa", "role", "speaker"),
				Map.of("person", "hanna-antonova", "role", "co-chair"), Map.of("person", "tea-machaidze", "role", "co-chair")));
	}

	@Test
	void anExportedBriefingImportsBackAsItWas() throws IOException {
		Briefing original = this.briefings.get("icat-briefing-2023");
		Map<String, Object> exported = BriefingEntries.write(original);
		String yaml = new org.yaml.snakeyaml.Yaml().dump(Map.of("briefings",
				List.of(new java.util.LinkedHashMap<>(exported) {
					{
						put("id", "imp-round-trip");
					}
				})));
		this.importer.importPath(file(yaml), false);
		Briefing copy = this.briefings.get("imp-round-trip");
		assertThat(copy.toBuilder().id(original.id()).createdAt(null).updatedAt(null).build())
			.isEqualTo(original.toBuilder().createdAt(null).updatedAt(null).build());
	}

}
