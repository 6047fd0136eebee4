package org.briefdesk.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The role a chairpersonship gives its organisations: one chair, or co-chairs side by side. */
public enum ChairRole {

	CHAIR("chair", "chair", "chair"),

	CO_CHAIR("co-chair", "co-chairs", "co-chairpersonship");

	private final String key;

	private final String plural;

	private final String office;

	ChairRole(String key, String plural, String office) {
		this.key = key;
		this.plural = plural;
		this.office = office;
	}

	/** What a user types and the files store: {@code co-chair}. */
	public String key() {
		return this.key;
	}

	/** "co-chairs", "chair": the holders as a list names them. */
	public String plural() {
		return this.plural;
	}

	/** "co-chairpersonship", "chair": the office, for messages. */
	public String office() {
		return this.office;
	}

	/** Reads a role in any case: {@code co-chair}, {@code cochair}, {@code co-chairs}, {@code chair}. */
	public static Optional<ChairRole> parse(String text) {
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		String normalised = switch (wanted) {
			case "cochair", "co-chairs", "cochairs", "co-chairperson", "co-chairpersonship" -> "co-chair";
			case "chairs", "chairperson", "chairpersonship" -> "chair";
			default -> wanted;
		};
		return Arrays.stream(values()).filter(role -> role.key.equals(normalised)).findFirst();
	}

	public static String keys() {
		return Arrays.stream(values()).map(ChairRole::key).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return this.key;
	}

}
