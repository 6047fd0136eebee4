package org.briefdesk.briefing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parts of a briefing that can be marked for review: what may have gone out of date when
 * a briefing is copied onto a later meeting. The keys are the section keys, plus the title
 * (with the subtitle) and the event's details.
 */
public enum ReviewPart {

	TITLE("title", "the title and subtitle", null),

	EVENT("event", "the event's details", null),

	PURPOSE("purpose", "purpose and background", SectionKind.PURPOSE),

	PROGRAMME("programme", "the programme", SectionKind.PROGRAMME),

	PANELISTS("panelists", "the panel", SectionKind.PANELISTS),

	PRIORITIES("priorities", "the chair's priorities", SectionKind.PRIORITIES),

	FIGURES("figures", "the key figures", SectionKind.FIGURES),

	QUOTES("quotes", "the quotes", SectionKind.QUOTES),

	TALKING_POINTS("talking-points", "the talking points", SectionKind.TALKING_POINTS),

	LOGISTICS("logistics", "logistics", SectionKind.LOGISTICS);

	private final String key;

	private final String description;

	private final SectionKind section;

	ReviewPart(String key, String description, SectionKind section) {
		this.key = key;
		this.description = description;
		this.section = section;
	}

	/** What a user types and the library stores: {@code talking-points}. */
	public String key() {
		return this.key;
	}

	/** "the key figures": for messages. */
	public String description() {
		return this.description;
	}

	/** The section the part is shown in; none for the title and the event. */
	public Optional<SectionKind> section() {
		return Optional.ofNullable(this.section);
	}

	/** Reads a key, or a section's synonym ({@code panel}, {@code key-figures}, {@code cover}). */
	public static Optional<ReviewPart> parse(String text) {
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		if (wanted.equals("title") || wanted.equals("subtitle") || wanted.equals("cover")) {
			return Optional.of(TITLE);
		}
		if (wanted.equals("event")) {
			return Optional.of(EVENT);
		}
		Optional<SectionKind> section = SectionKind.parse(wanted);
		return Arrays.stream(values()).filter(part -> section.isPresent() && part.section == section.get()).findFirst();
	}

	public static String keys() {
		return Arrays.stream(values()).map(ReviewPart::key).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return this.key;
	}

}
