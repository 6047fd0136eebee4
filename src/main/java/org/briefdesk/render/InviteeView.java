package org.briefdesk.render;

/**
 * The invitee of one invitation letter, as its template sees it under {@code invitee}:
 * every value as the invitee list holds it (an unknown one is empty, never null), and the
 * salutation and closing made for the letter's language by the forms of address. Names are
 * snake_case, as the invitee files name their columns.
 */
public record InviteeView(
		@Field("The invitee's id within the event, e.g. \"moreno-ana\"") String id,
		@Field("Sequence number within the event, from 1, in the order of addition") int number,
		@Field("Honorific as given, e.g. \"H.E. Ambassador\", \"Ms.\"; may be empty") String honorific,
		@Field(value = "Given name; may be empty", name = "given_name") String givenName,
		@Field(value = "Family name; may be empty", name = "family_name") String familyName,
		@Field(value = "Full name, e.g. \"Ana Moreno\"", name = "full_name") String fullName,
		@Field("Title or position, e.g. \"Permanent Representative\"; may be empty") String title,
		@Field("Mission or organisation; may be empty") String organisation,
		@Field("E-mail address; may be empty") String email,
		@Field("Language of the letter, an ISO 639 code, e.g. \"fr\"") String language,
		@Field("Honorific (each part once, in order) and full name, e.g. \"H.E. Ambassador Ms. Ana Moreno\"") String addressee,
		@Field("Salutation for the language, e.g. \"Excellency,\", \"Dear Ms. Moreno,\", \"Madame,\"") String salutation,
		@Field("Closing for the language, e.g. \"Yours sincerely,\"") String closing) {

	/** The name of the group in an invitation template's data. */
	public static final String GROUP = "invitee";

}
