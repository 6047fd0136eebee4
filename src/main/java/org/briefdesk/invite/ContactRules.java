package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every invitee must satisfy, however it is added: a family name or a full name, values
 * that fit the store, no NUL (which PostgreSQL cannot store), and a language that is a
 * language code, since it picks a template file ({@code invitation.fr.docx}) and must not be
 * able to name any other file.
 */
final class ContactRules {

	static final int MAX_NAME = 1000;

	static final int MAX_FULL_NAME = 2000;

	static final int MAX_HONORIFIC = 200;

	static final int MAX_TITLE = 2000;

	static final int MAX_ORGANISATION = 1000;

	static final int MAX_EMAIL = 320;

	static final int MAX_NOTE = 10000;

	/** ISO 639 code with optional subtags: en, fr, pt-BR, zh-Hant. */
	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

	private ContactRules() {
	}

	static List<String> problems(Contact contact) {
		List<String> problems = new ArrayList<>();
		if (isBlank(contact.familyName()) && isBlank(contact.fullName())) {
			problems.add("no family_name and no full_name; an invitee needs at least one of them");
		}
		length(problems, "honorific", contact.honorific(), MAX_HONORIFIC);
		length(problems, "given_name", contact.givenName(), MAX_NAME);
		length(problems, "family_name", contact.familyName(), MAX_NAME);
		length(problems, "full_name", contact.fullName(), MAX_FULL_NAME);
		length(problems, "title", contact.title(), MAX_TITLE);
		length(problems, "organisation", contact.organisation(), MAX_ORGANISATION);
		length(problems, "email", contact.email(), MAX_EMAIL);
		String language = contact.language();
		if (language != null && !isBlank(language) && !LANGUAGE.matcher(language.strip()).matches()) {
			problems.add("language '" + language + "' is not a language code; write en, fr, es, ... (ISO 639)");
		}
		return problems;
	}

	static void length(List<String> problems, String column, String value, int max) {
		if (value == null) {
			return;
		}
		if (value.indexOf('\u0000') >= 0) {
			problems.add(column + " holds a NUL character, which cannot be stored; remove it");
		}
		if (value.length() > max) {
			problems.add(column + " is " + value.length() + " characters long; at most " + max);
		}
	}

	/** Null, empty, or white space only (no-break spaces included); a zero-width character is not white space. */
	static boolean isBlank(String value) {
		if (value == null) {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

}
