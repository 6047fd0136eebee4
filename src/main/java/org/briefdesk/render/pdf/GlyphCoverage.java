package org.briefdesk.render.pdf;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.briefdesk.render.PackModel;
import org.springframework.stereotype.Service;

/**
 * Finds the characters of a pack that no configured font has (template fonts, extra fonts,
 * the installed CJK font), with the field and value they are in. Flying Saucer has no
 * per-character fallback; {@code export pdf} refuses a pack with such a character, and
 * {@code briefing check} lists them.
 */
@Service
public class GlyphCoverage {

	private final PdfTemplates templates;

	GlyphCoverage(PdfTemplates templates) {
		this.templates = templates;
	}

	/** The characters that the default template's fonts, the extra and the CJK fonts lack. */
	public List<MissingGlyph> missingGlyphs(PackModel model) {
		return missingGlyphs(model, (Path) null);
	}

	/**
	 * The characters that a template's fonts, the extra and the CJK fonts lack.
	 * @param templateDirectory the template folder, or {@code null} for the default template
	 */
	public List<MissingGlyph> missingGlyphs(PackModel model, Path templateDirectory) {
		FontSet fonts = this.templates.fonts(this.templates.folder(templateDirectory));
		return missingGlyphs(model, fonts);
	}

	static List<MissingGlyph> missingGlyphs(PackModel model, FontSet fonts) {
		return missingGlyphs((Object) model, fonts);
	}

	/** The same for any data: records, maps, lists and texts. */
	static List<MissingGlyph> missingGlyphs(Object data, FontSet fonts) {
		List<MissingGlyph> missing = new ArrayList<>();
		visit(data, "", fonts, missing);
		return missing;
	}

	private static void visit(Object value, String field, FontSet fonts, List<MissingGlyph> missing) {
		if (value instanceof String text) {
			check(text, field, fonts, missing);
		}
		else if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				String name = field.isEmpty() ? component.getName() : field + "." + component.getName();
				visit(read(component, record), name, fonts, missing);
			}
		}
		else if (value instanceof java.util.Map<?, ?> map) {
			for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
				String name = field.isEmpty() ? String.valueOf(entry.getKey()) : field + "." + entry.getKey();
				visit(entry.getValue(), name, fonts, missing);
			}
		}
		else if (value instanceof Collection<?> list) {
			int position = 1;
			for (Object element : list) {
				visit(element, field + "[" + position++ + "]", fonts, missing);
			}
		}
	}

	private static void check(String text, String field, FontSet fonts, List<MissingGlyph> missing) {
		Set<Integer> seen = new LinkedHashSet<>();
		String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
		normalized.codePoints().forEach(codePoint -> {
			int type = Character.getType(codePoint);
			if (Character.isWhitespace(codePoint) || codePoint == 0xA0 || type == Character.FORMAT
					|| type == Character.CONTROL) {
				return;
			}
			if (fonts.fallbackFor(codePoint) == FontSet.NONE && seen.add(codePoint)) {
				missing.add(new MissingGlyph(field, text, codePoint));
			}
		});
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException impossible) {
			throw new IllegalStateException("cannot read " + component.getName(), impossible);
		}
	}

}
