package org.briefdesk.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.render.pdf.TemplateFolder.FontFile;
import org.briefdesk.system.BriefdeskException;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.TrueTypeUtil;

/**
 * Every font the PDF export has parsed, once per JVM, and the one JVM-wide switch of OpenPDF's
 * layout processor, which shapes Arabic and the other joining and reordering scripts.
 * <p>
 * The processor is switched on once and for good, and it shapes only the fonts parsed
 * <em>after</em> that (each such font also loads into AWT, whose start costs hundreds of
 * milliseconds); a font collection (.ttc, the CJK fonts) can only be parsed <em>before</em>
 * (the processor cannot read a collection member). So the library starts with shaping off: a
 * pack in Latin, Greek or Cyrillic never pays for it. The first pack with text to shape calls
 * {@link #enableShaping}: the system fonts (extra fonts, installed CJK font) are parsed, the
 * processor is switched on, and the faces that need shaping are parsed again; the
 * {@link #generation} changes, so that font sets built before are built again.
 */
final class FontLibrary {

	private static final Log log = LogFactory.getLog(FontLibrary.class);

	private static final FontLibrary INSTANCE = new FontLibrary();

	/** One letter of each script that needs shaping or reordering. */
	private static final int[] COMPLEX_SCRIPT_SAMPLES = { 0x0627, 0x05D0, 0x0710, 0x0780, 0x07CA, 0x0915, 0x0995,
			0x0A15, 0x0A95, 0x0B15, 0x0B95, 0x0C15, 0x0C95, 0x0D15, 0x0D9A, 0x0E01, 0x0E81, 0x0F40, 0x1000, 0x1780,
			0x1820 };

	/** Fonts by file (path, size and time, or class path name). */
	private final Map<String, LoadedFont> fonts = new ConcurrentHashMap<>();

	/**
	 * The same fonts by content: a copied template's unchanged fonts are the built-in ones. Keyed
	 * by length and CRC-32, the bytes compared on a match: a SHA-256 of the 2.6 MB of built-in
	 * fonts took 20 ms of every PDF export and check (the JIT does not reach it that early), the
	 * CRC-32 is native.
	 */
	private final Map<String, ParsedContent> byContent = new ConcurrentHashMap<>();

	/** A font parsed from these bytes (OpenPDF keeps the same array for subsetting). */
	private record ParsedContent(byte[] bytes, LoadedFont font) {
	}

	private final Map<String, List<LoadedFont>> systemFonts = new ConcurrentHashMap<>();

	private volatile int generation;

	private FontLibrary() {
	}

	static FontLibrary instance() {
		return INSTANCE;
	}

	/** Changes when fonts are parsed again for shaping: font sets of an older generation are stale. */
	int generation() {
		return this.generation;
	}

	/** Whether {@link #enableShaping} has run: shaped fonts are ready. */
	boolean isShaping() {
		return this.generation > 0;
	}

	/**
	 * Switches shaping on, JVM-wide and for good: first parses the system fonts (a collection
	 * cannot be parsed later), then forgets the faces that need shaping, so that they are
	 * parsed again, shaped, when next asked for.
	 */
	synchronized void enableShaping(PdfProperties properties) {
		if (LayoutProcessor.isEnabled() && this.generation > 0) {
			return;
		}
		systemFonts(properties);
		if (!LayoutProcessor.isEnabled()) {
			LayoutProcessor.enable();
		}
		this.fonts.values().removeIf(font -> font.complex() && !font.shaped()
				&& !font.key().toLowerCase(Locale.ROOT).contains(".ttc,"));
		this.byContent.values().removeIf(parsed -> parsed.font().complex() && !parsed.font().shaped());
		this.systemFonts.clear();
		this.generation++;
		log.debug("shaping switched on");
	}

	/** The extra fonts of the settings, then the first installed CJK font; in that order. */
	List<LoadedFont> systemFonts(PdfProperties properties) {
		String key = properties.extraFonts() + "|" + properties.cjkFonts();
		List<LoadedFont> known = this.systemFonts.get(key);
		if (known != null) {
			return known;
		}
		synchronized (this) {
			return this.systemFonts.computeIfAbsent(key, any -> {
				List<LoadedFont> result = new ArrayList<>();
				for (FontFile file : systemFontFiles(properties)) {
					result.add(load(file));
				}
				return List.copyOf(result);
			});
		}
	}

