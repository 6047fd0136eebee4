package org.briefdesk.render.invitation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One letter to write: who it is for, in which language, and the invitee's fields as the
 * templates name them ({@code {{invitee.salutation}}}).
 *
 * @param number the letter's place in the list, from 1: the {@code NNN} of its file name
 * @param inviteeId the invitee's id, as the manifest and {@code only} name it
 * @param language the working language (ISO 639-1, e.g. "fr"); chooses the template
 * @param givenName for the file name
 * @param familyName for the file name
 * @param invitee the fields {@code invitee.*}: honorific, given_name, family_name,
 * full_name, addressee (the name with its honorific; the full name when not given), title,
 * organisation, email, language, salutation, closing, id, number; kept as
 * given (byte for byte), a null value printed empty
 */
public record Letter(int number, String inviteeId, String language, String givenName, String familyName,
		Map<String, Object> invitee) {

	/** The keys every letter's {@code invitee} has (missing ones are added empty). */
	public static final java.util.List<String> INVITEE_FIELDS = java.util.List.of("honorific", "given_name",
			"family_name", "full_name", "title", "organisation", "email", "language", "addressee", "salutation", "closing",
			"id", "number");

	public Letter {
		if (number < 1) {
			throw new IllegalArgumentException("letter numbers start at 1: " + number);
		}
		inviteeId = inviteeId == null ? "" : inviteeId;
		language = language == null || language.isBlank() ? "" : language.strip();
		givenName = givenName == null ? "" : givenName;
		familyName = familyName == null ? "" : familyName;
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String key : INVITEE_FIELDS) {
			fields.put(key, "");
		}
		fields.put("id", inviteeId);
		fields.put("number", number);
		fields.put("language", language);
		fields.put("given_name", givenName);
		fields.put("family_name", familyName);
		if (invitee != null) {
			invitee.forEach((key, value) -> fields.put(key, value == null ? "" : value));
		}
		if ("".equals(fields.get("addressee"))) {
			fields.put("addressee", fields.get("full_name"));
		}
		invitee = Collections.unmodifiableMap(fields);
	}

}
