package org.briefdesk.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.TemplateCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** `invite check` finds what would break the letters (a placeholder no letter has, a character no PDF font has) before any is written. */
@BriefdeskTest
class LetterTemplateChecksTest {

	private static final String EVENT = InvitationServiceTest.EVENT;

	private static final String HEADER = "honorific,given_name,family_name,full_name,title,organisation,email,language\n";

	/** MRO LETTER TA (U+16A40): a script none of the bundled fonts (Noto Sans, Serif, Naskh Arabic, the CJK subset) has. */
	private static final String MRO = new String(Character.toChars(0x16A40));

	@Autowired
	InvitationService service;

	@Autowired
	InvitationChecks checks;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path templates;

	@AfterEach
	void emptyTheLists() {
		this.jdbc.sql("delete from invitee").update();
	}

	@Test
	void theBuiltInLetterTemplatesNameOnlyFieldsTheLettersHave() {
		importRows("Ms.,Ana,Moreno,,,M1,a@x.org,en\n" + "Mme,Aminata,Diallo,,,M2,d@x.org,fr\n");
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.builtIn(), true);
		assertThat(report.findings()).isEmpty();
		assertThat(report.ok()).isTrue();
	}

	@Test
	void anUnknownFieldInACopiedWordLetterIsAnErrorNamingTheFileAndTheField() throws IOException {
		Files.copy(Path.of("templates/invitation.docx"), this.templates.resolve("invitation.docx"));
		Path french = TemplateCopies.withText(Path.of("templates/invitation.fr.docx"),
				this.templates.resolve("invitation.fr.docx"), "word/document.xml", "{{invitee.salutation}}",
				"{{invitee.nickname}}");
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.in(this.templates));
		assertThat(report.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.check()).isEqualTo("template-fields");
			assertThat(finding.severity()).isEqualTo(InvitationFinding.Severity.ERROR);
			assertThat(finding.where()).isEqualTo(french.toString());
			assertThat(finding.message()).matches("body paragraph \\d+: unknown field \\{\\{invitee.nickname}}.*")
				.endsWith("`template fields` lists the fields");
		});
		assertThat(report.ok()).isFalse();
	}

	@Test
	void aPackFieldThatLettersDoNotHaveIsAnUnknownFieldOfALetter() throws IOException {
		TemplateCopies.withText(Path.of("templates/invitation.docx"), this.templates.resolve("invitation.docx"),
				"word/document.xml", "{{event.title}}", "{{briefingId}}");
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.in(this.templates));
		assertThat(report.findings()).extracting(InvitationFinding::message)
			.anySatisfy(message -> assertThat(message).contains("unknown field {{briefingId}}"));
	}

	@Test
	void anUnknownFieldInAPdfLetterTemplateIsAnErrorWithItsLine() throws IOException {
		Files.copy(Path.of("templates/invitation.docx"), this.templates.resolve("invitation.docx"));
		TemplateCopies.copyFiles(Path.of("templates/invitation-pdf"), this.templates);
		Files.createDirectory(this.templates.resolve("fonts"));
		TemplateCopies.copyFiles(Path.of("templates/briefing-pdf/fonts"), this.templates.resolve("fonts"));
		Path xhtml = this.templates.resolve("invitation.xhtml");
		String text = Files.readString(xhtml, StandardCharsets.UTF_8);
		Files.writeString(xhtml, text.replace("{{invitee.closing}}", "{{invitee.closing}} {{letter.reference}}"),
				StandardCharsets.UTF_8);
		int line = (int) text.substring(0, text.indexOf("{{invitee.closing}}")).lines().count();
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.in(this.templates));
		assertThat(report.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.where()).as(finding.message()).isEqualTo(xhtml.toRealPath().toString());
			assertThat(finding.message()).isEqualTo("line " + line + ": unknown field {{letter.reference}}; "
					+ "`template fields` lists the fields");
		});
	}

	@Test
	void aNameWithACharacterNoPdfFontHasIsAWarningForWordLettersAndAnErrorWhenPdfIsMeant() {
		importRows("Ms.,Ana,Moreno,,,M1,a@x.org,en\n" + "Mr.,Kar" + MRO + ",Mro,,,M2,k@x.org,en\n");
		InvitationChecks.Report word = this.checks.check(EVENT, InvitationTemplates.builtIn());
		assertThat(word.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.check()).isEqualTo("pdf-glyphs");
			assertThat(finding.severity()).isEqualTo(InvitationFinding.Severity.WARNING);
			assertThat(finding.where()).isEqualTo("invitee 'mro-kar' (#2)");
			assertThat(finding.message()).startsWith("given_name \"Kar" + MRO + "\": no font has " + MRO + " (U+16A40, MRO)")
				.contains("the Word letter is fine");
		});
		assertThat(word.ok()).isTrue();
		InvitationChecks.Report pdf = this.checks.check(EVENT, InvitationTemplates.builtIn(), true);
		assertThat(pdf.findings()).singleElement()
			.satisfies(finding -> assertThat(finding.severity()).isEqualTo(InvitationFinding.Severity.ERROR));
		assertThat(pdf.ok()).isFalse();
	}

	@Test
	void namesInEveryScriptTheFontsCoverPassTheGlyphCheck() {
		importRows("Ms.,Zoë,Łukasiewicz,,,M1,a@x.org,en\n" + "Ms.,Анна,Иванова,,,M2,b@x.org,en\n"
				+ "Mr.,محمد,العلي,,,M3,c@x.org,en\n" + "Mr.,芳,王,,,M4,d@x.org,en\n");
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.builtIn(), true);
		assertThat(report.findings()).filteredOn(finding -> finding.check().equals("pdf-glyphs")).isEmpty();
	}

	private void importRows(String rows) {
		this.service.importCsv(EVENT, "rows.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8), false);
	}

}
