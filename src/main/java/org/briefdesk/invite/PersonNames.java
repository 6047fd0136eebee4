package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a name as the library keeps it ("Hanna Antonova", "James S. Gilmore III", "Maria
 * de la Cruz", "Gehrke") into given and family name, the way a salutation needs them: the
 * family name is the last word with the lower-case particles before it (de la, van der, bin,
 * al); a generational suffix (Jr., III) belongs to neither, and stays in the full name. A
 * name of one word is a family name: the library stores only a surname where the sources
 * give only that. Only for people taken from the library: a file's columns are never split.
 */
final class PersonNames {

	private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "di", "da", "das", "do",
			"dos", "du", "la", "le", "van", "von", "ter", "ten", "bin", "binti", "ibn", "al", "el", "y", "zu", "af", "av");

	private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v");

	/** A name in two parts; either may be empty, never null. */
	record Split(String given, String family) {
	}

	private PersonNames() {
	}

	static Split split(String name) {
		if (name == null || name.isBlank()) {
			return new Split("", "");
		}
		List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
		while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT).replace(",", ""))) {
			words.remove(words.size() - 1);
		}
		if (words.size() == 1) {
			return new Split("", stripComma(words.get(0)));
		}
		int familyStart = words.size() - 1;
		while (familyStart > 1 && PARTICLES.contains(words.get(familyStart - 1))) {
			familyStart--;
		}
		return new Split(String.join(" ", words.subList(0, familyStart)),
				stripComma(String.join(" ", words.subList(familyStart, words.size()))));
	}

	private static String stripComma(String text) {
		return text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
	}

}
