package org.briefdesk.shell;

/**
 * The user pressed Ctrl-C (or Ctrl-D) at a question, a selector, a confirmation or the
 * pager: that step is abandoned, the command stops before it changes anything, and the shell
 * goes back to its prompt. A long command stopped by Ctrl-C between two of its steps says
 * what it kept and how to finish ({@link CommandInterrupts}).
 */
public final class Cancelled extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public Cancelled() {
		this("cancelled; nothing was changed");
	}

	/** A command stopped part-way at the user's request; the message says what was kept. */
	public Cancelled(String message) {
		super(message, null, false, false);
	}

}
