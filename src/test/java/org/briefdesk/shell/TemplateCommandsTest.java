package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.TemplateCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.InputReader;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

@BriefdeskTest
class TemplateCommandsTest {

	@Autowired
	CommandLineDispatcher dispatcher;

	@TempDir
	Path folder;

	private final StringWriter output = new StringWriter();

	@Autowired
	OutputPolicy outputs;

	@Test
	void templateCheckListsThePlaceholdersOfAGoodTemplateAndExitsZero() {
		Outcome outcome = run("template check templates/briefing.docx");
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		assertThat(this.output.toString()).contains("body paragraph 2", "{{title}}", "table 1 row 2 cell 1", "[time]",
				"programme[].time", "header", "{{event.title}}")
			.contains("templates/briefing.docx: ")
			.contains("placeholders, no problems");
	}

	@Test
	void templateCheckOfABadTemplateListsEveryProblemAndFailsWithTheFirst() throws IOException {
		Path template = template("{{title}}", "{{event.nope}}", "{{?quotes}}");
		Outcome outcome = run("template check " + template);
		assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(outcome.message()).startsWith(template + ": body paragraph 2: unknown field {{event.nope}}")
			.contains("(and 1 more");
		assertThat(this.output.toString()).contains("{{event.nope}}", "{{?quotes}}", "never closed", "2 problems");
	}

	@Test
	void templateCheckPassesTheDefaultInvitationTemplatesAsLetters() {
		for (String template : List.of("templates/invitation.docx", "templates/invitation.fr.docx")) {
			this.output.getBuffer().setLength(0);
			Outcome outcome = run("template check " + template);
			assertThat(outcome.exitCode()).as(outcome.message()).isZero();
			assertThat(this.output.toString()).contains("{{invitee.salutation}}", "invitee.salutation",
					"{{signatory.fullName}}", "{{letter.date}}", "no problems", "checked as an invitation letter");
		}
	}

	@Test
	void templateCheckOfABrokenInvitationCopyFailsWithExitOne() throws IOException {
		Path broken = TemplateCopies.withText(Path.of("templates/invitation.docx"), this.folder.resolve("invitation.docx"),
				"word/document.xml", "{{invitee.closing}}", "{{invitee.farewell}}");
		Outcome outcome = run("template check " + broken);
		assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(outcome.message()).startsWith(broken + ": body paragraph")
			.contains("unknown field {{invitee.farewell}}")
			.contains("`template fields` lists the fields");
		assertThat(this.output.toString()).contains("1 problem");
	}

	@Test
	void templateCheckKnowsALetterTemplateByItsPlaceholdersWhateverItsName() throws IOException {
		Path letter = template("{{invitee.salutation}}", "{{letter.date}}", "{{event.date}}");
		Outcome outcome = run("template check " + letter + " --json");
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		Map<String, Object> report = new ObjectMapper().readValue(this.output.toString(), new TypeReference<>() {
		});
		assertThat(report).containsEntry("ok", true).containsEntry("checkedAs", "invitation");
	}

	@Test
	void aTemplateMixingPackAndLetterFieldsIsCheckedAsALetterAndFailsOnThePackOnes() throws IOException {
		Path mixed = template("{{invitee.salutation}}", "{{headings.figures}}");
		Outcome outcome = run("template check " + mixed);
		assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(outcome.message()).isEqualTo(mixed + ": body paragraph 2: unknown field {{headings.figures}}; "
				+ "`template fields` lists the fields");
	}

	@Test
	void templateFieldsListsTheLetterFieldsBesidesThePack() throws IOException {
		Outcome outcome = run("template fields --json");
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		List<Map<String, String>> fields = new ObjectMapper().readValue(this.output.toString(), new TypeReference<>() {
		});
		assertThat(fields).filteredOn(field -> field.get("template").equals("invitation"))
			.extracting(field -> field.get("path"))
			.contains("event.title", "event.date", "event.time", "coChairs[]", "signatory.fullName", "signatory.title",
					"issuedBy", "letter.date", "letter.number", "invitee.salutation", "invitee.addressee",
					"invitee.given_name")
			.doesNotContain("briefingId", "headings.figures");
		assertThat(fields).filteredOn(field -> field.get("template").equals("briefing"))
			.extracting(field -> field.get("path"))
			.contains("briefingId", "event.title")
			.doesNotContain("invitee.salutation", "letter.date");
		assertThat(fields).filteredOn(field -> field.get("path").equals("invitee.salutation"))
			.singleElement()
			.satisfies(field -> assertThat(field.get("example")).isEqualTo("Excellency,"));
	}

	@Test
	void templateCheckWithoutAFileIsAUsageError() {
		Outcome outcome = run("template check");
		assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(outcome.message()).contains("template check FILE");
	}

	@Test
	void templateCheckJsonGivesEveryPlaceholder() throws IOException {
		Path template = template("{{title}}", "{{nope}}");
		run("template check " + template + " --json");
		Map<String, Object> report = new ObjectMapper().readValue(this.output.toString(), new TypeReference<>() {
		});
		assertThat(report).containsEntry("ok", false);
		assertThat((List<?>) report.get("placeholders")).hasSize(2);
	}

	@Test
	void templateFieldsPrintsEveryFieldWithAnExampleFromTheSampleBriefing() {
		this.outputs.useEnvironment(Map.of("BRIEFDESK_FORCE_TTY", "140"));
		Outcome outcome = run("template fields");
		this.outputs.useEnvironment(null);
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		assertThat(this.output.toString()).contains("examples from the sample briefing 'icat-briefing-2023'",
				"panelists[].fullName", "figures[].note", "One in three", "{{?list}}");
	}

	@Test
	void templateFieldsTakesItsExamplesFromTheBriefingGiven() throws IOException {
		Outcome outcome = run("template fields --briefing icat-briefing-2018 --json");
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		List<Map<String, String>> fields = new ObjectMapper().readValue(this.output.toString(), new TypeReference<>() {
		});
		assertThat(fields).contains(Map.of("path", "briefingId", "type", "text", "template", "briefing", "description",
				"The briefing's id, e.g. \"icat-briefing-2023\"", "example", "icat-briefing-2018"));
	}

	@Test
	void templateFieldsOfAnUnknownBriefingFailsAndSaysWhereTheIdsAre() {
		Outcome outcome = run("template fields --briefing no-such-briefing");
		assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(outcome.message()).contains("no-such-briefing");
	}

	private Path template(String... paragraphs) throws IOException {
		Path file = Files.createTempFile(this.folder, "template", ".docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			document.write(out);
		}
		return file;
	}

	private Outcome run(String line) {
		return this.dispatcher.execute(line, new PrintWriter(this.output, true), new InputReader() {
		});
	}

}
