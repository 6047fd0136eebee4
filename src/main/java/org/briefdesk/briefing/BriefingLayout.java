package org.briefdesk.briefing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.briefdesk.briefing.SectionKind.COVER;
import static org.briefdesk.briefing.SectionKind.FIGURES;
import static org.briefdesk.briefing.SectionKind.LOGISTICS;
import static org.briefdesk.briefing.SectionKind.PANELISTS;
import static org.briefdesk.briefing.SectionKind.PRIORITIES;
import static org.briefdesk.briefing.SectionKind.PROGRAMME;
import static org.briefdesk.briefing.SectionKind.PURPOSE;
import static org.briefdesk.briefing.SectionKind.QUOTES;
import static org.briefdesk.briefing.SectionKind.SOURCES;
import static org.briefdesk.briefing.SectionKind.TALKING_POINTS;

/** The section lists a new briefing can start from; sections can be added, moved and removed later. */
public enum BriefingLayout {

	FULL("full", "every section: cover, purpose, programme, panelists, priorities, figures, quotes, talking points, logistics, participants (when invitees have accepted), sources",
			List.of(SectionKind.values())),

	SHORT("short", "a two-page note: cover, purpose, panelists, key figures, talking points, sources",
			List.of(COVER, PURPOSE, PANELISTS, FIGURES, TALKING_POINTS, SOURCES)),

	PROGRAMME_ONLY("programme", "for participants: cover, programme, panelists, logistics",
			List.of(COVER, PROGRAMME, PANELISTS, LOGISTICS)),

	SPEAKER("speaker", "for a speaker: cover, purpose, priorities, key figures, quotes, talking points, sources",
			List.of(COVER, PURPOSE, PRIORITIES, FIGURES, QUOTES, TALKING_POINTS, SOURCES));

	private final String key;

	private final String description;

	private final List<SectionKind> sections;

	BriefingLayout(String key, String description, List<SectionKind> sections) {
		this.key = key;
		this.description = description;
		this.sections = sections;
	}

	public String key() {
		return this.key;
	}

	public String description() {
		return this.description;
	}

	public List<SectionKind> sections() {
		return this.sections;
	}

	public static Optional<BriefingLayout> parse(String text) {
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(layout -> layout.key.equals(wanted)).findFirst();
	}

	public static String keys() {
		return Arrays.stream(values()).map(BriefingLayout::key).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return this.key;
	}

}
