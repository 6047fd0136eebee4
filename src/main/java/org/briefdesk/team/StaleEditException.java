package org.briefdesk.team;

import org.briefdesk.system.BriefdeskException;

/**
 * An edit made from a version that is no longer the stored one: someone changed the fact or
 * briefing after it was read. Nothing was written; the message names what changed meanwhile
 * and who changed it.
 */
public class StaleEditException extends BriefdeskException {

	private final int readVersion;

	private final int storedVersion;

	public StaleEditException(String message, int readVersion, int storedVersion) {
		super(message);
		this.readVersion = readVersion;
		this.storedVersion = storedVersion;
	}

	public int readVersion() {
		return this.readVersion;
	}

	public int storedVersion() {
		return this.storedVersion;
	}

}
