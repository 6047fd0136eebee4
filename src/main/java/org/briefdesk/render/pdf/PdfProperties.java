package org.briefdesk.render.pdf;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the PDF export, bound from {@code briefdesk.pdf.*}.
 *
 * @param extraFonts font files (TrueType or OpenType; a member of a collection as
 * {@code file.ttc#INDEX}, the first one without) used for characters the template's own fonts
 * do not cover, tried before the installed CJK font
 * @param cjkFonts where to look for an installed CJK font; the first that exists is used
 * (a collection member as {@code file.ttc#INDEX})
 */
@ConfigurationProperties(prefix = "briefdesk.pdf")
public record PdfProperties(List<String> extraFonts, List<String> cjkFonts) {

	/**
	 * Where Debian/Ubuntu (fonts-noto-cjk), Fedora and Arch install Noto Sans CJK; "#2" picks
	 * the Simplified Chinese member of the collection (all members cover Chinese, Japanese and
	 * Korean; they differ in the shape of some ideographs).
	 */
	public static final List<String> INSTALLED_CJK_FONTS = List.of(
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#2",
			"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc#2",
			"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc#2",
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc#2");

	public PdfProperties {
		extraFonts = extraFonts == null ? List.of() : List.copyOf(extraFonts);
		cjkFonts = cjkFonts == null || cjkFonts.isEmpty() ? INSTALLED_CJK_FONTS : List.copyOf(cjkFonts);
	}

	/** The defaults: no extra fonts, the usual places of an installed CJK font. */
	public static PdfProperties defaults() {
		return new PdfProperties(List.of(), List.of());
	}

}
