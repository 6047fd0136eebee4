package org.briefdesk.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of fact, with the words the shell, the files and the messages use for each. */
public enum FactKind {

	ORGANISATION("organisation", "organisations", "org"),

	PERSON("person", "people", "person"),

	PRIORITY_SET("priority set", "priorities", "priorities"),

	STATISTIC("statistic", "statistics", "stat"),

	QUOTE("quote", "quotes", "quote"),

	EVENT("event", "events", "event"),

	/** Who chairs the coordination body, and when: {@code chair list}, the file {@code chairpersonships.yaml}. */
	CHAIRPERSONSHIP("chairpersonship", "chairpersonships", "chair");

	private final String noun;

	private final String plural;

	private final String command;

	FactKind(String noun, String plural, String command) {
		this.noun = noun;
		this.plural = plural;
		this.command = command;
	}

	/** "person", "priority set": in messages ("no person 'x'"). */
	public String noun() {
		return this.noun;
	}

	/** "people", "priorities": the top-level key in YAML files and the name of the sample file. */
	public String plural() {
		return this.plural;
	}

	/** "org", "person", "priorities": the noun of the shell commands. */
	public String command() {
		return this.command;
	}

	/** Reads what a user may type for a kind: its noun, plural or command word, in any case. */
	public static Optional<FactKind> parse(String text) {
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
		return Arrays.stream(values())
			.filter(kind -> kind.noun.equals(wanted) || kind.plural.equals(wanted) || kind.command.equals(wanted)
					|| kind.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(wanted)
					|| (kind == ORGANISATION && (wanted.equals("organization") || wanted.equals("organizations")
							|| wanted.equals("orgs"))))
			.findFirst();
	}

}
