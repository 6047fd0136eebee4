package org.briefdesk.briefing;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sections whose text belongs to the briefing, paragraph by paragraph. */
public enum TextKind {

	PURPOSE("purpose", SectionKind.PURPOSE),

	TALKING_POINTS("talking-points", SectionKind.TALKING_POINTS),

	LOGISTICS("logistics", SectionKind.LOGISTICS);

	private final String key;

	private final SectionKind section;

	TextKind(String key, SectionKind section) {
		this.key = key;
		this.section = section;
	}

	public String key() {
		return this.key;
	}

	public SectionKind section() {
		return this.section;
	}

	public static Optional<TextKind> parse(String text) {
		Optional<SectionKind> section = SectionKind.parse(text);
		return Arrays.stream(values()).filter(kind -> section.isPresent() && kind.section == section.get()).findFirst();
	}

	public static String keys() {
		return Arrays.stream(values()).map(TextKind::key).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return this.key;
	}

}
