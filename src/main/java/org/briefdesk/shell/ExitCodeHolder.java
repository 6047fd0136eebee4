package org.briefdesk.shell;

import org.springframework.stereotype.Component;

/** The exit code the run ends with; the one-shot runner sets it, {@code main} returns it. */
@Component
public class ExitCodeHolder {

	private volatile int exitCode;

	public int exitCode() {
		return this.exitCode;
	}

	void set(int exitCode) {
		this.exitCode = exitCode;
	}

}
