package org.briefdesk.invite;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One person invited to one event.
 *
 * @param eventId the event
 * @param id the short id, unique within the event ({@code antonova-hanna})
 * @param number the sequence number within the event, from 1, in the order of addition
 * @param contact who it is, as given
 * @param status what they answered
 * @param note a note on the answer ("sends a deputy"), if any
 * @param createdAt when the invitee was added
 * @param updatedAt when the invitee last changed
 */
public record Invitee(String eventId, String id, int number, Contact contact, ResponseStatus status, String note,
		LocalDateTime createdAt, LocalDateTime updatedAt) {

	/** The language every invitee without one gets. */
	public static final String DEFAULT_LANGUAGE = "en";

	public Invitee {
		status = status == null ? ResponseStatus.NO_REPLY : status;
	}

	public String honorific() {
		return this.contact.honorific();
	}

	public String givenName() {
		return this.contact.givenName();
	}

	public String familyName() {
		return this.contact.familyName();
	}

	public String fullName() {
		return this.contact.fullName();
	}

	public String title() {
		return this.contact.title();
	}

	public String organisation() {
		return this.contact.organisation();
	}

	public String email() {
		return this.contact.email();
	}

	/** The language as given; null when none was. */
	public String language() {
		return this.contact.language();
	}

	public String personId() {
		return this.contact.personId();
	}

	/**
	 * The language letters and forms of address use: the one given, as a lower-case code
	 * ({@code FR} and {@code fr} are the same), else {@value #DEFAULT_LANGUAGE}.
	 */
	public String languageCode() {
		String given = this.contact.language();
		return given == null || given.isBlank() ? DEFAULT_LANGUAGE : given.strip().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public Invitee withContact(Contact newContact, LocalDateTime now) {
		return new Invitee(this.eventId, this.id, this.number, newContact, this.status, this.note, this.createdAt, now);
	}

	public Invitee withResponse(ResponseStatus newStatus, String newNote, LocalDateTime now) {
		return new Invitee(this.eventId, this.id, this.number, this.contact, newStatus, newNote, this.createdAt, now);
	}

}
