package org.briefdesk.render.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.briefdesk.render.pdf.TemplateFolder.FontFile;
import org.springframework.stereotype.Component;

/**
 * Finds PDF templates and keeps what was prepared for them (fonts, the compiled XHTML) for
 * as long as their folder does not change.
 */
@Component
class PdfTemplates {

	private final PdfProperties properties;

	private final Map<String, FontSet> fonts = new ConcurrentHashMap<>();

	private final Map<String, PdfTemplate> templates = new ConcurrentHashMap<>();

	PdfTemplates(PdfProperties properties) {
		this.properties = properties;
	}

	/** The folder of a template; {@code null} means the built-in default. */
	TemplateFolder folder(Path directory) {
		return directory == null ? TemplateFolder.BuiltIn.DEFAULT : TemplateFolder.Directory.open(directory);
	}

	/** The fonts of a template, with the extra and CJK fonts of the settings behind them. */
	FontSet fonts(TemplateFolder folder) {
		FontLibrary library = FontLibrary.instance();
		String key = folder.fingerprint() + "|" + this.properties + "|" + library.generation();
		FontSet known = this.fonts.get(key);
		if (known != null) {
			return known;
		}
		List<LoadedFont> templateFonts = new ArrayList<>();
		for (FontFile file : folder.fonts()) {
			templateFonts.add(library.load(file));
		}
		FontSet set = new FontSet(templateFonts, () -> library.systemFonts(this.properties));
		if (!set.hasTextFonts()) {
			throw new org.briefdesk.system.BriefdeskException("no text font in " + folder.label(TemplateFolder.FONTS)
					+ "; a PDF template bundles at least one .ttf or .otf font that covers Latin letters");
		}
		remember(this.fonts, key, set);
		return set;
	}

	PdfTemplate template(TemplateFolder folder) {
		return template(folder, TemplateFolder.MAIN_FILE);
	}

	PdfTemplate template(TemplateFolder folder, String mainFile) {
		String key = folder.fingerprint() + "|" + mainFile + "|" + this.properties;
		PdfTemplate known = this.templates.get(key);
		if (known != null) {
			return known;
		}
		fonts(folder);
		PdfTemplate compiled = PdfTemplate.compile(folder, mainFile);
		remember(this.templates, key, compiled);
		return compiled;
	}

	/**
	 * The fonts to lay a page out with: {@code fonts}, unless the page has text to shape and
	 * shaping is not on yet; then shaping is switched on (see {@link FontLibrary}) and the
	 * font set is built again, with the system fonts if the page needed them.
	 */
	FontSet readyToRender(TemplateFolder folder, FontSet fonts, boolean needsShaping) {
		if (!needsShaping || FontLibrary.instance().isShaping()) {
			return fonts;
		}
		FontLibrary.instance().enableShaping(this.properties);
		FontSet shaped = fonts(folder);
		if (fonts.usesSystemFonts()) {
			shaped.addSystemFonts();
		}
		return shaped;
	}

	/** Keeps a few versions: a template edited during a long session does not pile up. */
	private static <T> void remember(Map<String, T> cache, String key, T value) {
		if (cache.size() >= 16) {
			cache.clear();
		}
		cache.put(key, value);
	}

}
