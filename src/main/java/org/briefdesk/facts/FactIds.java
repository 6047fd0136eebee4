package org.briefdesk.facts;

import java.util.function.Predicate;

/** Derives the id of a fact from its name when none is given: a slug, unique within its kind. */
public final class FactIds {

	static final int DERIVED_LENGTH = 48;

	private FactIds() {
	}

	/**
	 * The slug of {@code name} ("Åsa Regner" → {@code asa-regner}), with {@code -2},
	 * {@code -3}... when it is taken; the kind's noun when the name has nothing typable.
	 */
	public static String derive(String name, FactKind kind, Predicate<String> taken) {
		String base = TextFolding.slug(name == null ? "" : name, DERIVED_LENGTH);
		if (base.isEmpty()) {
			base = TextFolding.slug(kind.noun(), DERIVED_LENGTH);
		}
		if (!taken.test(base)) {
			return base;
		}
		for (int suffix = 2;; suffix++) {
			String candidate = base + "-" + suffix;
			if (!taken.test(candidate)) {
				return candidate;
			}
		}
	}

}
