package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one id rule of Briefdesk, for facts and briefings alike: what an id looks like, and the
 * id made for something when none is given.
 * <p>
 * An id is lower-case ASCII letters and digits joined by single hyphens, at most
 * {@value #MAX_LENGTH} characters. A made id is at most {@value #MADE_LENGTH} (people type it,
 * and the prompt shows the briefing in use), of whole words only: an organisation's acronym
 * where the title names a known organisation or has an acronym in it, then the meaningful
 * words of the title (no "of", "the", "to"...), then for an event its ISO date:
 * "ICAT Briefing to Member States", 11 June 2026 → {@code icat-briefing-2026-06-11}. A
 * briefing made for an event takes its event's id.
 */
public final class FactIds {

	/** The form of every id. */
	public static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** The longest id a user may give. */
	public static final int MAX_LENGTH = 64;

	/** The longest id Briefdesk makes. */
	public static final int MADE_LENGTH = 32;

	/** An event's id has this many words before its date: the date already tells events apart. */
	private static final int EVENT_WORDS = 2;

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "to", "and", "for", "in", "on", "at",
			"by", "with", "from", "into", "against", "as", "or", "its", "is", "are", "was", "be", "s", "de", "du", "des",
			"la", "le", "les", "et", "y", "del");

	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+");

	private static final Pattern DATE_TAIL = Pattern.compile("^(.*?)-(\\d{4}(?:-\\d{2}){0,2})$");

	private FactIds() {
	}

	/** Why {@code id} is not an id (one line for the user), or null when it is one. */
	public static String checkForm(String id) {
		if (id == null || id.isEmpty()) {
			return "the id is empty";
		}
		if (id.length() > MAX_LENGTH) {
			return "the id '" + id + "' is longer than " + MAX_LENGTH + " characters";
		}
		if (!FORM.matcher(id).matches()) {
			String suggestion = TextFolding.slug(id, MAX_LENGTH);
			return "the id '" + id + "' should be lower-case letters and digits joined by hyphens, e.g. '"
					+ (suggestion.isEmpty() ? "un-women" : suggestion) + "'";
		}
		return null;
	}

	/** The acronyms of organisations by their folded names, for {@link #derive}. */
	public static Map<String, String> acronymsByName(Collection<Organisation> organisations) {
		Map<String, String> acronyms = new LinkedHashMap<>();
		for (Organisation organisation : organisations) {
			if (organisation.acronym() != null && !organisation.acronym().isBlank() && organisation.name() != null
					&& words(organisation.name()).size() > 1) {
				acronyms.put(String.join(" ", words(organisation.name())), organisation.acronym());
			}
		}
		return acronyms;
	}

	/** The id of a fact of {@code kind} named {@code name}, knowing no organisation. */
	public static String derive(String name, FactKind kind, Predicate<String> taken) {
		return derive(kind, name, null, Map.of(), taken);
	}

	/**
	 * The id of a fact named {@code name}: free by {@code taken}, with {@code -2}, {@code -3}...
	 * when the plain one is taken, and the kind's noun when the name has nothing typable.
	 * @param date the date that ends an event's id, or null
	 * @param acronyms known organisations' acronyms by folded name ({@link #acronymsByName})
	 */
	public static String derive(FactKind kind, String name, PartialDate date, Map<String, String> acronyms,
			Predicate<String> taken) {
		List<String> words = kind == FactKind.PERSON || kind == FactKind.QUOTE ? words(name)
				: meaningfulWords(name, acronyms);
		if (kind == FactKind.EVENT && words.size() > EVENT_WORDS) {
			words = words.subList(0, EVENT_WORDS);
		}
		String tail = date == null ? "" : date.toString();
		return free(words.isEmpty() ? words(kind.noun()) : words, tail, taken);
	}

	/**
	 * The id of a briefing for the event {@code eventId}: the event's id, with
	 * {@code -briefing} when the event's id does not say so and there is room, shortened by
	 * whole words (its date kept) when it is long, and {@code -2}, {@code -3}... while taken.
	 */
	public static String forBriefing(String eventId, Predicate<String> taken) {
		List<String> all = words(eventId);
		if (!all.contains("briefing") && join(all, "briefing").length() <= MADE_LENGTH) {
			List<String> withNoun = new ArrayList<>(all);
			withNoun.add("briefing");
			return free(withNoun, "", taken);
		}
		Matcher dated = DATE_TAIL.matcher(eventId);
		List<String> head = new ArrayList<>(words(dated.matches() ? dated.group(1) : eventId));
		if (eventId.length() > MADE_LENGTH) {
			// Too long to type: its meaningful words, as many as fit.
			head.removeIf(STOP_WORDS::contains);
		}
		// A number for a second briefing takes the place of a word, never of the date.
		return free(head, dated.matches() ? dated.group(2) : "", taken);
	}

	/** The longest run of whole words that fits with the tail and, while taken, a number. */
	private static String free(List<String> words, String tail, Predicate<String> taken) {
		for (int n = 1;; n++) {
			String suffix = n == 1 ? "" : "-" + n;
			int room = MADE_LENGTH - suffix.length() - (tail.isEmpty() ? 0 : tail.length() + 1);
			List<String> fitting = new ArrayList<>();
			int length = 0;
			for (String word : words) {
				int added = length == 0 ? word.length() : length + 1 + word.length();
				if (added > room) {
					break;
				}
				fitting.add(word);
				length = added;
			}
			if (fitting.isEmpty() && !words.isEmpty() && tail.isEmpty()) {
				// One word longer than an id can be: the only place a word is cut.
				fitting.add(words.get(0).substring(0, Math.max(1, room)));
			}
			String candidate = join(fitting, tail) + suffix;
			if (!taken.test(candidate)) {
				return candidate;
			}
		}
	}

	private static String join(List<String> words, String tail) {
		String head = String.join("-", words);
		return tail.isEmpty() ? head : head.isEmpty() ? tail : head + "-" + tail;
	}

	/**
	 * Acronyms first (those the title spells, and those of the known organisations it names in
	 * full), then the other words that carry meaning, in their order.
	 */
	static List<String> meaningfulWords(String title, Map<String, String> acronyms) {
		String text = title == null ? "" : title;
		List<String> found = new ArrayList<>();
		Matcher spelled = ACRONYM.matcher(text);
		while (spelled.find()) {
			String acronym = TextFolding.slug(spelled.group(), MAX_LENGTH);
			if (!found.contains(acronym) && isWholeWord(text, spelled.start(), spelled.end())) {
				found.add(acronym);
			}
		}
		List<String> rest = new ArrayList<>(words(text));
		for (Map.Entry<String, String> known : acronyms.entrySet()) {
			List<String> name = List.of(known.getKey().split(" "));
			int at = indexOf(rest, name);
			if (at >= 0) {
				String acronym = TextFolding.slug(known.getValue(), MAX_LENGTH);
				rest.subList(at, at + name.size()).clear();
				if (!found.contains(acronym)) {
					found.add(acronym);
				}
			}
		}
		List<String> meaningful = new ArrayList<>(found);
		for (String word : rest) {
			if (!STOP_WORDS.contains(word) && !found.contains(word) && !meaningful.contains(word)) {
				meaningful.add(word);
			}
		}
		// An acronym with a hyphen (OSRSG-VAC) is two words of the id, kept together.
		List<String> split = new ArrayList<>();
		meaningful.forEach(word -> split.addAll(List.of(word.split("-"))));
		return split;
	}

	private static boolean isWholeWord(String text, int start, int end) {
		return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
				&& (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
	}

	private static int indexOf(List<String> words, List<String> sequence) {
		for (int i = 0; i + sequence.size() <= words.size(); i++) {
			if (words.subList(i, i + sequence.size()).equals(sequence)) {
				return i;
			}
		}
		return -1;
	}

	/** The typable words of a text: folded, split at everything but letters and digits. */
	static List<String> words(String text) {
		String slug = TextFolding.slug(text == null ? "" : text, Integer.MAX_VALUE);
		return slug.isEmpty() ? List.of() : List.of(slug.split("-"));
	}

}
