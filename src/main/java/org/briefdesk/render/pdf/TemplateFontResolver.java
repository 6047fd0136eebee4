package org.briefdesk.render.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * Resolves CSS font families to the template's fonts (already parsed, shared across renders).
 * Unlike Flying Saucer's own resolver it knows none of the 14 standard PDF fonts, which are
 * never embedded: a family the template does not bundle falls back to one of its text fonts,
 * so every font in the PDF is embedded. One resolver serves one render.
 */
final class TemplateFontResolver extends ITextFontResolver {

	private final FontSet fonts;

	private final Map<String, FontDescription> resolved = new HashMap<>();

	TemplateFontResolver(FontSet fonts) {
		this.fonts = fonts;
	}

	@Override
	protected Map<String, FontFamily> loadFonts() {
		return new HashMap<>();
	}

	@Override
	public FSFont resolveFont(SharedContext context, FontSpecification spec) {
		IdentValue style = spec.fontStyle == IdentValue.ITALIC || spec.fontStyle == IdentValue.OBLIQUE ? spec.fontStyle
				: IdentValue.NORMAL;
		int weight = convertWeightToInt(spec.fontWeight == null ? IdentValue.NORMAL : spec.fontWeight);
		String key = Arrays.toString(spec.families) + '|' + weight + '|' + style;
		FontDescription description = this.resolved.computeIfAbsent(key, any -> describe(spec.families, weight, style));
		return new ITextFSFont(description, spec.size);
	}

	private FontDescription describe(String[] families, int weight, IdentValue style) {
		if (families != null) {
			for (String family : families) {
				Optional<LoadedFont> bundled = this.fonts.match(family, weight, style);
				if (bundled.isPresent()) {
					return bundled.get().description();
				}
				// a family the template declared with @font-face
				FontFamily declared = getFonts().get(unquote(family));
				if (declared != null) {
					FontDescription match = declared.match(weight, style);
					if (match != null) {
						return match;
					}
				}
			}
		}
		String first = families == null || families.length == 0 ? "serif" : families[0];
		return this.fonts.fallbackText(first, weight, style)
			.map(LoadedFont::description)
			.orElseThrow(() -> new IllegalStateException("the template has no fonts"));
	}

	private static String unquote(String family) {
		String name = family.strip();
		if (name.length() > 1 && (name.startsWith("\"") || name.startsWith("'"))) {
			return name.substring(1, name.length() - 1);
		}
		return name;
	}

}
