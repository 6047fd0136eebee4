package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;

@BriefdeskTest
class PersonCommandsTest {

	@Autowired
	ShellTestClient client;

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	ShellSession session;

	@Autowired
	PersonRepository people;

	@Autowired
	FactLibrary library;

	@AfterEach
	void putThingsBack() {
		this.session.setInteractive(false);
		for (String id : List.of("maria-lopez", "prompted-person", "cmd-person")) {
			if (this.people.exists(id)) {
				this.library.remove(FactKind.PERSON, id);
			}
		}
	}

	@Test
	void listShowsThePanelistsOfAllFiveDocuments() throws Exception {
		String text = String.join("\n", this.client.sendCommand("person list").lines());
		assertThat(text).contains("Valiant Richey", "H.E. Ambassador", "Mr. Gehrke", "Grzegorz", "Åsa Regner",
				"Tea Machaidze", "Steven Griner");
	}

	@Test
	void listFiltersByOrganisation() throws Exception {
		String text = String.join("\n", this.client.sendCommand("person list --organisation cbss").lines());
		assertThat(text).contains("grzegorz-poznanski").doesNotContain("valiant-richey");
	}

	@Test
	void showPrintsTitleOrganisationAndQuotes() throws Exception {
		String text = String.join("\n", this.client.sendCommand("person show valiant-richey").lines());
		assertThat(text).contains("Special Representative and Co-ordinator for Combating Trafficking in Human Beings")
			.contains("osce (OSCE)")
			.contains("quote 'valiant-richey-2019' (speaker)");
	}

	@Test
	void addDerivesAnAsciiIdFromTheName() {
		CommandRun.Result result = CommandRun.run(this.dispatcher,
				"person add --name \"María López\" --honorific Dr. --organisation iom --email maria@example.org");
		assertThat(result.output()).contains("added person 'maria-lopez'");
		assertThat(this.people.findById("maria-lopez").orElseThrow().formalName()).isEqualTo("Dr. María López");
	}

	@Test
	void addAsksForAMissingNameAtThePrompt() {
		this.session.setInteractive(true);
		CommandRun.Result result = CommandRun.run(this.dispatcher, "person add --id prompted-person", "Prompted Person");
		assertThat(result.prompts()).containsExactly("Name: ");
		assertThat(this.people.findById("prompted-person").orElseThrow().name()).isEqualTo("Prompted Person");
	}

	@Test
	void addWithoutANameOutsideThePromptIsAUsageError() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "person add --title Director");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.error()).isEqualTo("missing option --name for 'person add'; `help person add` shows it");
	}

	@Test
	void addRefusesAnUnknownOrganisation() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "person add --id cmd-person --name X --organisation nowhere");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).isEqualTo("person 'cmd-person': no organisation 'nowhere' (`org list` shows the ids)");
		assertThat(this.people.exists("cmd-person")).isFalse();
	}

	@Test
	void editChangesTheTitle() {
		CommandRun.run(this.dispatcher, "person add --id cmd-person --name \"Cmd Person\"");
		CommandRun.run(this.dispatcher, "person edit cmd-person --title \"Head of Unit\"");
		assertThat(this.people.findById("cmd-person").orElseThrow().title()).isEqualTo("Head of Unit");
	}

	@Test
	void editWithNothingToChangeIsAUsageError() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "person edit gehrke");
		assertThat(result.exitCode()).isEqualTo(2);
	}

	@Test
	void removeRefusesWhileTheEventsAndQuotesUseThePerson() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "person remove alena-kupchyna");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).contains("event 'icat-briefing-2018-06-14' (chair)");
	}

}
