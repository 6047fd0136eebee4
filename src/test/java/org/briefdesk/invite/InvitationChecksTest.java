package org.briefdesk.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BriefdeskTest
class InvitationChecksTest {

	private static final String EVENT = InvitationServiceTest.EVENT;

	private static final String HEADER = "honorific,given_name,family_name,full_name,title,organisation,email,language\n";

	@Autowired
	InvitationService service;

	@Autowired
	InvitationChecks checks;

	@Autowired
	InviteeRepository invitees;

	@Autowired
	List<InvitationCheck> beans;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path templates;

	@AfterEach
	void emptyTheLists() {
		this.jdbc.sql("delete from invitee").update();
	}

	@Test
	void aSalutationThatLacksWhatItNeedsIsAnError() throws IOException {
		withTemplates("invitation.docx", "invitation.fr.docx");
		importRows("Dr.,,,Tea Machaidze,,OSRSG,t@x.org,en\n" + "Mme,Aminata,Diallo,,,Mission,a@x.org,fr\n");
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.in(this.templates));
		assertThat(report.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(InvitationFinding.Severity.ERROR);
			assertThat(finding.where()).isEqualTo("invitee 'tea-machaidze' (#1)");
			assertThat(finding.message()).startsWith("the salutation Dear Dr. {family_name}, needs family_name, which is empty, "
					+ "so the letter would say \"Dear Colleague,\"");
		});
		assertThat(report.ok()).isFalse();
	}

	@Test
	void inviteesWithoutEmailAreAWarning() throws IOException {
		withTemplates("invitation.docx");
		importRows("Ms.,Ana,Moreno,,,Mission,,en\n" + "Mr.,Bo,Berg,,,Mission,not an address,en\n");
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.in(this.templates));
		assertThat(report.ok()).isTrue();
		assertThat(report.findings()).extracting(InvitationFinding::message)
			.containsExactly("no e-mail address; the letter can be printed but not sent by e-mail",
					"e-mail 'not an address' does not look like an address (name@domain)");
	}

	@Test
	void languagesWithoutTheirTemplateAreCountedAndNamed() throws IOException {
		withTemplates("invitation.docx", "invitation.fr.docx");
		importRows("Ms.,Ana,Moreno,,,M1,a@x.org,es\n" + "Mr.,Juan,Pérez,,,M2,j@x.org,es\n" + "Ms.,Marie,Roy,,,M3,m@x.org,fr-CH\n"
				+ "Mr.,Li,Wang,,,M4,l@x.org,zh\n");
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.in(this.templates));
		assertThat(report.findings()).filteredOn(finding -> finding.check().equals("template-language"))
			.extracting(InvitationFinding::message)
			.containsExactly("2 invitees in language es (moreno-ana, perez-juan): no invitation.es.docx in " + this.templates
					+ "; they get the en letter", "1 invitee in language zh (wang-li): no invitation.zh.docx in " + this.templates
					+ "; they get the en letter");
		assertThat(report.ok()).isTrue();
	}

	@Test
	void aFolderWithoutTheDefaultTemplateIsAnError() throws IOException {
		withTemplates("invitation.fr.docx");
		importRows("Ms.,Ana,Moreno,,,M1,a@x.org,fr\n");
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.in(this.templates));
		assertThat(report.findings()).extracting(InvitationFinding::check).containsExactly("template-language");
		assertThat(report.ok()).isFalse();
	}

	@Test
	void anInvalidFormsOfAddressFileIsReportedWithItsLines() throws IOException {
		withTemplates("invitation.docx");
		Files.writeString(this.templates.resolve(FormsOfAddressFile.FILE_NAME), """
				default-language: en
				honorifics: { dr: [Dr.] }
				languages:
				  en:
				    - salutation: "Dear {nickname},"
				      closing: "Yours,"
				""", StandardCharsets.UTF_8);
		importRows("Dr.,Ana,Moreno,,,M1,a@x.org,en\n");
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.in(this.templates));
		assertThat(report.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.where()).isEqualTo(this.templates.resolve(FormsOfAddressFile.FILE_NAME) + ":5");
			assertThat(finding.message()).startsWith("{nickname} is not a field");
		});
		assertThat(report.ok()).isFalse();
	}

	@Test
	void theSamePersonTwiceOnTheListIsAnError() throws IOException {
		withTemplates("invitation.docx");
		importRows("Ms.,Ana,Moreno,,,M1,a@x.org,en\n");
		Invitee first = this.service.list(EVENT, null).get(0);
		Contact copy = new Contact("Ms.", "Ana", "Moreno", "Ana Moreno", null, "M1", "other@x.org", "en", null);
		this.invitees.insert(new Invitee(EVENT, "moreno-ana-2", 2, copy, ResponseStatus.NO_REPLY, null, first.createdAt(),
				first.createdAt()));
		InvitationChecks.Report report = this.checks.check(EVENT, InvitationTemplates.in(this.templates));
		assertThat(report.findings()).extracting(InvitationFinding::message)
			.containsExactly("the same person as 'moreno-ana' (same name and organisation); `invite remove moreno-ana-2` removes this one");
	}

	@Test
	void anotherFeatureAddsItsOwnCheck() throws IOException {
		withTemplates("invitation.docx");
		importRows("Ms.,Ana,Moreno,,,M1,a@x.org,en\n");
		InvitationCheck glyphs = new InvitationCheck() {
			@Override
			public String id() {
				return "pdf-glyph";
			}

			@Override
			public List<InvitationFinding> check(InvitationCheckContext context) {
				return context.invitees()
					.stream()
					.map(invitee -> InvitationFinding.error(id(), InvitationFinding.where(invitee), "no font has a glyph"))
					.toList();
			}
		};
		List<InvitationCheck> extended = new ArrayList<>(this.beans);
		extended.add(glyphs);
		InvitationChecks.Report report = new InvitationChecks(this.invitees, extended).check(EVENT,
				InvitationTemplates.in(this.templates));
		assertThat(report.findings()).extracting(InvitationFinding::check).containsExactly("pdf-glyph");
		assertThat(this.beans).extracting(InvitationCheck::id)
			.containsExactly("salutation", "email", "duplicate", "template-language", "template-fields", "pdf-glyphs");
	}

	/** Real letter templates, so that the template checks find them sound: the built-in French one for fr, else the English one. */
	private void withTemplates(String... names) throws IOException {
		for (String name : names) {
			Path source = Path.of("templates", name.equals("invitation.fr.docx") ? name : "invitation.docx");
			Files.copy(source, this.templates.resolve(name));
		}
	}

	private void importRows(String rows) {
		this.service.importCsv(EVENT, "rows.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8), false);
	}

}
