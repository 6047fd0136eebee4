package org.briefdesk.invite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns an invitee file may have, and the names a spreadsheet gives them. A header
 * cell is compared with case, spaces, underscores and hyphens ignored, so "First name",
 * "first_name" and "FIRST-NAME" are one column. {@code id} and {@code number} (which
 * {@code invite export} writes) are read and ignored: Briefdesk gives both.
 */
enum InviteeColumns {

	HONORIFIC("honorific", "prefix"),
	GIVEN_NAME("given_name", "given name", "given names", "first name", "firstname", "forename"),
	FAMILY_NAME("family_name", "family name", "last name", "lastname", "surname"),
	FULL_NAME("full_name", "full name", "name"),
	TITLE("title", "position", "job title"),
	ORGANISATION("organisation", "organization", "mission", "delegation"),
	EMAIL("email", "e-mail", "mail", "email address", "e-mail address"),
	LANGUAGE("language", "lang"),
	PERSON("person_id", "person"),
	STATUS("status", "response"),
	NOTE("note", "notes"),
	IGNORED("id", "number", "no");

	private static final Map<String, InviteeColumns> BY_KEY = new LinkedHashMap<>();

	static {
		for (InviteeColumns column : values()) {
			for (String name : column.names) {
				BY_KEY.put(key(name), column);
			}
		}
	}

	private final List<String> names;

	InviteeColumns(String... names) {
		this.names = List.of(names);
	}

	/** The name {@code invite export} writes and messages use. */
	String canonical() {
		return this.names.get(0);
	}

	static Optional<InviteeColumns> of(String headerCell) {
		return Optional.ofNullable(BY_KEY.get(key(headerCell)));
	}

	/** "honorific, given_name, ...": the columns a file may have, for a message. */
	static String known() {
		StringBuilder known = new StringBuilder();
		for (InviteeColumns column : values()) {
			if (column != IGNORED) {
				known.append(known.length() == 0 ? "" : ", ").append(column.canonical());
			}
		}
		return known.toString();
	}

	private static String key(String name) {
		StringBuilder key = new StringBuilder();
		String lower = name.strip().toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c != ' ' && c != '_' && c != '-' && c != '\u00A0' && c != '\t') {
				key.append(c);
			}
		}
		return key.toString();
	}

}
