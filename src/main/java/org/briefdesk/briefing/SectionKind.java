package org.briefdesk.briefing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.briefdesk.render.PackSection;

/** The kinds of section a briefing is made of, in the order of a full pack. */
public enum SectionKind implements PackSection {

	COVER("cover", "Cover"),

	PURPOSE("purpose", "Purpose and background"),

	PROGRAMME("programme", "Programme"),

	PANELISTS("panelists", "Panelists"),

	PRIORITIES("priorities", "Chair's priorities"),

	FIGURES("figures", "Key figures"),

	QUOTES("quotes", "Quotes"),

	TALKING_POINTS("talking-points", "Talking points"),

	LOGISTICS("logistics", "Logistics"),

	/** The invitees of the event who accepted: shown only when there are some. */
	PARTICIPANTS("participants", "Participants"),

	SOURCES("sources", "Sources");

	private final String key;

	private final String heading;

	SectionKind(String key, String heading) {
		this.key = key;
		this.heading = heading;
	}

	/** What a user types and the files store: {@code talking-points}. */
	@Override
	public String key() {
		return this.key;
	}

	/** The heading a pack prints: "Talking points". */
	@Override
	public String heading() {
		return this.heading;
	}

	/** Reads a key in any case, with hyphens, underscores or spaces, or a few plain synonyms. */
	public static Optional<SectionKind> parse(String text) {
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		String normalised = switch (wanted) {
			case "background", "purpose-and-background" -> "purpose";
			case "agenda" -> "programme";
			case "panel", "panelist" -> "panelists";
			case "chair-priorities", "chairs-priorities", "priority" -> "priorities";
			case "key-figures", "figure", "statistics", "stats" -> "figures";
			case "quote" -> "quotes";
			case "points", "talking-point" -> "talking-points";
			case "source", "notes" -> "sources";
			case "participant", "attendance", "attendees", "attendance-list" -> "participants";
			default -> wanted;
		};
		return Arrays.stream(values()).filter(kind -> kind.key.equals(normalised)).findFirst();
	}

	/** All keys, for messages: "cover, purpose, ...". */
	public static String keys() {
		return Arrays.stream(values()).map(SectionKind::key).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return this.key;
	}

}
