package org.briefdesk.system;

/** An id that names nothing; the message says which list shows the ids. */
public class NotFoundException extends BriefdeskException {

	public NotFoundException(String message) {
		super(message);
	}

}
