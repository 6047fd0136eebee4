package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** Ctrl-C while a command runs is a request the command sees, and only while it runs. */
class CommandInterruptsTest {

	@Test
	void ctrlCWhileACommandRunsIsRequestedAndForgottenWhenItEnds() throws Exception {
		try (Terminal terminal = TerminalBuilder.builder()
			.streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
			.system(false)
			.dumb(true)
			.build()) {
			CommandInterrupts interrupts = new CommandInterrupts();
			interrupts.arm(terminal);
			assertThat(interrupts.requested()).isFalse();
			terminal.raise(Signal.INT);
			assertThat(interrupts.requested()).isTrue();
			interrupts.disarm(terminal);
			assertThat(interrupts.requested()).isFalse();
			terminal.raise(Signal.INT);
			assertThat(interrupts.requested()).isFalse();
		}
	}

	@Test
	void theProgressLineStopsTheCommandAtTheNextCountSayingHowFarItGot() {
		CommandInterrupts interrupts = new CommandInterrupts();
		Output quiet = new Output(new java.io.PrintWriter(new java.io.StringWriter()), () -> Screen.PIPE, false);
		ProgressLine progress = new ProgressLine(quiet, "letters", interrupts, "rerun with --resume");
		progress.update(1, 10);
		interrupts.request();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> progress.update(2, 10))
			.isInstanceOf(Cancelled.class)
			.hasMessage("stopped by Ctrl-C after 2 of 10 letters; rerun with --resume");
		progress.update(10, 10); // the last count: nothing is left to stop
	}

}
