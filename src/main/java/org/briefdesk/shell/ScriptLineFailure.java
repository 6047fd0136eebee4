package org.briefdesk.shell;

/** A line of a script failed; the message is {@code file:line: reason}, the exit code the line's own. */
class ScriptLineFailure extends RuntimeException {

	private final int exitCode;

	ScriptLineFailure(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return this.exitCode;
	}

}
