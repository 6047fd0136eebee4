package org.briefdesk.system;

/**
 * A file could not be written. When the cause is the folder or its disk (read-only, not
 * writable, full) rather than the one file, every other file going there would fail the same
 * way, and a run of many files stops at the first instead of repeating the line for each.
 */
public class CannotWriteException extends BriefdeskException {

	private final boolean ofTheFolder;

	CannotWriteException(String message, Throwable cause, boolean ofTheFolder) {
		super(message, cause);
		this.ofTheFolder = ofTheFolder;
	}

	/** Whether every write into the same folder would fail too (read-only, not writable, full). */
	public boolean ofTheFolder() {
		return this.ofTheFolder;
	}

}
