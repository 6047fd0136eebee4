package org.briefdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.briefdesk.render.pdf.PdfProperties;

/**
 * The fonts the default test suite gives the PDF export, through its own settings
 * ({@code briefdesk.pdf.extra-fonts}, {@code briefdesk.pdf.cjk-fonts}), so that it needs no
 * installed font and never picks one up by accident: the committed subsets of Noto Sans CJK SC
 * and Noto Sans Hebrew ({@code src/test/resources/fonts}, see the OFL.txt there for where they
 * come from), and a search for an installed CJK font that looks only in an empty folder. The
 * checks with the installed fonts are tagged {@code readers} and run with {@code -Preaders}.
 */
public final class TestFonts {

	/** Noto Sans CJK SC Regular, only the characters the tests print (王芳司长中华人民共和国外交部東京). */
	public static final Path CJK = resource("/fonts/NotoSansCJKsc-Regular-subset.otf");

	/** Noto Sans Hebrew Regular, only the letters of ישראל. */
	public static final Path HEBREW = resource("/fonts/NotoSansHebrew-Regular-subset.ttf");

	/** An empty folder: the only place the default suite looks for an installed CJK font. */
	public static final Path NO_INSTALLED_FONTS = emptyFolder(Path.of("target", "no-installed-fonts").toAbsolutePath());

	private TestFonts() {
	}

	/** The installed-CJK-font search of the settings, pointed at the empty folder. */
	public static List<String> noInstalledCjkFont() {
		return List.of(NO_INSTALLED_FONTS.resolve("NotoSansCJK-Regular.ttc") + "#2");
	}

	/** The export as the default suite runs it: the CJK subset as an extra font, no installed font. */
	public static PdfProperties withCjkSubset() {
		return new PdfProperties(List.of(CJK.toString()), noInstalledCjkFont());
	}

	/** The export of a machine that has no CJK font at all. */
	public static PdfProperties withoutCjk() {
		return new PdfProperties(List.of(), noInstalledCjkFont());
	}

	/** {@link #withCjkSubset()} as Spring settings, for an application context or a separate JVM. */
	public static Map<String, String> settings() {
		return Map.of("briefdesk.pdf.extra-fonts", CJK.toString(), "briefdesk.pdf.cjk-fonts",
				noInstalledCjkFont().get(0));
	}

	private static Path resource(String name) {
		URL url = TestFonts.class.getResource(name);
		if (url == null) {
			throw new IllegalStateException("test font " + name + " is missing from src/test/resources");
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static Path emptyFolder(Path folder) {
		try {
			Files.createDirectories(folder);
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalStateException(folder + " must stay empty: it stands for a machine with no font");
				}
			}
			return folder;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
