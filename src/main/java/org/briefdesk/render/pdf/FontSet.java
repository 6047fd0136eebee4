package org.briefdesk.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.xhtmlrenderer.css.constants.IdentValue;

/**
 * The fonts one template can use, and which of them sets a given character.
 * <p>
 * Flying Saucer picks one font per element and has no per-character fallback. So the
 * template's <em>text fonts</em> (the faces that cover basic Latin, e.g. Noto Serif and Noto
 * Sans) set whatever they all cover; any other character is set, in its own element, in the
 * first <em>fallback font</em> that has it: the template's other fonts (e.g. Noto Naskh
 * Arabic), then the extra fonts of the settings, then the installed CJK font. A character no
 * font has is a {@link MissingGlyph}.
 */
final class FontSet {

	/** {@link #fallbackFor} of a character the text fonts set. */
	static final int TEXT = -1;

	/** {@link #fallbackFor} of a character no font has. */
	static final int NONE = -2;

	private static final int CACHED = 0x3400;

	private final Map<String, List<LoadedFont>> families = new LinkedHashMap<>();

	private final List<LoadedFont> textFaces = new ArrayList<>();

	private final List<String> fallbackFamilies = new ArrayList<>();

	private final List<List<LoadedFont>> fallbackFaces = new ArrayList<>();

	private final String serifFamily;

	private final String sansFamily;

	/** fallbackFor of the first characters, + 3 (0 = not computed yet). */
	private final byte[] cache = new byte[CACHED];

	/** The extra and CJK fonts, parsed only when a character needs them (the CJK font is big). */
	private volatile Supplier<List<LoadedFont>> systemFonts;

	FontSet(List<LoadedFont> templateFonts, Supplier<List<LoadedFont>> systemFonts) {
		for (LoadedFont font : templateFonts) {
			this.families.computeIfAbsent(key(font.family()), name -> new ArrayList<>()).add(font);
			if (font.isText()) {
				this.textFaces.add(font);
			}
		}
		for (LoadedFont font : templateFonts) {
			if (!font.isText()) {
				addFallback(font);
			}
		}
		this.systemFonts = systemFonts;
		String serif = null;
		String sans = null;
		for (LoadedFont face : this.textFaces) {
			String family = face.family();
			boolean isSans = family.toLowerCase(Locale.ROOT).contains("sans");
			if (isSans && sans == null) {
				sans = family;
			}
			if (!isSans && serif == null) {
				serif = family;
			}
		}
		this.serifFamily = serif != null ? serif : sans;
		this.sansFamily = sans != null ? sans : serif;
	}

	/** Whether a character needed the system fonts, so that the page may name their families. */
	boolean usesSystemFonts() {
		return this.systemFonts == null;
	}

	/** Adds the system fonts to the fallbacks, once. */
	synchronized void addSystemFonts() {
		if (this.systemFonts == null) {
			return;
		}
		for (LoadedFont font : this.systemFonts.get()) {
			addFallback(font);
			this.families.computeIfAbsent(key(font.family()), name -> new ArrayList<>()).add(font);
		}
		this.systemFonts = null;
	}

	private void addFallback(LoadedFont font) {
		int index = this.fallbackFamilies.indexOf(font.family());
		if (index < 0) {
			this.fallbackFamilies.add(font.family());
			this.fallbackFaces.add(new ArrayList<>());
			index = this.fallbackFamilies.size() - 1;
		}
		this.fallbackFaces.get(index).add(font);
	}

	private static String key(String family) {
		return family.toLowerCase(Locale.ROOT);
	}

	boolean hasTextFonts() {
		return !this.textFaces.isEmpty();
	}

	/**
	 * Which font sets a character: {@link #TEXT} for the text fonts, the index of a fallback
	 * family, or {@link #NONE}.
	 */
	int fallbackFor(int codePoint) {
		if (codePoint < CACHED) {
			int cached = this.cache[codePoint];
			if (cached != 0) {
				return cached - 3;
			}
			int computed = compute(codePoint);
			this.cache[codePoint] = (byte) (computed + 3);
			return computed;
		}
		return compute(codePoint);
	}

