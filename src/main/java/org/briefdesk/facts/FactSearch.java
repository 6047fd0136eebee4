package org.briefdesk.facts;

import java.util.Arrays;
import java.util.List;

import org.briefdesk.system.UsageException;
import org.springframework.stereotype.Service;

/**
 * Finds facts of every kind by words, ignoring case and accents: "poznanski" finds
 * Poznański, "asa" finds Åsa. Every word must occur (in any field); facts whose name or
 * title has a word starting with each word come first, then by kind, then by label.
 */
@Service
public class FactSearch {

	public static final int DEFAULT_LIMIT = 50;

	private final SearchIndex index;

	public FactSearch(SearchIndex index) {
		this.index = index;
	}

	public List<SearchIndex.Hit> search(String text, List<FactKind> kinds, int limit) {
		List<String> words = Arrays.stream((text == null ? "" : text).strip().split("\\s+"))
			.filter(word -> !word.isBlank())
			.toList();
		if (words.isEmpty()) {
			throw new UsageException("give a word to search for, e.g. `search poznanski`");
		}
		if (limit < 1) {
			throw new UsageException("--limit must be 1 or more");
		}
		return this.index.find(words, kinds, limit);
	}

}
