package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that turn an invitee's honorific, title and language into a salutation and a
 * closing, as read (and validated) from {@code forms-of-address.yaml} by
 * {@link FormsOfAddressFile}. Data, not code: a secretariat edits the file, not Briefdesk.
 * What a rule prints never lacks its fields: a rule whose fields are empty for an invitee
 * does not apply, and the last rule of every language (the neutral form) needs none but the
 * full name, which every invitee has. So nobody is greeted "Dear ,".
 *
 * @param source where the rules come from, for messages
 * @param defaultLanguage the language whose rules serve a language without its own
 * @param honorifics every recognised honorific by key, with its spellings
 * @param languages the rules of each language, in order
 */
public record FormsOfAddress(String source, String defaultLanguage, Map<String, List<String>> honorifics,
		Map<String, List<Rule>> languages) {

	/** The fields a rule's text may name in braces. */
	public static final List<String> FIELDS = List.of("honorific", "given_name", "family_name", "full_name", "title",
			"organisation");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	public FormsOfAddress {
		honorifics = copy(honorifics);
		Map<String, List<Rule>> rules = new LinkedHashMap<>();
		languages.forEach((language, list) -> rules.put(language, List.copyOf(list)));
		languages = java.util.Collections.unmodifiableMap(rules);
	}

	/**
	 * One rule.
	 * @param line where it is in its file, for messages
	 * @param honorifics the honorific keys it applies to (empty: none by honorific)
	 * @param titleWords words in the title it applies to
	 * @param titleNotWords words in the title that stop {@code titleWords} applying
	 * @param salutation the salutation, with {field} placeholders
	 * @param closing the closing, with {field} placeholders
	 */
	public record Rule(int line, List<String> honorifics, List<String> titleWords, List<String> titleNotWords,
			String salutation, String closing) {

		public Rule {
			honorifics = List.copyOf(honorifics);
			titleWords = List.copyOf(titleWords);
			titleNotWords = List.copyOf(titleNotWords);
		}

		/** A rule without condition: it applies to everyone. */
		public boolean neutral() {
			return this.honorifics.isEmpty() && this.titleWords.isEmpty();
		}

		boolean matches(Set<String> honorificKeys, String title) {
			if (neutral()) {
				return true;
			}
			if (this.honorifics.stream().anyMatch(honorificKeys::contains)) {
				return true;
			}
			String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
			return this.titleWords.stream().anyMatch(word -> lower.contains(word.toLowerCase(Locale.ROOT)))
					&& this.titleNotWords.stream().noneMatch(word -> lower.contains(word.toLowerCase(Locale.ROOT)));
		}

		/** How messages name the rule: its salutation. */
		String label() {
			return "\"" + this.salutation + "\"";
		}

	}

	/**
	 * How one invitee is addressed.
	 * @param salutation "Excellency,", "Dear Ms. Antonova,"
	 * @param closing the closing that goes with it
	 * @param addressee the honorific (each part once, in order) and the full name:
	 * "H.E. Ambassador Ms. Hanna Antonova"
	 * @param language the language whose rules were used
	 * @param languageFound whether the rules have the language asked for (else the default's were used)
	 * @param passedOver the rules that matched the invitee's honorific or title but were passed over
	 * because a field they print is empty, each with the missing fields
	 * @param unknownHonorifics parts of the honorific that the rules do not know ("Rev.")
	 */
	public record Address(String salutation, String closing, String addressee, String language, boolean languageFound,
			List<PassedOver> passedOver, List<String> unknownHonorifics) {
	}

	/** A rule that would have applied had these fields not been empty. */
	public record PassedOver(String salutation, List<String> missingFields) {
	}

	/** The language code the rules have for {@code language}: itself, its primary subtag (fr for fr-CH), or none. */
	public Optional<String> languageFor(String language) {
		String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		if (this.languages.containsKey(code)) {
			return Optional.of(code);
		}
		int dash = code.indexOf('-');
		if (dash > 0 && this.languages.containsKey(code.substring(0, dash))) {
			return Optional.of(code.substring(0, dash));
		}
		return Optional.empty();
	}

	/** How {@code contact} is addressed in a letter in {@code language}. */
	public Address address(Contact contact, String language) {
		Optional<String> found = languageFor(language);
		String used = found.orElse(this.defaultLanguage);
		Honorific honorific = Honorific.read(contact.honorific(), this.honorifics);
		Map<String, String> values = values(contact);
		List<PassedOver> passedOver = new ArrayList<>();
		for (Rule rule : this.languages.get(used)) {
			if (!rule.matches(honorific.keys(), contact.title())) {
				continue;
			}
			List<String> missing = new ArrayList<>();
			missing.addAll(missingFields(rule.salutation(), values));
			missingFields(rule.closing(), values).stream().filter(field -> !missing.contains(field)).forEach(missing::add);
			if (!missing.isEmpty()) {
				passedOver.add(new PassedOver(rule.salutation(), missing));
				continue;
			}
			return new Address(fill(rule.salutation(), values), fill(rule.closing(), values),
					addressee(honorific, contact.fullName()), used, found.isPresent(), passedOver, honorific.unknown());
		}
		// Unreachable with a validated file: the last rule is neutral and needs only the full name.
		throw new IllegalStateException(this.source + ": no rule of language " + used + " applies to " + contact.fullName());
	}

	/** The field names a text uses in braces, in order, each once. */
	static List<String> placeholders(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1).strip());
		}
		return List.copyOf(names);
	}

	private static List<String> missingFields(String text, Map<String, String> values) {
		return placeholders(text).stream().filter(field -> ContactRules.isBlank(values.get(field))).toList();
	}

	private static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(filled, Matcher.quoteReplacement(values.get(matcher.group(1).strip())));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private static Map<String, String> values(Contact contact) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("honorific", contact.honorific());
		values.put("given_name", contact.givenName());
		values.put("family_name", contact.familyName());
		values.put("full_name", contact.fullName());
		values.put("title", contact.title());
		values.put("organisation", contact.organisation());
		return values;
	}

	private static String addressee(Honorific honorific, String fullName) {
		String name = fullName == null ? "" : fullName;
		List<String> parts = new ArrayList<>(honorific.parts());
		// "Dr." as honorific and "Dr. Jane Doe" as name: print the honorific once.
		parts.removeIf(part -> startsWithWord(name, part));
		return parts.isEmpty() ? name : String.join(" ", parts) + " " + name;
	}

	private static boolean startsWithWord(String name, String honorificPart) {
		String[] nameWords = name.strip().split("\\s+");
		String[] partWords = honorificPart.split("\\s+");
		if (partWords.length > nameWords.length) {
			return false;
		}
		for (int i = 0; i < partWords.length; i++) {
			if (!Honorific.fold(partWords[i]).equals(Honorific.fold(nameWords[i]))) {
				return false;
			}
		}
		// A name word that merely spells like an honorific ("M. Sall" is fine, "Miss" alone is a name) needs more words after it.
		return nameWords.length > partWords.length;
	}

	private static Map<String, List<String>> copy(Map<String, List<String>> map) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(key, List.copyOf(value)));
		return java.util.Collections.unmodifiableMap(copy);
	}

}
