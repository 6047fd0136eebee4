package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * How another feature plugs into the library, shown with a small "agendas" section (the real
 * briefings section is in the library too, so the stand-in takes another key): its
 * entries are checked with the facts (and may refer to facts in the same import), written in
 * the same transaction, exported, and a fact it uses cannot be removed.
 */
@BriefdeskTest
@Import(LibraryExtensionPointsTest.Briefings.class)
class LibraryExtensionPointsTest {

	record Briefing(String id, String event, List<String> panelists) {
	}

	/** Stands for a feature: keeps its entries in memory, fails on demand. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Briefings implements LibraryEntries, FactReferenceFinder {

		final List<Briefing> stored = new ArrayList<>();

		boolean failWrites;

		@Override
		public String key() {
			return "agendas";
		}

		@Override
		public int getOrder() {
			return 1000;
		}

		@Override
		public Prepared prepare(List<DataNode.Mapping> entries, ImportContext context) {
			Problems problems = context.problems();
			List<Briefing> read = new ArrayList<>();
			for (DataNode.Mapping entry : entries) {
				entry.allowOnly(List.of("id", "event", "panelists"), "briefing", problems);
				String id = entry.requiredText("id", "this briefing", problems);
				String event = entry.requiredText("event", "briefing '" + id + "'", problems);
				if (event != null && !context.factExists(FactKind.EVENT, event)) {
					problems.add(entry.file(), entry.lineOf("event"), "briefing '" + id + "': no event '" + event + "'");
				}
				List<String> panelists = entry.textList("panelists", problems);
				for (String panelist : panelists) {
					if (!context.factExists(FactKind.PERSON, panelist)) {
						problems.add(entry.file(), entry.lineOf("panelists"),
								"briefing '" + id + "': no person '" + panelist + "'");
					}
				}
				read.add(new Briefing(id, event, panelists));
			}
			return new Prepared() {

				@Override
				public int count() {
					return read.size();
				}

				@Override
				public void write() {
					if (Briefings.this.failWrites) {
						throw new IllegalStateException("the disk is full");
					}
					Briefings.this.stored.addAll(read);
				}

			};
		}

		@Override
		public List<Map<String, Object>> export() {
			return this.stored.stream()
				.map(b -> Map.<String, Object>of("id", b.id(), "event", b.event(), "panelists", b.panelists()))
				.toList();
		}

		@Override
		public List<String> referencesTo(FactKind kind, String id) {
			return this.stored.stream()
				.filter(b -> kind == FactKind.PERSON && b.panelists().contains(id))
				.map(b -> "briefing '" + b.id() + "' (panelist)")
				.toList();
		}

	}

	@Autowired
	Briefings briefings;

	@Autowired
	LibraryImporter importer;

	@Autowired
	LibraryExporter exporter;

	@Autowired
	FactLibrary library;

	@Autowired
	PersonRepository people;

	@TempDir
	Path folder;

	@Test
	void aSectionIsImportedWithTheFactsItRefersTo() throws Exception {
		Path file = this.folder.resolve("pack.yaml");
		Files.writeString(file, """
				people:
				  - id: ext-speaker
				    name: Extension Speaker
				agendas:
				  - id: ext-briefing
				    event: icat-briefing-2023-10-03
				    panelists: [ext-speaker, tea-machaidze]
				""", StandardCharsets.UTF_8);
		LibraryImporter.Result result = this.importer.importPath(file, false);
		assertThat(result.summary()).isEqualTo("1 person, 1 agendas");
		assertThat(this.briefings.stored).extracting(Briefing::id).contains("ext-briefing");
		assertThatThrownBy(() -> this.library.remove(FactKind.PERSON, "ext-speaker")).isInstanceOf(BriefdeskException.class)
			.hasMessage("person 'ext-speaker' is used by briefing 'ext-briefing' (panelist); change or remove those first");
		Path out = this.folder.resolve("out");
		this.exporter.export(out, LibraryExporter.Format.YAML, false);
		assertThat(Files.readString(out.resolve("agendas.yaml"))).contains("id: ext-briefing");
		this.briefings.stored.clear();
		this.library.remove(FactKind.PERSON, "ext-speaker");
	}

	@Test
	void aSectionsProblemsAreReportedWithTheFactsAndNothingIsImported() throws Exception {
		Path file = this.folder.resolve("pack.yaml");
		Files.writeString(file, """
				people:
				  - id: ext-other
				    name: Other Speaker
				agendas:
				  - id: ext-bad
				    event: no-such-event
				""", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.importer.importPath(file, false)).isInstanceOf(ImportRefusedException.class)
			.hasMessage(file + ":6: briefing 'ext-bad': no event 'no-such-event'; nothing was imported");
		assertThat(this.people.exists("ext-other")).isFalse();
	}

	@Test
	void aSectionThatFailsToWriteTakesTheFactsBackWithIt() throws Exception {
		Path file = this.folder.resolve("pack.yaml");
		Files.writeString(file, """
				people:
				  - id: ext-rolled-back
				    name: Rolled Back
				agendas:
				  - id: ext-failing
				    event: icat-briefing-2023-10-03
				""", StandardCharsets.UTF_8);
		this.briefings.failWrites = true;
		try {
			assertThatThrownBy(() -> this.importer.importPath(file, false)).hasMessageContaining("the disk is full");
		}
		finally {
			this.briefings.failWrites = false;
		}
		assertThat(this.people.exists("ext-rolled-back")).isFalse();
	}

}
