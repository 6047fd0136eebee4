package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An honorific as written ("H.E. Ambassador Ms.", "Dr. Dr.", "Mme"), read into the parts the
 * rules know, by their spellings: the longest spelling first, case and a final dot ignored.
 * Each part is kept once, in the order and the spelling it first appears in, so "H.E. H.E.
 * Ambassador" prints "H.E. Ambassador"; a word the rules do not know ("Rev.") is kept too,
 * once, and reported.
 *
 * @param parts the parts to print, each once, in order
 * @param keys the keys of the parts the rules know
 * @param unknown the parts the rules do not know
 */
record Honorific(List<String> parts, Set<String> keys, List<String> unknown) {

	static Honorific read(String honorific, Map<String, List<String>> spellings) {
		List<String> parts = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>();
		Set<String> seenUnknown = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		if (honorific == null || ContactRules.isBlank(honorific)) {
			return new Honorific(parts, keys, unknown);
		}
		String[] words = honorific.strip().split("\\s+");
		int i = 0;
		while (i < words.length) {
			String bestKey = null;
			int bestLength = 0;
			for (Map.Entry<String, List<String>> entry : spellings.entrySet()) {
				for (String spelling : entry.getValue()) {
					String[] spelled = spelling.strip().split("\\s+");
					if (spelled.length > bestLength && matchesAt(words, i, spelled)) {
						bestKey = entry.getKey();
						bestLength = spelled.length;
					}
				}
			}
			if (bestKey == null) {
				String word = words[i];
				if (seenUnknown.add(fold(word))) {
					parts.add(word);
					unknown.add(word);
				}
				i++;
				continue;
			}
			if (keys.add(bestKey)) {
				parts.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + bestLength)));
			}
			i += bestLength;
		}
		return new Honorific(List.copyOf(parts), Set.copyOf(keys), List.copyOf(unknown));
	}

	private static boolean matchesAt(String[] words, int start, String[] spelled) {
		if (start + spelled.length > words.length) {
			return false;
		}
		for (int j = 0; j < spelled.length; j++) {
			if (!fold(words[start + j]).equals(fold(spelled[j]))) {
				return false;
			}
		}
		return true;
	}

	/** A word as spellings compare it: lower case, without a final dot or comma. */
	static String fold(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		while (!lower.isEmpty() && (lower.endsWith(".") || lower.endsWith(","))) {
			lower = lower.substring(0, lower.length() - 1);
		}
		return lower;
	}

}
