package org.briefdesk.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Folds text for matching and for ids: lower case, accents removed ("Poznański" and
 * "Poznanski" fold alike, "Åsa" becomes "asa"), letters that do not decompose spelled out
 * ("ł" → "l", "ß" → "ss"), and Cyrillic and Greek transliterated, so that a user can type
 * every name on a plain keyboard.
 */
public final class TextFolding {

	private static final Map<Character, String> SPELLED_OUT = Map.ofEntries(Map.entry('ł', "l"), Map.entry('đ', "d"),
			Map.entry('ð', "d"), Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ß', "ss"),
			Map.entry('þ', "th"), Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('ŋ', "ng"), Map.entry('ŧ', "t"),
			Map.entry('ſ', "s"), Map.entry('ĸ', "k"), Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('–', "-"),
			Map.entry('—', "-"));

	private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";

	private static final String[] CYRILLIC_LATIN = { "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l",
			"m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
			"i", "yi", "ye", "g", "u" };

	private static final String GREEK = "αβγδεζηθικλμνξοπρσςτυφχψω";

	private static final String[] GREEK_LATIN = { "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x",
			"o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o" };

	private TextFolding() {
	}

	/** Lower case, without accents, Cyrillic and Greek in Latin letters; other scripts are kept. */
	public static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String lower = text.toLowerCase(Locale.ROOT);
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
				continue;
			}
			String spelled = SPELLED_OUT.get(c);
			if (spelled != null) {
				folded.append(spelled);
				continue;
			}
			int cyrillic = CYRILLIC.indexOf(c);
			if (cyrillic >= 0) {
				folded.append(CYRILLIC_LATIN[cyrillic]);
				continue;
			}
			int greek = GREEK.indexOf(c);
			if (greek >= 0) {
				folded.append(GREEK_LATIN[greek]);
				continue;
			}
			folded.append(c);
		}
		return Normalizer.normalize(folded, Normalizer.Form.NFC);
	}

	/**
	 * A short id from a name: folded, ASCII letters and digits joined by single hyphens, at
	 * most {@code maxLength} characters (cut at a hyphen); empty when nothing typable is left
	 * (a name in a script Briefdesk does not transliterate).
	 */
	public static String slug(String text, int maxLength) {
		String folded = fold(text);
		StringBuilder slug = new StringBuilder();
		boolean hyphen = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (hyphen && slug.length() > 0) {
					slug.append('-');
				}
				slug.append(c);
				hyphen = false;
			}
			else if (c != '\'') {
				hyphen = true;
			}
		}
		if (slug.length() <= maxLength) {
			return slug.toString();
		}
		int cut = slug.lastIndexOf("-", maxLength);
		return slug.substring(0, cut > 0 ? cut : maxLength);
	}

}
