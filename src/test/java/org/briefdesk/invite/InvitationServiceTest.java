package org.briefdesk.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.ImportRefusedException;
import org.briefdesk.facts.Problem;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.UsageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BriefdeskTest
@BothStores
class InvitationServiceTest {

	static final String EVENT = "icat-representatives-2024-12";

	private static final String HEADER = "honorific,given_name,family_name,full_name,title,organisation,email,language\n";

	@Autowired
	InvitationService service;

	@Autowired
	FactLibrary library;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void emptyTheLists() {
		this.jdbc.sql("delete from invitee").update();
	}

	@Test
	void importRefusesAFileWithOneBadRowNearItsEndAndImportsNothing() {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 40; i++) {
			csv.append("Ms.,Given").append(i).append(",Family").append(i).append(",,,Mission ").append(i)
				.append(",p").append(i).append("@x.org,en\n");
		}
		csv.append("Mr.,Nobody,,,,Mission,nobody@x.org,en\n");
		csv.append("Ms.,Last,Person,,,Mission,last@x.org,en\n");
		assertThatThrownBy(() -> this.service.importCsv(EVENT, "delegates.csv", bytes(csv.toString()), false))
			.isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.problems())
				.extracting(Problem::toString)
				.containsExactly("delegates.csv:42: no family_name and no full_name; an invitee needs at least one of them"))
			.hasMessageContaining("delegates.csv:42:");
		assertThat(this.service.list(EVENT, null)).isEmpty();
	}

	@Test
	void everyProblemOfAFileIsListedAtOnce() {
		String csv = HEADER + "Ms.,A,Alpha,,,M,a@x.org,en\n" + "Ms.,B,,,,,b@x.org,en\n" + "Ms.,C,Gamma,,,M,A@X.ORG,en\n"
				+ "Ms.,D,Delta,,,M,d@x.org,xx-!\n";
		assertThatThrownBy(() -> this.service.importCsv(EVENT, "f.csv", bytes(csv), false))
			.isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.problems())
				.extracting(Problem::line)
				.containsExactly(3, 4, 5));
	}

	@Test
	void theSamePersonTwiceInAFileIsReportedNotImportedTwice() {
		String nfc = "M\u00FCller";
		String nfd = "Mu\u0308ller";
		String csv = HEADER + "Mr.,Hans," + nfc + ",,,Mission of Germany,h1@x.org,en\n"
				+ "Mr.,HANS," + nfd.toUpperCase() + ",,,MISSION OF GERMANY,h2@x.org,en\n"
				+ "Ms.,Eva,Other,,,Elsewhere,H1@X.org,en\n";
		assertThatThrownBy(() -> this.service.importCsv(EVENT, "d.csv", bytes(csv), false))
			.isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.problems())
				.extracting(Problem::toString)
				.containsExactly("d.csv:3: the same person as line 2 (same name and organisation); keep one row",
						"d.csv:4: the same person as line 2 (same e-mail H1@X.org); keep one row"));
		assertThat(this.service.list(EVENT, null)).isEmpty();
	}

	@Test
	void someoneAlreadyOnTheListIsRefusedUnlessUpdateReplacesThem() {
		this.service.importCsv(EVENT, "first.csv", bytes(HEADER + "Ms.,Hanna,Antonova,,PR,Mission,h@x.org,en\n"), false);
		Invitee first = this.service.list(EVENT, null).get(0);
		this.service.mark(EVENT, first.id(), ResponseStatus.ACCEPTED, "comes with a deputy");
		byte[] corrected = bytes(HEADER + "H.E. Ambassador Ms.,Hanna,Antonova,,Permanent Representative,Mission,H@X.ORG,fr\n");
		assertThatThrownBy(() -> this.service.importCsv(EVENT, "again.csv", corrected, false))
			.hasMessage("again.csv:2: already on the list of " + EVENT + " as 'antonova-hanna' (same e-mail h@x.org); "
					+ "--update replaces it; nothing was imported");
		InvitationService.Changes changes = this.service.importCsv(EVENT, "again.csv", corrected, true);
		assertThat(changes.added()).isEmpty();
		assertThat(changes.updated()).hasSize(1);
		Invitee updated = this.service.get(EVENT, "antonova-hanna");
		assertThat(updated.number()).isEqualTo(first.number());
		assertThat(updated.honorific()).isEqualTo("H.E. Ambassador Ms.");
		assertThat(updated.language()).isEqualTo("fr");
		assertThat(updated.status()).isEqualTo(ResponseStatus.ACCEPTED);
		assertThat(updated.note()).isEqualTo("comes with a deputy");
		assertThat(this.service.list(EVENT, null)).hasSize(1);
	}

	@Test
	void twoHundredInviteesInEveryScriptAreStoredByteForByteAndExportedSafely(@TempDir Path folder) throws IOException {
		List<List<String>> written = HostileInvitees.rows(200);
		StringBuilder csv = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord(HostileInvitees.HEADER);
			for (List<String> row : written) {
				printer.printRecord(row);
			}
		}
		InvitationService.Changes changes = this.service.importCsv(EVENT, "200.csv",
				bytes("\uFEFF" + csv), false);
		assertThat(changes.added()).hasSize(200);
		List<Invitee> stored = this.service.list(EVENT, null);
		assertThat(stored).extracting(Invitee::number).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList());
		assertThat(stored).extracting(Invitee::id).doesNotHaveDuplicates();
		for (int i = 0; i < 200; i++) {
			List<String> row = written.get(i);
			Invitee invitee = stored.get(i);
			assertThat(invitee.honorific()).isEqualTo(emptyToNull(row.get(0)));
			assertThat(invitee.givenName()).isEqualTo(row.get(1));
			assertThat(invitee.familyName()).isEqualTo(row.get(2));
			assertThat(invitee.fullName()).isEqualTo(row.get(1) + " " + row.get(2));
			assertThat(invitee.title()).isEqualTo(emptyToNull(row.get(3)));
			assertThat(invitee.organisation()).isEqualTo(row.get(4));
			assertThat(invitee.email()).isEqualTo(row.get(5));
			assertThat(invitee.language()).isEqualTo(row.get(6));
		}
		Path exported = folder.resolve("list.csv");
		assertThat(this.service.export(EVENT, exported, false)).isEqualTo(200);
		String text = Files.readString(exported, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFnumber,id,honorific");
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
		assertThat(records).hasSize(200);
		for (int i = 0; i < 200; i++) {
			String family = written.get(i).get(2);
			String cell = records.get(i).get("family_name");
			assertThat(cell).isEqualTo("=+-@\t\r".indexOf(family.charAt(0)) >= 0 ? "'" + family : family);
		}
		assertThat(records).anySatisfy(record -> assertThat(record.get("family_name")).startsWith("'=SUM("));
		assertThatThrownBy(() -> this.service.export(EVENT, exported, false)).isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("already exists");
	}

	@Test
	void addingLibraryPeopleTakesTheirDetailsAndSplitsTheirNames() {
		InvitationService.Changes changes = this.service.addPeople(EVENT,
				List.of("alena-kupchyna", "james-s-gilmore-iii", "gehrke"), "fr");
		assertThat(changes.added()).extracting(Invitee::id).containsExactly("kupchyna-alena", "gilmore-james-s", "gehrke");
		Invitee gilmore = this.service.get(EVENT, "gilmore-james-s");
		assertThat(gilmore.givenName()).isEqualTo("James S.");
		assertThat(gilmore.familyName()).isEqualTo("Gilmore");
		assertThat(gilmore.fullName()).isEqualTo("James S. Gilmore III");
		assertThat(gilmore.organisation()).isEqualTo("United States Mission to the OSCE");
		assertThat(gilmore.personId()).isEqualTo("james-s-gilmore-iii");
		assertThat(gilmore.language()).isEqualTo("fr");
		Invitee gehrke = this.service.get(EVENT, "gehrke");
		assertThat(gehrke.givenName()).isNull();
		assertThat(gehrke.familyName()).isEqualTo("Gehrke");
		assertThat(gehrke.honorific()).isEqualTo("Mr.");
		assertThatThrownBy(() -> this.service.addPeople(EVENT, List.of("tea-machaidze", "gehrke", "nobody-at-all"), "en"))
			.hasMessageContaining("person 'gehrke' is already invited")
			.hasMessageContaining("no person 'nobody-at-all'");
		assertThat(this.service.list(EVENT, null)).hasSize(3);
	}

	@Test
	void answersAreRecordedAndTheParticipantsAreThoseWhoAccepted() {
		this.service.importCsv(EVENT, "p.csv", bytes(HEADER + "Ms.,Zoe,Zed,,,Alpha Mission,z@x.org,en\n"
				+ "Mr.,Adam,Able,,,Beta Mission,a@x.org,en\n" + "Ms.,Ola,Ørsted,,,Alpha Mission,o@x.org,en\n"
				+ "Ms.,Dee,Decline,,,Alpha Mission,d@x.org,en\n"), false);
		this.service.mark(EVENT, "zed-zoe", ResponseStatus.ACCEPTED, null);
		this.service.mark(EVENT, "able-adam", ResponseStatus.ACCEPTED, null);
		this.service.mark(EVENT, "orsted-ola", ResponseStatus.ACCEPTED, "vegetarian");
		this.service.mark(EVENT, "decline-dee", ResponseStatus.DECLINED, null);
		assertThat(this.service.list(EVENT, ResponseStatus.DECLINED)).extracting(Invitee::id).containsExactly("decline-dee");
		assertThat(this.service.participants(EVENT)).extracting(Invitee::id)
			.containsExactly("orsted-ola", "zed-zoe", "able-adam");
		this.service.mark(EVENT, "orsted-ola", ResponseStatus.NO_REPLY, null);
		assertThat(this.service.get(EVENT, "orsted-ola").note()).isEqualTo("vegetarian");
		assertThat(this.service.participants(EVENT)).extracting(Invitee::id).containsExactly("zed-zoe", "able-adam");
	}

	@Test
	void theAttendanceListIsWrittenWithTheAddresseeAndProtectedCells(@TempDir Path folder) throws IOException {
		this.service.importCsv(EVENT, "a.csv", bytes(HEADER + "H.E. H.E. Ambassador,Ana,Moreno,,-PR-,Mission,a@x.org,en\n"), false);
		this.service.mark(EVENT, "moreno-ana", ResponseStatus.ACCEPTED, "=cmd|' /C calc'!A0");
		Path file = folder.resolve("attendance.csv");
		assertThat(this.service.exportAttendance(EVENT, file, false, FormsOfAddressFile.builtIn())).isEqualTo(1);
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(Files.readString(file).substring(1)))
			.getRecords();
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(record.get("name")).isEqualTo("H.E. Ambassador Ana Moreno");
			assertThat(record.get("title")).isEqualTo("'-PR-");
			assertThat(record.get("note")).isEqualTo("'=cmd|' /C calc'!A0");
		});
	}

	@Test
	void anEventWithInviteesCannotBeRemovedAndSaysWhy() {
		this.service.addPeople(EVENT, List.of("gehrke"), "en");
		assertThatThrownBy(() -> this.library.remove(FactKind.EVENT, EVENT))
			.hasMessageContaining("its invitee list (1 invitee");
	}

	@Test
	void removingAPersonFromTheLibraryKeepsTheirInvitationWithoutTheLink() {
		this.library.add(new org.briefdesk.facts.Person("invite-test-person", "Dr.", "Ida Lindqvist", "Adviser", "iom",
				"ida@x.org", null, null));
		this.service.addPeople(EVENT, List.of("invite-test-person"), "en");
		this.library.remove(FactKind.PERSON, "invite-test-person");
		Invitee kept = this.service.get(EVENT, "lindqvist-ida");
		assertThat(kept.personId()).isNull();
		assertThat(kept.fullName()).isEqualTo("Ida Lindqvist");
		assertThat(kept.organisation()).isEqualTo("International Organization for Migration");
	}

	@Test
	void withSeveralEventsTheEventMustBeGiven() {
		assertThatThrownBy(() -> this.service.eventFor(null)).isInstanceOf(UsageException.class)
			.hasMessageStartingWith("which event? add --event ID");
		assertThatThrownBy(() -> this.service.eventFor("no-such-event")).hasMessageContaining("no event 'no-such-event'");
		assertThat(this.service.eventFor(" " + EVENT + " ")).isEqualTo(EVENT);
	}

	@Test
	void theSampleDelegatesImportWholeWithUniqueIds() throws IOException {
		InvitationService.Changes changes = this.service.importCsv(EVENT, "delegates.csv",
				InviteeFileTest.sample("delegates.csv"), false);
		assertThat(changes.added()).hasSize(30);
		assertThat(changes.added()).extracting(Invitee::id)
			.doesNotHaveDuplicates()
			.allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"))
			.contains("muller-hans", "muller-hans-2", "muller-hans-3", "x", "etc-passwd", "con");
	}

	private static String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
