package org.briefdesk.system;

/**
 * A failure the user caused or can fix: bad data, an unknown id, a refused overwrite. Its
 * message is the one line the user sees (what, where, what to do); the exit code is 1.
 */
public class BriefdeskException extends RuntimeException {

	public BriefdeskException(String message) {
		super(message);
	}

	public BriefdeskException(String message, Throwable cause) {
		super(message, cause);
	}

}
