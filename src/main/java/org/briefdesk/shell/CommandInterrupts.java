package org.briefdesk.shell;

import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.springframework.stereotype.Component;

/**
 * Ctrl-C while a command runs at the prompt. It is a request, not an interruption of the
 * thread: an interrupted thread closes the files and the database channel it is writing, so
 * a long command looks at {@link #requested()} where it can stop cleanly (between two
 * letters: see {@link ProgressLine}) and every other command simply finishes. Questions,
 * selectors and the pager install a handler of their own while they wait ({@link Prompts}).
 */
@Component
public class CommandInterrupts {

	private final AtomicBoolean requested = new AtomicBoolean();

	/** From now until {@link #disarm}, Ctrl-C on {@code terminal} asks the running command to stop. */
	void arm(Terminal terminal) {
		reset();
		terminal.handle(Signal.INT, signal -> request());
	}

	/** Between commands Ctrl-C is ignored (the line reader handles it while a line is typed). */
	void disarm(Terminal terminal) {
		terminal.handle(Signal.INT, SignalHandler.SIG_IGN);
		reset();
	}

	/** Whether Ctrl-C was pressed since the running command started. */
	boolean requested() {
		return this.requested.get();
	}

	/** Asks the running command to stop, as Ctrl-C does. */
	void request() {
		this.requested.set(true);
	}

	/** Forgets a request: the next command starts afresh. */
	void reset() {
		this.requested.set(false);
	}

}
