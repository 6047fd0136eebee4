package org.briefdesk.shell;

/**
 * How one command line ended: exit code 0 (done), 1 (failed) or 2 (usage), and for a failure
 * the one line that says why and the exception behind it (for the log and BRIEFDESK_DEBUG).
 */
public record Outcome(int exitCode, String message, Throwable failure) {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	static Outcome ok() {
		return new Outcome(OK, "", null);
	}

	public boolean succeeded() {
		return this.exitCode == OK;
	}

}
