package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.shell.KeyboardTerminal.CTRL_C;
import static org.briefdesk.shell.KeyboardTerminal.DOWN;
import static org.briefdesk.shell.KeyboardTerminal.ENTER;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.briefdesk.facts.PartialDate;
import org.jline.terminal.Attributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.shell.jline.tui.component.support.SelectorItem;

/**
 * Each step that waits for a person, typed on a terminal with a real line discipline: Ctrl-C
 * abandons the step and leaves the terminal as it found it (echo on, line mode), and a refused
 * answer is asked again with its reason.
 */
class PromptsTest {

	private final KeyboardTerminal keyboard = new KeyboardTerminal(24);

	private final Prompts prompts = this.keyboard.prompts();

	private final Attributes before = this.keyboard.attributes();

	@AfterEach
	void close() throws Exception {
		this.keyboard.close();
	}

	private static List<SelectorItem<String>> items(String... names) {
		return java.util.Arrays.stream(names).map(name -> SelectorItem.of(name, name.toLowerCase())).toList();
	}

	private void assertCancelledWithTheTerminalRestored(CompletableFuture<?> step) {
		assertThat(KeyboardTerminal.outcome(step)).isInstanceOf(Cancelled.class);
		assertThat(this.keyboard.echoes()).as("echo is on again").isTrue();
		assertThat(this.keyboard.readsLines()).as("no raw mode is left").isTrue();
		assertThat(this.keyboard.attributes().getLocalFlags()).isEqualTo(this.before.getLocalFlags());
		assertThat(this.keyboard.attributes().getInputFlags()).isEqualTo(this.before.getInputFlags());
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
	}

	@Test
	void ctrlCInASelectorCancelsTheStepAndRestoresTheTerminal() {
		CompletableFuture<String> step = this.keyboard
			.start(() -> this.prompts.chooseOne("Layout", items("Full", "Short", "Speaker"), null));
		this.keyboard.awaitScreen("Layout");
		this.keyboard.type(DOWN + CTRL_C);
		assertCancelledWithTheTerminalRestored(step);
	}

	@Test
	void aSelectorStillTakesAChoiceWithEnter() {
		CompletableFuture<String> step = this.keyboard
			.start(() -> this.prompts.chooseOne("Layout", items("Full", "Short", "Speaker"), null));
		this.keyboard.awaitScreen("Layout");
		this.keyboard.type(DOWN + ENTER);
		assertThat(KeyboardTerminal.outcome(step)).isEqualTo("short");
		assertThat(this.keyboard.echoes()).isTrue();
	}

	@Test
	void ctrlCInAMultiSelectorCancelsTheStepAndRestoresTheTerminal() {
		CompletableFuture<List<String>> step = this.keyboard
			.start(() -> this.prompts.chooseMany("Panelists", items("Hanna Antonova", "Tea Machaidze")));
		this.keyboard.awaitScreen("Panelists");
		this.keyboard.type(" " + CTRL_C);
		assertCancelledWithTheTerminalRestored(step);
	}

	@Test
	void ctrlCInAConfirmationCancelsTheStepAndRestoresTheTerminal() {
		CompletableFuture<Boolean> step = this.keyboard
			.start(() -> this.prompts.confirm("Create the briefing?", "Create it", "Cancel"));
		this.keyboard.awaitScreen("Create the briefing?");
		this.keyboard.type(CTRL_C);
		assertCancelledWithTheTerminalRestored(step);
	}

	@Test
	void ctrlCAtAQuestionCancelsTheStepAndRestoresTheTerminal() {
		CompletableFuture<String> step = this.keyboard.start(() -> this.prompts.ask("Title", "ICAT briefing", true));
		this.keyboard.awaitScreen("Title: ");
		this.keyboard.type("half an answ" + CTRL_C);
		assertCancelledWithTheTerminalRestored(step);
	}

	@Test
	void ctrlCAtAnAddCommandsQuestionCancelsIt() throws Exception {
		CompletableFuture<String> step = this.keyboard.start(() -> {
			try {
				return this.prompts.inputReader().readInput("Name: ");
			}
			catch (Exception failure) {
				throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
			}
		});
		this.keyboard.awaitScreen("Name: ");
		this.keyboard.type(CTRL_C);
		assertCancelledWithTheTerminalRestored(step);
	}

	@Test
	void ctrlCInThePagerStopsItAndRestoresTheTerminal() {
		String text = String.join("\n", IntStream.rangeClosed(1, 100).mapToObj(n -> "line " + n).toList());
		CompletableFuture<Boolean> step = this.keyboard.start(() -> {
			this.prompts.page(text);
			return true;
		});
		this.keyboard.awaitScreen("SPACE next page");
		this.keyboard.type(CTRL_C);
		// Stopping the pager changes nothing, so it is not a cancellation: the command just ends.
		assertThat(KeyboardTerminal.outcome(step)).isEqualTo(true);
		assertThat(this.keyboard.screen()).contains("line 23").doesNotContain("line 24\n");
		assertThat(this.keyboard.echoes()).isTrue();
		assertThat(this.keyboard.readsLines()).isTrue();
		assertThat(this.keyboard.attributes().getLocalFlags()).isEqualTo(this.before.getLocalFlags());
	}

	@Test
	void aRefusedAnswerIsAskedAgainWithTheReason() {
		CompletableFuture<PartialDate> step = this.keyboard
			.start(() -> this.prompts.ask("Date", "", PartialDate::parseWritten));
		this.keyboard.awaitScreen("Date: ");
		this.keyboard.type("32 March 2027" + ENTER);
		this.keyboard.awaitScreen("March has no day 32");
		// The refused answer is offered again for editing: clear it and type a good one.
		this.keyboard.type("\u0015" + "18 March 2027" + ENTER);
		assertThat(KeyboardTerminal.outcome(step)).isEqualTo(PartialDate.parse("2027-03-18"));
		assertThat(this.keyboard.screen()).contains("(Ctrl-C cancels)");
	}

	@Test
	void aProposedAnswerIsTakenWithEnterOrEdited() {
		CompletableFuture<String> step = this.keyboard.start(() -> this.prompts.ask("Id", "icat-briefing-2027-03-18", true));
		this.keyboard.awaitScreen("Id: ");
		this.keyboard.type("\b\b\b\b\b\b" + ENTER);
		assertThat(KeyboardTerminal.outcome(step)).isEqualTo("icat-briefing-2027");
	}

	@Test
	void answersAreNotKeptInAnyHistory() {
		CompletableFuture<String> step = this.keyboard.start(() -> this.prompts.ask("Title", "", true));
		this.keyboard.awaitScreen("Title: ");
		this.keyboard.type("A secret answer" + ENTER);
		assertThat(KeyboardTerminal.outcome(step)).isEqualTo("A secret answer");
		assertThat(this.prompts.questionReader().getHistory().size()).isZero();
	}

}
