package org.briefdesk.system;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a file name out of data (a briefing id, a person's name) that is safe on every
 * system: no path separators or {@code ..}, no control or bidirectional-override characters,
 * no name Windows reserves, at most 120 bytes of UTF-8. Letters of every script are kept.
 */
public final class SafeFileNames {

	private static final int MAX_BYTES = 120;

	private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
			"com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
			"lpt8", "lpt9");

	private SafeFileNames() {
	}

	/** A safe base name (without extension); never empty, never "." or "..". */
	public static String of(String raw) {
		String text = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC);
		StringBuilder safe = new StringBuilder();
		text.codePoints().forEach(codePoint -> {
			if (Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK
					|| Character.getType(codePoint) == Character.COMBINING_SPACING_MARK) {
				safe.appendCodePoint(codePoint);
			}
			else if (codePoint == '-' || codePoint == '_' || codePoint == '.') {
				safe.appendCodePoint(codePoint);
			}
			else if (Character.isWhitespace(codePoint) || codePoint == '/' || codePoint == '\\' || codePoint == ':') {
				safe.append('-');
			}
			// everything else (controls, bidi overrides, quotes, wildcards) is dropped
		});
		String name = safe.toString().replaceAll("-{2,}", "-").replaceAll("\\.{2,}", ".");
		name = name.replaceAll("^[-.]+", "").replaceAll("[-.]+$", "");
		if (name.isEmpty()) {
			name = "unnamed";
		}
		String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
		if (WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
			name = "_" + name;
		}
		return truncateToBytes(name, MAX_BYTES);
	}

	private static String truncateToBytes(String name, int maxBytes) {
		if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
			return name;
		}
		StringBuilder kept = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < name.length();) {
			int codePoint = name.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + size > maxBytes) {
				break;
			}
			kept.appendCodePoint(codePoint);
			bytes += size;
			i += Character.charCount(codePoint);
		}
		return kept.toString();
	}

}
