package org.briefdesk;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.DataDirectory;
import org.springframework.core.NestedExceptionUtils;

/** Turns an exception that stopped the application context into one line for the user. */
final class StartupFailures {

	private StartupFailures() {
	}

	static String describe(Throwable failure, DataDirectory home) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BriefdeskException known) {
				return known.getMessage();
			}
		}
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		return "could not start (" + root.getClass().getSimpleName() + ": " + root.getMessage() + "); details in "
				+ home.path().resolve("briefdesk.log");
	}

}
