package org.briefdesk.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * layout processor (the shaping of Arabic and other joining scripts).
 * <p>
 * The processor is switched on once and for good, and it shapes only the fonts parsed
 * <em>after</em> that; a font collection (.ttc) can only be parsed <em>before</em> (the
 * processor cannot read a collection member). So {@link #start} parses the system fonts (CJK,
 * extra fonts) and the built-in template's fonts first, switches the processor on, then parses
 * again only the faces that need shaping. Latin text is thus never sent through the shaper,
 * which would cost time for nothing. Fonts of other templates are parsed later, with shaping.
 */
final class FontLibrary {

	private static final Log log = LogFactory.getLog(FontLibrary.class);

	private static final FontLibrary INSTANCE = new FontLibrary();

	/** One letter of each script that needs shaping or reordering. */
	private static final int[] COMPLEX_SCRIPT_SAMPLES = { 0x0627, 0x05D0, 0x0710, 0x0780, 0x07CA, 0x0915, 0x0995,
			0x0A15, 0x0A95, 0x0B15, 0x0B95, 0x0C15, 0x0C95, 0x0D15, 0x0D9A, 0x0E01, 0x0E81, 0x0F40, 0x1000, 0x1780,
			0x1820 };

	private final Map<String, LoadedFont> fonts = new ConcurrentHashMap<>();

	/** The same fonts by content: a copied template's unchanged fonts are the built-in ones. */
	private final Map<String, LoadedFont> byContent = new ConcurrentHashMap<>();

	private final Map<String, List<LoadedFont>> systemFonts = new ConcurrentHashMap<>();

	private volatile boolean started;

	private FontLibrary() {
	}

	static FontLibrary instance() {
		return INSTANCE;
	}

	/**
	 * Parses the system fonts named by the settings and the fonts of the built-in template,
	 * then switches shaping on. Does the work on the first call in the JVM only.
	 */
	void start(PdfProperties properties, TemplateFolder builtIn) {
		if (this.started) {
			return;
		}
		synchronized (this) {
			if (this.started) {
				return;
			}
			long begin = System.nanoTime();
			List<FontFile> first = new ArrayList<>(systemFontFiles(properties));
			first.addAll(builtIn.fonts());
			List<FontFile> needShaping = new ArrayList<>();
			for (FontFile file : first) {
				byte[] bytes = isCollection(file) ? null : file.read();
				LoadedFont font = parse(file, bytes, false);
				this.fonts.put(file.key(), font);
				if (needsShaping(font) && bytes != null) {
					needShaping.add(file);
				}
				else if (bytes != null) {
					this.byContent.put(digest(bytes), font);
				}
			}
			if (!LayoutProcessor.isEnabled()) {
				LayoutProcessor.enable();
			}
			for (FontFile file : needShaping) {
				byte[] bytes = file.read();
				LoadedFont font = parse(file, bytes, true);
				this.fonts.put(file.key(), font);
				this.byContent.put(digest(bytes), font);
			}
			this.started = true;
			log.debug("fonts ready in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
		}
	}

	/** The extra fonts of the settings, then the first installed CJK font; in that order. */
	List<LoadedFont> systemFonts(PdfProperties properties) {
		return this.systemFonts.computeIfAbsent(properties.extraFonts() + "|" + properties.cjkFonts(), key -> {
			List<LoadedFont> result = new ArrayList<>();
			for (FontFile file : systemFontFiles(properties)) {
				result.add(load(file));
			}
			return List.copyOf(result);
		});
	}

	/**
	 * A template's font, parsed on first use. A font with the same content as one already
	 * parsed (a copy of the built-in template) is that font: parsed after shaping was switched
	 * on, a Latin font would needlessly go through the shaper.
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
								+ " after the first PDF of this session; name it in briefdesk.pdf.extra-fonts,"
								+ " or use a single .ttf or .otf file");
					}
					return parse(file, null, false);
				}
				byte[] bytes = file.read();
				return this.byContent.computeIfAbsent(digest(bytes),
						content -> parse(file, bytes, LayoutProcessor.isEnabled()));
			});
		}
	}

	private static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
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
			return new FontFile(key, name, name, index.isEmpty() ? path : null, null);
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot read font " + path + ": " + failed.getMessage());
		}
	}

	private static boolean isCollection(FontFile file) {
		return file.baseFontName().toLowerCase(Locale.ROOT).contains(".ttc,");
	}

	private static boolean needsShaping(LoadedFont font) {
		for (int sample : COMPLEX_SCRIPT_SAMPLES) {
			if (font.covers(sample)) {
				return true;
			}
		}
		return false;
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
			return new LoadedFont(file.key(), family, font, description, file.label(),
					shaped && LayoutProcessor.supportsFont(font));
		}
		catch (IOException | RuntimeException broken) {
			throw new BriefdeskException("cannot use font " + file.label() + ": "
					+ (broken.getMessage() == null ? broken.getClass().getSimpleName() : broken.getMessage()));
		}
	}

}
