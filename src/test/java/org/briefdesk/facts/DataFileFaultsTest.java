package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.Unchanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Library CSV files as spreadsheets and colleagues write them: a byte-order mark, CRLF,
 * quotes and line breaks inside cells are read as written; ragged rows and a bad row near the
 * end of a large file are refused at their line with nothing imported (the library, as
 * {@code data export} writes it, byte-identical); a cell that would run as a formula is
 * imported as text and exported with a leading apostrophe, and comes back unchanged. (YAML
 * anchors, aliases, tags, deep nesting and files over 10 MB: LibraryImportTest.)
 */
@BriefdeskTest
class DataFileFaultsTest {

	@Autowired
	LibraryImporter importer;

	@Autowired
	LibraryExporter exporter;

	@Autowired
	PersonRepository people;

	@TempDir
	Path folder;

	@AfterEach
	void removeThePeopleOfTheseTests() {
		this.people.ids().stream().filter(id -> id.startsWith("faults-")).forEach(this.people::delete);
	}

	@Test
	void aByteOrderMarkCrlfAndQuotesAndLineBreaksInCellsAreReadAsWritten() throws IOException {
		Path file = write("people.csv", "\uFEFFid,name,title,notes\r\n"
				+ "faults-ann,Ann Bee,\"Director, \"\"Operations\"\"\",\"first line\r\nsecond line\"\r\n"
				+ "faults-cee,Cee Dee,Officer,\r\n");
		this.importer.importPath(file, false);
		Person ann = this.people.findById("faults-ann").orElseThrow();
		assertThat(ann.name()).isEqualTo("Ann Bee");
		assertThat(ann.title()).isEqualTo("Director, \"Operations\"");
		assertThat(ann.notes()).isEqualTo("first line\r\nsecond line");
		assertThat(this.people.findById("faults-cee").orElseThrow().title()).isEqualTo("Officer");
	}

	@Test
	void raggedRowsAreRefusedAtTheirLinesAndNothingIsImported() throws IOException {
		Map<String, String> before = Unchanged.library(this.exporter);
		Path file = write("people.csv", "id,name,title\nfaults-one,One\nfaults-two,Two,Officer\nfaults-three,Three,Officer,extra\n");
		ImportRefusedException refused = refuse(file);
		assertThat(refused.problems()).extracting(Problem::toString)
			.containsExactly(file + ":2: this row has 2 cells, the header 3", file + ":4: this row has 4 cells, the header 3");
		assertThat(Unchanged.library(this.exporter)).isEqualTo(before);
	}

	@Test
	void aBadRowNearTheEndOfALargeFileIsNamedAndNothingIsImported() throws IOException {
		Map<String, String> before = Unchanged.library(this.exporter);
		StringBuilder csv = new StringBuilder("id,name,email\n");
		for (int i = 0; i < 5000; i++) {
			csv.append("faults-").append(i).append(",Person ").append(i).append(",p").append(i).append("@example.org\n");
		}
		csv.append("Not An Id,Bad Row,bad@example.org\n");
		csv.append("faults-last,Last,last@example.org\n");
		Path file = write("people.csv", csv.toString());
		ImportRefusedException refused = refuse(file);
		assertThat(refused.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.line()).isEqualTo(5002));
		assertThat(Unchanged.library(this.exporter)).isEqualTo(before);
	}

	@Test
	void aFormulaCellIsImportedAsTextExportedDefusedAndReadBackUnchanged() throws IOException {
		String formula = "=HYPERLINK(\"http://127.0.0.1/x\",\"click\")";
		this.importer.importPath(write("people.csv", "id,name,title\nfaults-formula,\"" + formula.replace("\"", "\"\"")
				+ "\",+1 555\n"), false);
		assertThat(this.people.findById("faults-formula").orElseThrow().name()).isEqualTo(formula);
		Path exported = Files.createDirectory(this.folder.resolve("export"));
		this.exporter.export(exported, LibraryExporter.Format.CSV, false);
		String csv = Files.readString(exported.resolve("people.csv"), StandardCharsets.UTF_8);
		assertThat(csv).contains("faults-formula,,\"'=HYPERLINK(").contains(",'+1 555,");
		this.people.delete("faults-formula");
		this.importer.importPath(exported.resolve("people.csv"), true);
		Person back = this.people.findById("faults-formula").orElseThrow();
		assertThat(back.name()).isEqualTo(formula);
		assertThat(back.title()).isEqualTo("+1 555");
	}

	private ImportRefusedException refuse(Path file) {
		Throwable thrown = catchThrowable(() -> this.importer.importPath(file, false));
		assertThat(thrown).isInstanceOf(ImportRefusedException.class);
		return (ImportRefusedException) thrown;
	}

	private Path write(String name, String content) throws IOException {
		Path file = this.folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
