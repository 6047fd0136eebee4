package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@BriefdeskTest
@BothStores
class LibraryExportTest {

	@Autowired
	LibraryExporter exporter;

	@Autowired
	LibraryImporter importer;

	@Autowired
	List<LibraryEntries> sections;

	@Autowired
	FactLibrary library;

	@TempDir
	Path folder;

	private Map<String, List<Map<String, Object>>> snapshot() {
		Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
		this.sections.forEach(section -> all.put(section.key(), section.export()));
		return all;
	}

	@Test
	void aYamlExportImportsBackUnchanged() {
		Path out = this.folder.resolve("export");
		List<LibraryExporter.Written> written = this.exporter.export(out, LibraryExporter.Format.YAML, false);
		assertThat(written).extracting(file -> file.file().getFileName().toString())
			.contains("organisations.yaml", "people.yaml", "priorities.yaml", "statistics.yaml", "quotes.yaml",
					"events.yaml", "chairpersonships.yaml");
		Map<String, List<Map<String, Object>>> before = snapshot();
		assertThat(before.get("chairpersonships")).hasSize(3);
		assertThat(before.get("statistics")).anySatisfy(statistic -> assertThat(statistic)
			.containsEntry("id", "icat-24-entities-2019").containsEntry("superseded-by", "icat-31-organizations-2023"));
		LibraryImporter.Result result = this.importer.importPath(out, true);
		assertThat(result.counts()).containsEntry("people", before.get("people").size());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theExportedYamlKeepsNamesAsWritten() throws Exception {
		Path out = this.folder.resolve("export");
		this.exporter.export(out, LibraryExporter.Format.YAML, false);
		String people = Files.readString(out.resolve("people.yaml"), StandardCharsets.UTF_8);
		assertThat(people).startsWith("# Exported by Briefdesk").contains("name: Åsa Regner").contains("people:");
	}

	@Test
	void anExportNeverReplacesAFileWithoutOverwrite() throws Exception {
		Path out = Files.createDirectories(this.folder.resolve("export"));
		Files.writeString(out.resolve("quotes.yaml"), "mine", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exporter.export(out, LibraryExporter.Format.YAML, false))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("quotes.yaml already exists");
		assertThat(Files.readString(out.resolve("quotes.yaml"))).isEqualTo("mine");
		assertThat(out.resolve("people.yaml")).doesNotExist();
	}

	@Test
	void aCsvExportProtectsCellsASpreadsheetWouldRun() throws Exception {
		this.library.add(new Person("csv-formula", null, "=HYPERLINK(\"http://x\")", null, null, null, null, null));
		try {
			Path out = this.folder.resolve("csv");
			this.exporter.export(out, LibraryExporter.Format.CSV, false);
			String people = Files.readString(out.resolve("people.csv"), StandardCharsets.UTF_8);
			assertThat(people).startsWith("id,honorific,name,title,organisation,email,bio,notes")
				.contains("csv-formula,,\"'=HYPERLINK(\"\"http://x\"\")\"");
			assertThat(out.resolve("organisations.csv")).exists();
		}
		finally {
			this.library.remove(FactKind.PERSON, "csv-formula");
		}
	}

	@Test
	void excerptQualifierAndTheQuotesSourceFieldsSurviveAYamlExportAndImport() throws Exception {
		Statistic figure = new Statistic("roundtrip-figure", "More than 20 organisations endorsed it.", "more than",
				new java.math.BigDecimal("20"), "organisations", "Report", "CBSS", PartialDate.parse("2020-12"),
				"https://cbss.org/report", "more than 20 international organisations", List.of(), null);
		Quote quote = new Quote("roundtrip-quote", "gehrke", "Words.", PartialDate.parse("2018-06-14"), null, null,
				"ICAT Briefing to Member States", "ICAT", PartialDate.parse("2018-06-14"), "https://icat.example/2018",
				null);
		this.library.add(figure);
		this.library.add(quote);
		try {
			Path out = this.folder.resolve("roundtrip");
			this.exporter.export(out, LibraryExporter.Format.YAML, false);
			String statistics = Files.readString(out.resolve("statistics.yaml"), StandardCharsets.UTF_8);
			assertThat(statistics).contains("qualifier: more than").contains("excerpt: more than 20 international organisations");
			String quotes = Files.readString(out.resolve("quotes.yaml"), StandardCharsets.UTF_8);
			assertThat(quotes).contains("publisher: ICAT").contains("url: https://icat.example/2018");
			this.library.remove(FactKind.QUOTE, quote.id());
			this.library.remove(FactKind.STATISTIC, figure.id());
			this.importer.importPath(out, true);
			assertThat((Statistic) this.library.get(FactKind.STATISTIC, figure.id())).usingRecursiveComparison()
				.withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
				.isEqualTo(figure);
			assertThat((Quote) this.library.get(FactKind.QUOTE, quote.id())).isEqualTo(quote);
		}
		finally {
			removeIfThere(FactKind.QUOTE, quote.id());
			removeIfThere(FactKind.STATISTIC, figure.id());
		}
	}

	private void removeIfThere(FactKind kind, String id) {
		if (this.library.list(kind).stream().anyMatch(fact -> fact.id().equals(id))) {
			this.library.remove(kind, id);
		}
	}

}
