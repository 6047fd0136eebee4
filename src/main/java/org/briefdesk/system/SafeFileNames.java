package org.briefdesk.system;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a file name out of data (a briefing id, a person's name) that is safe on every
 * system: no path separators or {@code ..}, no control, zero-width or bidirectional
 * characters (all of them format or control characters, which are dropped), no name Windows
 * reserves (CON, NUL.txt, COM1...), no trailing dot or space, at most 120 bytes of UTF-8 cut
 * on a character boundary. Letters of every script are kept, in NFC.
 * {@link Unique} makes names unique within one folder the way file systems compare them.
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
		return of(raw, MAX_BYTES);
	}

	/**
	 * A safe base name of at most {@code maxBytes} bytes of UTF-8, so that an extension and a
	 * suffix still fit in the 120 bytes a whole name may take.
	 */
	public static String of(String raw, int maxBytes) {
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
		// "..-..-x" (what a path becomes) must not keep its dots: a run of dots and dashes with a dash is one dash
		String name = safe.toString().replaceAll("[-.]*-[-.]*", "-").replaceAll("\\.{2,}", ".");
		name = name.replaceAll("^[-.]+", "").replaceAll("[-.]+$", "");
		if (name.isEmpty()) {
			name = "unnamed";
		}
		String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
		if (WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
			name = "_" + name;
		}
		int limit = Math.max(8, Math.min(maxBytes, MAX_BYTES));
		// Dropping a character between a letter and its combining mark ("z", U+0001, U+030C)
		// leaves text that is no longer NFC, and a cut can do the same: normalise again until
		// the name is NFC and fits (composing only ever shortens it).
		do {
			name = Normalizer.normalize(truncateToBytes(name, limit), Normalizer.Form.NFC);
		}
		while (name.getBytes(StandardCharsets.UTF_8).length > limit);
		// a cut can leave a trailing dot or dash
		name = name.replaceAll("[-.]+$", "");
		return name.isEmpty() ? "unnamed" : name;
	}

	/** The most bytes of UTF-8 a whole file name (base, suffix and extension) takes. */
	public static int maxBytes() {
		return MAX_BYTES;
	}

	/**
	 * Names made unique within one folder: two names that a file system could take for the
	 * same (equal after Unicode NFC normalisation and case folding: "Müller" written with
	 * a combining diaeresis, "MÜLLER") get suffixes {@code -2}, {@code -3}... in the order
	 * they are claimed. Not thread-safe.
	 */
	public static final class Unique {

		private final java.util.Set<String> taken = new java.util.HashSet<>();

		/**
		 * A safe, unique base name for {@code raw}; the longest of {@code extensions} still
		 * fits in 120 bytes with it. All extensions share the base (letter.docx, letter.pdf).
		 */
		public String claim(String raw, String... extensions) {
			int extension = 0;
			for (String e : extensions) {
				extension = Math.max(extension, e.getBytes(StandardCharsets.UTF_8).length);
			}
			String base = of(raw, MAX_BYTES - extension);
			if (this.taken.add(fold(base))) {
				return base;
			}
			for (int n = 2;; n++) {
				String suffix = "-" + n;
				String shorter = of(base, MAX_BYTES - extension - suffix.length()) + suffix;
				if (this.taken.add(fold(shorter))) {
					return shorter;
				}
			}
		}

		/** Reserves a name already in use (a file of the folder), so that no claim gets it. */
		public void reserve(String name) {
			this.taken.add(fold(name));
		}

	}

	/** How file systems may compare names: NFC, then case folded (ß → ss, Σ/ς → σ). */
	public static String fold(String name) {
		String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
		return Normalizer.normalize(nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
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
