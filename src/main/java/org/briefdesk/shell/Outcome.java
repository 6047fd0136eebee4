package org.briefdesk.shell;

/**
 * How one command line ended: exit code 0 (done), 1 (failed), 2 (usage) or 130
 * (cancelled with Ctrl-C at the prompt), and for a failure
 * the one line that says why and the exception behind it (for the log and BRIEFDESK_DEBUG).
 */
public record Outcome(int exitCode, String message, Throwable failure) {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	/** Ctrl-C at a question, selector or pager: the shell's convention for an interrupted command. */
	public static final int CANCELLED = 130;

	static Outcome ok() {
		return new Outcome(OK, "", null);
	}

	static Outcome cancelled(Cancelled cancelled) {
		return new Outcome(CANCELLED, cancelled.getMessage(), cancelled);
	}

	public boolean cancelled() {
		return this.exitCode == CANCELLED;
	}

	public boolean succeeded() {
		return this.exitCode == OK;
	}

}
