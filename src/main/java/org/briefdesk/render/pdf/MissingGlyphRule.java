package org.briefdesk.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModelCheck;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A name or text with a character that no font of the default PDF template (nor an extra or
 * installed CJK font) has. Flying Saucer would print an empty box, so {@code export pdf}
 * refuses the pack; {@code briefing check} says so first, with the field and the character.
 */
@Component
@Order(80)
class MissingGlyphRule implements PackModelCheck {

	static final String ID = "missing-glyph";

	private final GlyphCoverage coverage;

	MissingGlyphRule(GlyphCoverage coverage) {
		this.coverage = coverage;
	}

	@Override
	public List<Problem> check(PackModel model) {
		List<Problem> problems = new ArrayList<>();
		for (MissingGlyph glyph : this.coverage.missingGlyphs(model)) {
			problems.add(new Problem(ID, glyph.field(),
					"\"" + glyph.value() + "\": no PDF font has " + glyph.character() + " (" + glyph.unicode()
							+ "); `export pdf` refuses it: install a font that has it (fonts-noto-cjk for Chinese,"
							+ " Japanese, Korean) or name one in briefdesk.pdf.extra-fonts"));
		}
		return problems;
	}

}
