package org.briefdesk.shell;

/**
 * The user pressed Ctrl-C (or Ctrl-D) at a question, a selector, a confirmation or the
 * pager: that step is abandoned, the command stops before it changes anything, and the shell
 * goes back to its prompt.
 */
public final class Cancelled extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public Cancelled() {
		super("cancelled; nothing was changed", null, false, false);
	}

}
