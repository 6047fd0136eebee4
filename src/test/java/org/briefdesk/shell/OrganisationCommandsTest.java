package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.OrganisationRepository;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;

@BriefdeskTest
class OrganisationCommandsTest {

	@Autowired
	ShellTestClient client;

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	FactLibrary library;

	@AfterEach
	void removeWhatTheTestsAdded() {
		for (String id : List.of("unicef", "cmd-org")) {
			if (this.organisations.exists(id)) {
				this.library.remove(FactKind.ORGANISATION, id);
			}
		}
	}

	private String screen(String command) throws Exception {
		return String.join("\n", this.client.sendCommand(command).lines());
	}

	@Test
	void listShowsEveryOrganisationAsATable() throws Exception {
		String text = screen("org list");
		assertThat(text).contains("ID", "ACRONYM", "NAME").contains("unodc", "osrsg-vac", "Council of the Baltic Sea States");
	}

	@Test
	void listWithJsonPrintsOnlyJson() throws Exception {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "org list --json");
		List<Map<String, Object>> parsed = new ObjectMapper().readValue(result.output(), new TypeReference<>() {
		});
		assertThat(parsed).hasSize(this.organisations.count());
		assertThat(parsed).anySatisfy(org -> assertThat(org).containsEntry("id", "cbss").containsEntry("member-since", "2020-04"));
	}

	@Test
	void showPrintsTheFieldsAndWhatUsesIt() throws Exception {
		String text = screen("org show cbss");
		assertThat(text).startsWith("organisation cbss")
			.contains("name:", "Council of the Baltic Sea States")
			.contains("used by:", "person 'grzegorz-poznanski' (organisation)");
	}

	@Test
	void addDerivesTheIdFromTheAcronym() throws Exception {
		CommandRun.Result result = CommandRun.run(this.dispatcher,
				"org add --acronym UNICEF --name \"United Nations Children's Fund\" --kind \"UN entity\" --member");
		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).contains("added organisation 'unicef'");
		assertThat(this.organisations.findById("unicef").orElseThrow().member()).isTrue();
	}

	@Test
	void editChangesOnlyTheGivenFields() throws Exception {
		CommandRun.run(this.dispatcher, "org add --id cmd-org --name \"Command Org\" --kind network");
		CommandRun.Result result = CommandRun.run(this.dispatcher, "org edit cmd-org --url https://example.org --kind \"\"");
		assertThat(result.exitCode()).isZero();
		var changed = this.organisations.findById("cmd-org").orElseThrow();
		assertThat(changed.url()).isEqualTo("https://example.org");
		assertThat(changed.kind()).isNull();
		assertThat(changed.name()).isEqualTo("Command Org");
	}

	@Test
	void removeRefusesAnOrganisationInUseAndSaysWhere() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "org remove cbss");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).startsWith("organisation 'cbss' is used by ")
			.contains("organisation 'cbss-tf-thb' (part of it)", "person 'grzegorz-poznanski' (organisation)");
		assertThat(this.organisations.exists("cbss")).isTrue();
	}

	@Test
	void removeDeletesAnUnusedOrganisation() {
		CommandRun.run(this.dispatcher, "org add --id cmd-org --name \"Command Org\"");
		CommandRun.Result result = CommandRun.run(this.dispatcher, "org remove cmd-org");
		assertThat(result.output()).contains("removed organisation 'cmd-org'");
		assertThat(this.organisations.exists("cmd-org")).isFalse();
	}

	@Test
	void showOfAnUnknownIdSaysWhichListShowsTheIds() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "org show nosuch");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).isEqualTo("no organisation 'nosuch'; `org list` shows the ids");
	}

}
