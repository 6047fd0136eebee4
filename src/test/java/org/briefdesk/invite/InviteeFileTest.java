package org.briefdesk.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.briefdesk.facts.Problem;
import org.briefdesk.facts.Problems;
import org.junit.jupiter.api.Test;

class InviteeFileTest {

	private static final String HEADER = "honorific,given_name,family_name,full_name,title,organisation,email,language";

	@Test
	void readsAFileWithAByteOrderMarkAndCrlfLineEnds() {
		Problems problems = new Problems();
		byte[] content = bytes("\uFEFF" + HEADER + "\r\nMs.,Hanna,Antonova,,PR,Mission,h@x.org,en\r\n");
		List<InviteeFile.Row> rows = InviteeFile.read("a.csv", content, problems);
		assertThat(problems.list()).isEmpty();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.contact().honorific()).isEqualTo("Ms.");
			assertThat(row.contact().email()).isEqualTo("h@x.org");
		});
	}

	@Test
	void aQuotedLineBreakMovesTheLinesOfTheRowsAfterIt() {
		Problems problems = new Problems();
		String text = HEADER + "\n" + "Ms.,A,Alpha,,\"Title\non two lines\",Org,a@x.org,en\n" + "Mr.,B,,,,,b@x.org,en\n";
		InviteeFile.read("people.csv", bytes(text), problems);
		assertThat(problems.list()).extracting(Problem::toString)
			.containsExactly("people.csv:4: no family_name and no full_name; an invitee needs at least one of them");
	}

	@Test
	void headerNamesMatchWhateverTheirCaseSpacesUnderscoresAndHyphens() {
		Problems problems = new Problems();
		String text = "First Name,SURNAME,e-mail,Mission,lang,Honorific,Position\nHanna,Antonova,h@x.org,PM Ukraine,fr,Ms.,PR\n";
		List<InviteeFile.Row> rows = InviteeFile.read("v.csv", bytes(text), problems);
		assertThat(problems.list()).isEmpty();
		Contact contact = rows.get(0).contact();
		assertThat(contact).isEqualTo(new Contact("Ms.", "Hanna", "Antonova", "Hanna Antonova", "PR", "PM Ukraine",
				"h@x.org", "fr", null));
		for (String header : List.of("given name,last name", "GIVEN_NAME,Family-Name", "firstname,family name",
				"given-name,lastname")) {
			Problems more = new Problems();
			assertThat(InviteeFile.read("v.csv", bytes(header + "\nA,B\n"), more)).singleElement()
				.extracting(row -> row.contact().familyName())
				.isEqualTo("B");
			assertThat(more.list()).as(header).isEmpty();
		}
		Problems named = new Problems();
		assertThat(InviteeFile.read("n.csv", bytes("Name,Organization,Mail\nGehrke,ICMPD,g@x.org\n"), named))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.contact().fullName()).isEqualTo("Gehrke");
				assertThat(row.contact().familyName()).isNull();
				assertThat(row.contact().organisation()).isEqualTo("ICMPD");
			});
	}

	@Test
	void unknownColumnsAreAnErrorNamingThem() {
		Problems problems = new Problems();
		InviteeFile.read("x.csv", bytes("family_name,emial,Phone\nDoe,d@x.org,123\n"), problems);
		assertThat(problems.list()).singleElement()
			.extracting(Problem::toString)
			.asString()
			.startsWith("x.csv:1: unknown columns 'emial', 'Phone'; the columns are honorific, given_name");
	}

	@Test
	void everyBadRowIsReportedWithTheLineItStartsOn() {
		Problems problems = new Problems();
		String text = HEADER + "\n" + ",,,,,,,\n" + "Ms.,,,,,,,\n" + "Ms.,A,Doe,,,,,English\n" + "Mr.,B,Roe,,,,\n"
				+ "Mr.,C,Poe,,,,c@x.org,en\n";
		List<InviteeFile.Row> rows = InviteeFile.read("bad.csv", bytes(text), problems);
		assertThat(problems.list()).extracting(Problem::toString)
			.containsExactly("bad.csv:3: no family_name and no full_name; an invitee needs at least one of them",
					"bad.csv:4: language 'English' is not a language code; write en, fr, es, ... (ISO 639)",
					"bad.csv:5: this row has 7 cells, the header 8; a comma inside a value needs quotes around the value");
		assertThat(rows).extracting(InviteeFile.Row::line).containsExactly(6);
	}

	@Test
	void valuesAreKeptByteForByteAndOnlyAnAllWhitespaceCellIsEmpty() {
		Problems problems = new Problems();
		String longName = "N".repeat(300);
		String text = "honorific,given_name,family_name,title,organisation,email\n"
				+ "  ,\tTab,Wid\u200Bth ," + longName + ",\" , \",\u00A0\n";
		List<InviteeFile.Row> rows = InviteeFile.read("b.csv", bytes(text), problems);
		assertThat(problems.list()).isEmpty();
		Contact contact = rows.get(0).contact();
		assertThat(contact.honorific()).isNull();
		assertThat(contact.givenName()).isEqualTo("\tTab");
		assertThat(contact.familyName()).isEqualTo("Wid\u200Bth ");
		assertThat(contact.fullName()).isEqualTo("\tTab Wid\u200Bth ");
		assertThat(contact.title()).isEqualTo(longName);
		assertThat(contact.organisation()).isEqualTo(" , ");
		assertThat(contact.email()).isNull();
	}

	@Test
	void bytesThatAreNotUtf8AreAnErrorNamingTheirLine() {
		Problems problems = new Problems();
		byte[] latin1 = "family_name\nDoe\nM\u00FCller\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(InviteeFile.read("latin1.csv", latin1, problems)).isEmpty();
		assertThat(problems.list()).extracting(Problem::toString)
			.containsExactly("latin1.csv:3: this line is not UTF-8 text; save the file as UTF-8 (\"CSV UTF-8\" in a spreadsheet)");
	}

	@Test
	void aQuoteThatNeverClosesIsReportedAtTheRowItOpens() {
		Problems problems = new Problems();
		InviteeFile.read("q.csv", bytes("family_name,title\nDoe,ok\nRoe,\"never closed\nmore\n"), problems);
		assertThat(problems.list()).singleElement().extracting(Problem::line).isEqualTo(3);
	}

	@Test
	void aFileWithoutANameColumnIsRefusedAtItsHeader() {
		Problems problems = new Problems();
		InviteeFile.read("h.csv", bytes("given_name,email\nA,a@x.org\n"), problems);
		assertThat(problems.list()).extracting(Problem::toString)
			.containsExactly("h.csv:1: no family_name or full_name column; a file needs at least one of them");
	}

	@Test
	void theSampleDelegatesFileReadsWithoutProblems() throws IOException {
		Problems problems = new Problems();
		List<InviteeFile.Row> rows = InviteeFile.read("delegates.csv", sample("delegates.csv"), problems);
		assertThat(problems.list()).isEmpty();
		assertThat(rows).hasSize(30);
		// the quoted title with a line break is on row 26: the rows after it start a line later
		assertThat(rows.get(26).line()).isEqualTo(29);
		assertThat(rows.get(24).contact().familyName()).startsWith("=HYPERLINK(");
	}

	static byte[] sample(String name) throws IOException {
		try (InputStream in = InviteeFileTest.class.getResourceAsStream("/invitees/" + name)) {
			return in.readAllBytes();
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
