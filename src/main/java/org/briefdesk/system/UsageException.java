package org.briefdesk.system;

/** The command line itself is wrong: an unknown command or option, a missing one. Exit code 2. */
public class UsageException extends BriefdeskException {

	public UsageException(String message) {
		super(message);
	}

}