	/**
	 * A font, parsed on first use; with shaping if shaping is on. A font with the same content
	 * as one already parsed (a copy of the built-in template) is that font.
	 */
	LoadedFont load(FontFile file) {
		LoadedFont known = this.fonts.get(file.key());
		if (known != null) {
			return known;
		}
		synchronized (this) {
			return this.fonts.computeIfAbsent(file.key(), key -> {
				if (isCollection(file)) {
					if (LayoutProcessor.isEnabled()) {
						throw new BriefdeskException("cannot use the font collection " + file.label()
								+ " after a PDF with Arabic or another shaped script in this session;"
								+ " name it in briefdesk.pdf.extra-fonts, or use a single .ttf or .otf file");
					}
					return parse(file, null, false);
				}
				byte[] bytes = file.read();
				ParsedContent same = this.byContent.computeIfAbsent(contentKey(bytes),
						content -> new ParsedContent(bytes, parse(file, bytes, LayoutProcessor.isEnabled())));
				// two fonts of one length and CRC-32 are the same font only when every byte is
				return Arrays.equals(same.bytes(), bytes) ? same.font() : parse(file, bytes, LayoutProcessor.isEnabled());
			});
		}
	}

	private static List<FontFile> systemFontFiles(PdfProperties properties) {
		List<FontFile> files = new ArrayList<>();
		for (String extra : properties.extraFonts()) {
			files.add(systemFontFile(extra.strip(), true));
		}
		for (String candidate : properties.cjkFonts()) {
			FontFile file = systemFontFile(candidate.strip(), false);
			if (file != null) {
				files.add(file);
				break;
			}
		}
		return files;
	}

	/** A font file named in the settings: {@code /path/font.ttf} or {@code /path/fonts.ttc#2}. */
	private static FontFile systemFontFile(String setting, boolean required) {
		String pathText = setting;
		String index = "";
		int hash = setting.lastIndexOf('#');
		if (hash > 0 && setting.substring(0, hash).toLowerCase(Locale.ROOT).endsWith(".ttc")) {
			pathText = setting.substring(0, hash);
			index = setting.substring(hash + 1).strip();
			if (!index.matches("\\d{1,3}")) {
				throw new BriefdeskException("briefdesk.pdf.extra-fonts: " + setting
						+ " names no member of the collection; write FILE.ttc#0, FILE.ttc#1, ...");
			}
		}
		else if (setting.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
			index = "0";
		}
		Path path = Path.of(pathText).toAbsolutePath();
		String lower = pathText.toLowerCase(Locale.ROOT);
		boolean known = lower.endsWith(".ttc") || TemplateFolder.isFontFile(lower);
		if (!Files.isReadable(path) || !known) {
			if (!required) {
				return null;
			}
			throw new BriefdeskException(!known
					? "briefdesk.pdf.extra-fonts: " + setting + " is not a .ttf, .otf or .ttc font file"
					: "briefdesk.pdf.extra-fonts: no font file " + path + "; fix the setting or install the font");
		}
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
			String name = index.isEmpty() ? path.toString() : path + "," + index;
			String key = name + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
			return new FontFile(key, name, index.isEmpty() ? path.toString() : path + "#" + index,
					index.isEmpty() ? path : null, null);
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot read font " + path + ": " + failed.getMessage());
		}
	}

	private static boolean isCollection(FontFile file) {
		return file.baseFontName().toLowerCase(Locale.ROOT).contains(".ttc,");
	}

	private static boolean coversComplexScript(BaseFont font) {
		for (int sample : COMPLEX_SCRIPT_SAMPLES) {
			if (font.charExists(sample)) {
				return true;
			}
		}
		return false;
	}

	private static String contentKey(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return bytes.length + ":" + Long.toHexString(crc.getValue());
	}

	/**
	 * Parses one font; OpenPDF's own cache stays out of the way (a cache hit would load the
	 * font for shaping again).
	 */
	private static LoadedFont parse(FontFile file, byte[] bytes, boolean shaped) {
		try {
			BaseFont font = BaseFont.createFont(file.baseFontName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					bytes, null);
			FontDescription description = bytes == null ? TrueTypeUtil.extractDescription(file.baseFontName(), font, null)
					: TrueTypeUtil.extractDescription(file.label(), bytes, font, false, null, null);
			Collection<String> families = TrueTypeUtil.getFamilyNames(font);
			String family = families.isEmpty() ? font.getPostscriptFontName() : families.iterator().next();
			return new LoadedFont(file.key(), family, font, description, file.label(), coversComplexScript(font),
					shaped && LayoutProcessor.supportsFont(font));
		}
		catch (IOException | RuntimeException broken) {
			throw new BriefdeskException("cannot use font " + file.label() + ": "
					+ (broken.getMessage() == null ? broken.getClass().getSimpleName() : broken.getMessage()));
		}
	}

}
