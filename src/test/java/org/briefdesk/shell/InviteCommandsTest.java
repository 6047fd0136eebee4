package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The invite commands as a user types them, through the shell's dispatcher. */
@BriefdeskTest
class InviteCommandsTest {

	private static final String EVENT = "icat-briefing-2023-10-03";

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	ShellSession session;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommandInterrupts interrupts;

	@TempDir
	Path folder;

	@AfterEach
	void putThingsBack() {
		this.interrupts.reset();
		this.session.useBriefing(null);
		this.jdbc.sql("delete from invitee").update();
	}

	@Test
	void aListIsImportedMarkedListedByStatusAndExported() throws IOException {
		Path csv = this.folder.resolve("delegates.csv");
		try (InputStream in = getClass().getResourceAsStream("/invitees/delegates.csv")) {
			Files.write(csv, in.readAllBytes());
		}
		CommandRun.Result imported = run("invite import " + csv + " --event " + EVENT);
		assertThat(imported.exitCode()).as(imported.error()).isZero();
		assertThat(imported.output()).contains("imported 30 invitees into " + EVENT);

		assertThat(run("invite mark antonova-hanna accepted --note \"with deputy\" --event " + EVENT).output())
			.contains("marked antonova-hanna accepted");
		String accepted = run("invite list --status accepted --event " + EVENT).output();
		assertThat(accepted.lines().toList()).containsExactly("NO\tID\tNAME\tORGANISATION\tEMAIL\tLANG\tSTATUS",
				"1\tantonova-hanna\tH.E. Ambassador Ms. Hanna Antonova\tPermanent Mission of Ukraine\t"
						+ "h.antonova@mission-ukraine.example\ten\taccepted");

		String bidi = run("invite list --event " + EVENT).output();
		assertThat(bidi).contains("Evil\\u202Etxt.exe").doesNotContain("\u202E");

		CommandRun.Result shown = run("invite show dubois-jean-pierre --event " + EVENT + " --json");
		Map<String, Object> json = new ObjectMapper().readValue(shown.output(), new TypeReference<>() {
		});
		assertThat(json).containsEntry("salutation", "Excellence,").containsEntry("language", "fr");

		Path exported = this.folder.resolve("out.csv");
		assertThat(run("invite export --event " + EVENT + " --out " + exported).output()).contains("(30 invitees)");
		assertThat(Files.readString(exported, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(", ",'=1+2,", ",'+Plus Mission,", ",'@sum@example.org,");
		CommandRun.Result again = run("invite export --event " + EVENT + " --out " + exported);
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.error()).contains("already exists; use --overwrite");
	}

	@Test
	void aBadFileImportsNothingAndNamesTheLine() throws IOException {
		Path csv = this.folder.resolve("bad.csv");
		Files.writeString(csv, "family_name,email\nDoe,d@x.org\nRoe,d@x.org\n", StandardCharsets.UTF_8);
		CommandRun.Result result = run("invite import " + csv + " --event " + EVENT);
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).isEqualTo(csv + ":3: the same person as line 2 (same e-mail d@x.org); keep one row; nothing was imported");
		assertThat(run("invite list --event " + EVENT + " --json").output().strip()).isEqualTo("[ ]");
	}

	@Test
	void peopleAreAddedFromTheLibraryAndTheEventComesFromTheBriefingInUse() {
		this.session.useBriefing("icat-briefing-2023");
		CommandRun.Result added = run("invite add --person alena-kupchyna --person gehrke,tea-machaidze --language fr");
		assertThat(added.exitCode()).as(added.error()).isZero();
		assertThat(added.output()).contains("invited 3 people to " + EVENT + ": kupchyna-alena, gehrke, machaidze-tea");
		String shown = run("invite show kupchyna-alena").output();
		assertThat(shown).containsPattern("salutation: +Excellence,\n");
		assertThat(run("invite mark gehrke accepted").exitCode()).isZero();
		assertThat(run("invite attendance").output()).contains("gehrke\tMr. Gehrke");
		assertThat(run("invite remove machaidze-tea").output()).contains("removed invitee 'machaidze-tea'");
	}

	@Test
	void withoutAnEventAndSeveralInTheLibraryItIsAUsageError() {
		CommandRun.Result result = run("invite list");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.error()).startsWith("which event? add --event ID");
		assertThat(run("invite mark x maybe --event " + EVENT).exitCode()).isEqualTo(2);
	}

	@Test
	void checkExitsOneOnErrorsAndListsThem() throws IOException {
		Path csv = this.folder.resolve("dr.csv");
		Files.writeString(csv, "honorific,full_name,email\nDr.,Tea Machaidze,t@x.org\n", StandardCharsets.UTF_8);
		run("invite import " + csv + " --event " + EVENT);
		Path templates = Files.createDirectories(this.folder.resolve("templates"));
		Files.copy(Path.of("templates/invitation.docx"), templates.resolve("invitation.docx"));
		CommandRun.Result result = run("invite check --event " + EVENT + " --template " + templates);
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("error\tinvitee 'tea-machaidze' (#1)\tthe salutation Dear Dr. {family_name}, needs family_name");
		assertThat(result.error()).contains("have 1 error");
	}

