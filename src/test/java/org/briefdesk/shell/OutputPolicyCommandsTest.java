package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.system.DisplayWidth;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

/** The one output policy, seen through the commands: pipes, terminals, colour, escaping, --json. */
@BriefdeskTest
class OutputPolicyCommandsTest {

	private static final String HOSTILE_NAME = "Eve\u001B[2J\u0007Mallory\u202Egnp";

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	OutputPolicy outputs;

	@Autowired
	FactRepositories repositories;

	@Autowired
	FactLibrary library;

	@Autowired
	BriefingQueries briefings;

	@Autowired
	CommandRegistry registry;

	@AfterEach
	void putThingsBack() {
		this.outputs.useEnvironment(null);
		if (this.repositories.of(FactKind.PERSON).exists("out-hostile")) {
			this.library.remove(FactKind.PERSON, "out-hostile");
		}
	}

	private String run(String line) {
		CommandRun.Result result = CommandRun.run(this.dispatcher, line);
		assertThat(result.exitCode()).as(result.error()).isZero();
		return result.output();
	}

	private void onTerminal(String... environment) {
		Map<String, String> variables = new java.util.HashMap<>();
		for (int i = 0; i + 1 < environment.length; i += 2) {
			variables.put(environment[i], environment[i + 1]);
		}
		this.outputs.useEnvironment(variables);
	}

	@ParameterizedTest
	@EnumSource(FactKind.class)
	void everyFactListInAPipeIsAHeaderAndOneTabSeparatedLinePerFactWithItsId(FactKind kind) {
		List<String> lines = run(kind.command() + " list").lines().toList();
		assertThat(lines.get(0)).startsWith("ID\t");
		int fields = lines.get(0).split("\t", -1).length;
		List<String> facts = lines.subList(1, lines.size());
		assertThat(facts).allSatisfy(line -> assertThat(line.split("\t", -1)).as(line).hasSize(fields));
		Set<String> ids = facts.stream().map(line -> line.split("\t")[0]).collect(Collectors.toSet());
		assertThat(facts).hasSize(ids.size());
		assertThat(ids).containsExactlyInAnyOrderElementsOf(this.repositories.of(kind).ids());
	}

	@Test
	void thePersonListInAPipeHoldsEachFullNameOnItsIdsLine() {
		assertThat(run("person list").lines()).contains("hanna-antonova\tMs. Hanna Antonova\t\tIOM")
			.contains("valiant-richey\tValiant Richey\t"
					+ "Special Representative and Co-ordinator for Combating Trafficking in Human Beings\tOSCE");
	}

	@Test
	void theBriefingListAndSearchInAPipeAreOneTabSeparatedLineEach() {
		List<String> briefingLines = run("briefing list").lines().toList();
		assertThat(briefingLines.get(0)).isEqualTo("ID\tDATE\tTITLE\tEVENT");
		assertThat(briefingLines.subList(1, briefingLines.size())).extracting(line -> line.split("\t")[0])
			.containsExactlyInAnyOrderElementsOf(this.briefings.ids());
		List<String> found = run("search hanna").lines().toList();
		assertThat(found).first().isEqualTo("KIND\tID\tWHAT");
		assertThat(found).contains("person\thanna-antonova\tHanna Antonova");
	}

	@Test
	void onATerminalTheTablesOfEveryListFitTheGivenWidth() {
		onTerminal("BRIEFDESK_FORCE_TTY", "72", "NO_COLOR", "1");
		for (String list : List.of("org list", "person list", "priorities list", "stat list", "quote list",
				"event list", "briefing list", "search vienna", "briefing show icat-briefing-2023")) {
			String shown = run(list);
			assertThat(shown).as(list).contains("│");
			assertThat(shown.lines().filter(line -> line.strip().matches("^[┌│├└].*")))
				.as(list)
				.isNotEmpty()
				.allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(72));
		}
	}

	@Test
	void aNameWithControlCharactersReachesATerminalAndAPipeEscapedAndJsonAsJsonEscapes() throws Exception {
		run("person add --id out-hostile --name \"" + HOSTILE_NAME + "\"");
		String escaped = "Eve\\e[2J\\aMallory\\u202Egnp";
		String pipe = run("person list");
		assertThat(pipe).doesNotContain("\u001B", "\u0007", "\u202E").contains("out-hostile\t" + escaped + "\t");
		onTerminal("BRIEFDESK_FORCE_TTY", "200", "NO_COLOR", "1");
		assertThat(run("person list")).doesNotContain("\u001B", "\u0007", "\u202E").contains(escaped);
		assertThat(run("person show out-hostile")).doesNotContain("\u001B", "\u0007", "\u202E").contains(escaped);
		String json = run("person show out-hostile --json");
		assertThat(json).doesNotContain("\u001B", "\u0007", "\u202E").contains("Eve\\u001B[2J\\u0007Mallory\\u202Egnp");
		assertThat(new ObjectMapper().readTree(json).get("name").asText()).isEqualTo(HOSTILE_NAME);
		assertThat(run("person remove out-hostile")).isEqualTo("removed person 'out-hostile'\n");
	}

	@Test
	void anErrorThatEchoesTheUsersInputCarriesItRawForTheRunnerToEscape() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "person show \"x\u001B[31m\"");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(org.briefdesk.system.VisibleText.keepingLines(result.error())).contains("x\\e[31m")
			.doesNotContain("\u001B");
	}

	@Test
	void noColorDisablesColourOnATerminal() {
		onTerminal("BRIEFDESK_FORCE_TTY", "100");
		assertThat(run("org list")).contains("\u001B[1m");
		onTerminal("BRIEFDESK_FORCE_TTY", "100", "NO_COLOR", "1");
		assertThat(run("org list")).doesNotContain("\u001B");
	}

	@Test
	void jsonIsDeclaredOnceOnEveryListAndShow() {
		List<Command> listsAndShows = this.registry.getCommands()
			.stream()
			.filter(command -> command.getName().endsWith(" list") || command.getName().endsWith(" show"))
			.toList();
		assertThat(listsAndShows).hasSizeGreaterThanOrEqualTo(14);
		assertThat(listsAndShows).allSatisfy(command -> assertThat(
				command.getOptions().stream().filter(option -> "json".equals(option.longName())).count())
			.as(command.getName())
			.isEqualTo(1));
		assertThat(run("help person list")).contains("--json");
	}

	@Test
	void everyListAndShowPrintsJsonWhenAsked() throws Exception {
		for (String line : List.of("org list", "person show hanna-antonova", "briefing list",
				"briefing show icat-briefing-2023", "search vienna", "briefing layouts", "data backups",
				"template fields")) {
			String json = run(line + " --json");
			assertThat(new ObjectMapper().readTree(json).isContainerNode()).as(line).isTrue();
		}
	}

}
