package org.briefdesk.briefing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The part a person plays on the panel of one briefing. */
public enum PanelRole {

	CHAIR("chair", "Chair"),

	CO_CHAIR("co-chair", "Co-chair"),

	MODERATOR("moderator", "Moderator"),

	SPEAKER("speaker", "Speaker"),

	DISCUSSANT("discussant", "Discussant");

	private final String key;

	private final String label;

	PanelRole(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** What a user types and the files store: {@code co-chair}. */
	public String key() {
		return this.key;
	}

	/** How a pack prints it: "Co-chair". */
	public String label() {
		return this.label;
	}

	public static Optional<PanelRole> parse(String text) {
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		if (wanted.equals("cochair") || wanted.equals("co-chairperson")) {
			wanted = "co-chair";
		}
		if (wanted.equals("chairperson")) {
			wanted = "chair";
		}
		String key = wanted;
		return Arrays.stream(values()).filter(role -> role.key.equals(key)).findFirst();
	}

	public static String keys() {
		return Arrays.stream(values()).map(PanelRole::key).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return this.key;
	}

}