	@Test
	void templateFieldsListsTheInviteeFields() throws IOException {
		CommandRun.Result result = run("template fields --json");
		List<Map<String, String>> fields = new ObjectMapper().readValue(result.output(), new TypeReference<>() {
		});
		assertThat(fields).extracting(field -> field.get("path"))
			.contains("invitee.honorific", "invitee.given_name", "invitee.family_name", "invitee.full_name",
					"invitee.title", "invitee.organisation", "invitee.email", "invitee.language", "invitee.salutation",
					"invitee.closing", "invitee.id", "invitee.number");
	}

	@Test
	void generateWritesALetterPerInviteeInItsLanguageAndRefusesToWriteOverThem() throws Exception {
		Path csv = this.folder.resolve("delegates.csv");
		try (InputStream in = getClass().getResourceAsStream("/invitees/delegates.csv")) {
			Files.write(csv, in.readAllBytes());
		}
		assertThat(run("invite import " + csv + " --event " + EVENT).exitCode()).isZero();
		Path letters = this.folder.resolve("letters");

		CommandRun.Result generated = run("invite generate --event " + EVENT + " --out " + letters);
		assertThat(generated.exitCode()).as(generated.error()).isZero();
		assertThat(generated.output()).contains("30 letters written in").contains(letters.toString())
			.doesNotContain("\r");
		List<Path> docx;
		try (var files = Files.list(letters)) {
			docx = files.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
		}
		assertThat(docx).hasSize(30).allSatisfy(f -> assertThat(f.getParent()).isEqualTo(letters));
		assertThat(letterText(letters.resolve("001-Antonova-Hanna.docx"))).contains("Excellency,",
				"H.E. Ambassador Ms. Hanna Antonova", "Tuesday, 3 October 2023", "IOM and OSRSG-VAC");
		// nobody chairs the event: the issuing body signs, rather than an empty signature
		assertThat(letterText(letters.resolve("001-Antonova-Hanna.docx")).strip()).matches("(?s).*consideration\\.\\s*ICAT\\s+ICAT\tPage 1");
		assertThat(letterText(letters.resolve("002-Dubois-Jean-Pierre.docx"))).contains("Excellence,",
				"mardi 3 octobre 2023", "IOM et OSRSG-VAC");
		// Russian has no template of its own: the English letter, addressed in English
		assertThat(Files.readString(letters.resolve("invitations.csv"))).contains("lukyantsev-grigory,en,");
		byte[] before = Files.readAllBytes(docx.get(0));

		CommandRun.Result again = run("invite generate --event " + EVENT + " --out " + letters);
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.error()).contains("--overwrite");
		assertThat(Files.readAllBytes(docx.get(0))).isEqualTo(before);

		CommandRun.Result one = run("invite generate --event " + EVENT + " --out " + letters
				+ " --only antonova-hanna --overwrite");
		assertThat(one.exitCode()).as(one.error()).isZero();
		assertThat(one.output()).contains("1 letter written");
	}

	@Test
	void ctrlCStopsBetweenTwoLettersKeepsEveryLetterWholeAndResumeWritesTheRest() throws Exception {
		Path csv = this.folder.resolve("delegates.csv");
		try (InputStream in = getClass().getResourceAsStream("/invitees/delegates.csv")) {
			Files.write(csv, in.readAllBytes());
		}
		assertThat(run("invite import " + csv + " --event " + EVENT).exitCode()).isZero();
		Path letters = this.folder.resolve("letters");

		this.interrupts.request(); // Ctrl-C pressed while the command runs
		CommandRun.Result stopped = run("invite generate --event " + EVENT + " --out " + letters);
		this.interrupts.reset();
		assertThat(stopped.exitCode()).isNotZero();
		assertThat(stopped.error() + stopped.output()).contains("stopped by Ctrl-C after 1 of 30 letters; the letters"
				+ " written are whole: `invite generate --resume` (same options) writes the rest");
		List<Path> kept;
		try (var files = Files.list(letters)) {
			kept = files.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
		}
		// letters are published a batch at a time: what is there is whole, and the set is not marked complete
		assertThat(kept).hasSizeBetween(1, 30);
		for (Path letter : kept) {
			assertThat(letterText(letter)).contains("Trafficking in Persons"); // a truncated letter would not open
		}
		assertThat(letters.resolve("invitations.csv")).doesNotExist();

		CommandRun.Result resumed = run("invite generate --event " + EVENT + " --out " + letters + " --resume");
		assertThat(resumed.exitCode()).as(resumed.error()).isZero();
		try (var files = Files.list(letters)) {
			assertThat(files.filter(f -> f.toString().endsWith(".docx"))).hasSize(30);
		}
		assertThat(Files.readAllLines(letters.resolve("invitations.csv"))).hasSize(31);
	}

	private static String letterText(Path docx) throws IOException {
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private CommandRun.Result run(String line) {
		return CommandRun.run(this.dispatcher, line);
	}

}