	private int compute(int codePoint) {
		if (!this.textFaces.isEmpty() && this.textFaces.stream().allMatch(face -> face.covers(codePoint))) {
			return TEXT;
		}
		int found = fallbackCovering(codePoint);
		if (found == NONE && this.systemFonts != null) {
			addSystemFonts();
			found = fallbackCovering(codePoint);
		}
		return found;
	}

	private synchronized int fallbackCovering(int codePoint) {
		for (int index = 0; index < this.fallbackFaces.size() && index < 120; index++) {
			if (this.fallbackFaces.get(index).get(0).covers(codePoint)) {
				return index;
			}
		}
		return NONE;
	}

	/** Whether a fallback family has a character (for keeping punctuation inside its run). */
	synchronized boolean fallbackCovers(int index, int codePoint) {
		return this.fallbackFaces.get(index).get(0).covers(codePoint);
	}

	synchronized String fallbackFamily(int index) {
		return this.fallbackFamilies.get(index);
	}

	/**
	 * The face of a family closest to the weight and style asked for (the rules of CSS
	 * font matching, simplified); CSS generic names map to the text fonts; a family the
	 * template does not bundle is looked for among the system fonts.
	 */
	synchronized Optional<LoadedFont> match(String family, int weight, IdentValue style) {
		List<LoadedFont> faces = this.families.get(key(resolveGeneric(family)));
		if ((faces == null || faces.isEmpty()) && this.systemFonts != null) {
			// a family this set has not needed yet may be a system font's (parsed once per JVM)
			addSystemFonts();
			faces = this.families.get(key(resolveGeneric(family)));
		}
		if (faces == null || faces.isEmpty()) {
			return Optional.empty();
		}
		List<LoadedFont> candidates = faces.stream().filter(face -> sameStyle(face.style(), style)).toList();
		if (candidates.isEmpty() && style == IdentValue.ITALIC) {
			candidates = faces.stream().filter(face -> face.style() == IdentValue.OBLIQUE).toList();
		}
		if (candidates.isEmpty()) {
			candidates = faces.stream().filter(face -> face.style() == IdentValue.NORMAL).toList();
		}
		if (candidates.isEmpty()) {
			candidates = faces;
		}
		LoadedFont best = null;
		for (LoadedFont face : candidates) {
			if (best == null || distance(face.weight(), weight) < distance(best.weight(), weight)) {
				best = face;
			}
		}
		return Optional.ofNullable(best);
	}

	/** The text family used where a template names a family that is not bundled. */
	synchronized Optional<LoadedFont> fallbackText(String requested, int weight, IdentValue style) {
		String generic = requested == null ? "" : requested.toLowerCase(Locale.ROOT);
		String family = generic.contains("sans") || generic.contains("helvetica") || generic.contains("arial")
				? this.sansFamily : this.serifFamily;
		if (family == null) {
			return this.families.keySet().stream().findFirst().flatMap(any -> match(any, weight, style));
		}
		return match(family, weight, style);
	}

	private String resolveGeneric(String family) {
		String name = family.strip();
		if (name.length() > 1 && (name.startsWith("\"") || name.startsWith("'"))) {
			name = name.substring(1, name.length() - 1);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if ((lower.equals("serif") || lower.equals("times") || lower.equals("times new roman")) && this.serifFamily != null) {
			return this.serifFamily;
		}
		if ((lower.equals("sans-serif") || lower.equals("helvetica") || lower.equals("arial")) && this.sansFamily != null) {
			return this.sansFamily;
		}
		return name;
	}

	private static boolean sameStyle(IdentValue have, IdentValue want) {
		if (want == IdentValue.ITALIC || want == IdentValue.OBLIQUE) {
			return have == IdentValue.ITALIC || have == IdentValue.OBLIQUE;
		}
		return have == IdentValue.NORMAL;
	}

	/** Lighter faces are preferred for weights up to 500, bolder ones above (CSS Fonts 3). */
	private static int distance(int have, int want) {
		int gap = Math.abs(have - want);
		boolean wrongSide = want <= 500 ? have > want : have < want;
		return gap * 2 + (wrongSide ? 1 : 0);
	}

}
