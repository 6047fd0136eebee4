package org.briefdesk.system;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.jline.utils.Levenshtein;

/**
 * The one edit distance behind every "did you mean": a mistyped command or option, an unknown
 * key in an import file, an unknown field in a Word template. JLine's Damerau–Levenshtein
 * distance (already on the class path for the shell) counts two swapped letters as one edit,
 * the commonest typo ({@code preson} for {@code person}).
 */
public final class Suggestions {

	/** Further than this, a known word is a different word, not a typo of it. */
	private static final int MAX_EDITS = 2;

	private Suggestions() {
	}

	/** Edits (insert, delete, replace, swap two neighbours) from one text to the other, ignoring case. */
	public static int distance(String a, String b) {
		return Levenshtein.distance(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
	}

	/**
	 * The known word closest to the typed one, when it is at most two edits away and keeps at
	 * least one of the typed characters (so that {@code ab} does not suggest {@code id}); the
	 * first of equally close words wins. Empty for a word typed exactly as known.
	 */
	public static Optional<String> closest(String typed, Collection<String> known) {
		return known.stream()
			.filter(candidate -> !candidate.equals(typed))
			.filter(candidate -> {
				int edits = distance(candidate, typed);
				return edits <= MAX_EDITS && edits < typed.length();
			})
			.min(Comparator.comparingInt(candidate -> distance(candidate, typed)));
	}

}
