package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.InputReader;

/**
 * How the shell answers a line it does not understand, and the Spring Shell 4.0.1 gaps that
 * Briefdesk's parser, completer and dispatcher fill (each proven here through the dispatcher
 * every mode uses; the prompt and one-shot differ only in where the error line goes).
 */
@BriefdeskTest
class CommandSuggestionsTest {

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	PersonRepository people;

	@Autowired
	FactLibrary library;

	@AfterEach
	void putThingsBack() {
		if (this.people.exists("quoted-title")) {
			this.library.remove(FactKind.PERSON, "quoted-title");
		}
	}

	@Test
	void aMistypedNounSuggestsTheCommand() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "preson list");
		assertThat(result.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(result.error()).isEqualTo("unknown command 'preson list'; did you mean `person list`?");
	}

	@Test
	void aMistypedVerbSuggestsTheVerbOfThatNoun() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "briefing shwo icat-briefing-2023");
		assertThat(result.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(result.error()).isEqualTo("unknown command 'briefing shwo'; did you mean `briefing show`?");
	}

	@Test
	void aMistypedNounAloneSuggestsTheNoun() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "preson");
		assertThat(result.error()).isEqualTo("unknown command 'preson'; did you mean `person`?");
	}

	@Test
	void aLineFarFromEveryCommandSaysWhereTheCommandsAreListed() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "frobnicate now");
		assertThat(result.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(result.error()).isEqualTo("unknown command 'frobnicate'; `help` lists the commands");
	}

	@Test
	void aMistypedOptionSuggestsTheOption() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "briefing show --brefing icat-briefing-2023");
		assertThat(result.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(result.error()).isEqualTo("unknown option '--brefing' for 'briefing show'; did you mean "
				+ "`--briefing`? `help briefing show` lists its options");
	}

	@Test
	void aMistypedFlagAtTheEndSuggestsTheFlag() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "org list --jsno");
		assertThat(result.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(result.error()).contains("did you mean `--json`?");
	}

	@Test
	void helpForAMistypedCommandSuggestsIt() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "help preson list");
		assertThat(result.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(result.error()).contains("did you mean `help person list`?");
	}

	@Test
	void helpListsExitAsWellAsQuit() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "help");
		assertThat(result.output().lines()).anyMatch(line -> line.startsWith("  quit "))
			.anyMatch(line -> line.startsWith("  exit "));
	}

	@Test
	void aBooleanFlagOfATwoWordCommandNeedsNoValue() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "org list --json");
		assertThat(result.exitCode()).isZero();
		assertThat(result.output().strip()).startsWith("[").contains("\"unodc\"");
	}

	@Test
	void aBooleanFlagBeforeAnArgumentLeavesTheArgumentAlone() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "org show --json unodc");
		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).contains("\"unodc\"");
	}

	@Test
	void quotingSurvivesFromTheArgumentListToTheCommand() {
		StringWriter text = new StringWriter();
		Outcome outcome = this.dispatcher.execute(
				List.of("person", "add", "--id", "quoted-title", "--name", "Quoted \"Title\" Person", "--title", "a  b"),
				new PrintWriter(text), new InputReader() {
				});
		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		Person added = this.library.get(FactKind.PERSON, "quoted-title");
		assertThat(added.title()).isEqualTo("a  b");
		assertThat(added.name()).isEqualTo("Quoted \"Title\" Person");
	}

}
