package org.briefdesk.render.pdf;

import java.awt.font.GlyphVector;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import org.xhtmlrenderer.extend.FontContext;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.render.FSFont;

/**
 * Measures shaped text (Arabic) by its shaped glyphs, which are narrower or wider than the
 * letters one by one: without this a name in Arabic would leave a gap or overlap the next
 * word. Other text is measured as Flying Saucer does (the same widths, much faster).
 */
final class ShapingTextRenderer extends ITextTextRenderer {

	@Override
	public int getWidth(FontContext context, FSFont font, String string) {
		BaseFont baseFont = ((ITextFSFont) font).getFontDescription().getFont();
		if (string.isEmpty() || !LayoutProcessor.supportsFont(baseFont) || !needsShaping(string)) {
			return super.getWidth(context, font, string);
		}
		GlyphVector glyphs = LayoutProcessor.computeGlyphVector(baseFont, font.getSize2D(), string);
		float width = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
		return width - Math.floor(width) < 0.01f ? (int) width : (int) Math.ceil(width);
	}

	/** Letters of the joining and reordering scripts (Hebrew to Mongolian, presentation forms). */
	static boolean needsShaping(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 0x0590 && c <= 0x1DFF) || (c >= 0xFB1D && c <= 0xFEFF) || Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
