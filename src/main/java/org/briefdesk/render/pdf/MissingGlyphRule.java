package org.briefdesk.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.briefing.BriefingCheckRule;
import org.briefdesk.briefing.CheckContext;
import org.briefdesk.briefing.Finding;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A name or text with a character that no font of the default PDF template (nor an extra or
 * installed CJK font) has. Flying Saucer would print an empty box, so {@code export pdf}
 * refuses the pack; {@code briefing check} says so first, with the field and the character.
 */
@Component
@Order(80)
class MissingGlyphRule implements BriefingCheckRule {

	static final String ID = "missing-glyph";

	private final GlyphCoverage coverage;

	MissingGlyphRule(GlyphCoverage coverage) {
		this.coverage = coverage;
	}

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		for (MissingGlyph glyph : this.coverage.missingGlyphs(context.packModel())) {
			findings.add(Finding.error(ID, glyph.field(),
					"\"" + glyph.value() + "\": no PDF font has " + glyph.character() + " (" + glyph.unicode()
							+ "); `export pdf` refuses it: install a font that has it (fonts-noto-cjk for Chinese,"
							+ " Japanese, Korean) or name one in briefdesk.pdf.extra-fonts"));
		}
		return findings;
	}

}
