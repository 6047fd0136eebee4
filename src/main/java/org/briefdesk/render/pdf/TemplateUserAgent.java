package org.briefdesk.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.briefdesk.system.BriefdeskException;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;
import org.xhtmlrenderer.util.Configuration;
import org.xhtmlrenderer.util.FontUtil;
import org.xhtmlrenderer.util.ImageUtil;

/**
 * The renderer's only way to the outside: it serves the files of the template's own folder
 * and nothing else. A stylesheet, {@code @import}, image or font elsewhere on disk or on the
 * network is left out with a warning; images must be PNG, JPEG or GIF (an SVG or PDF image
 * could reach further resources itself).
 */
final class TemplateUserAgent extends ITextUserAgent {

	private static final Set<String> NETWORK = Set.of("http", "https", "ftp", "jar", "ldap", "mailto", "gopher");

	/** Flying Saucer's own default stylesheet (display of XHTML elements): always served. */
	private static final String DEFAULT_CSS = defaultStylesheet();

	private static byte[] defaultCssBytes;

	private final TemplateFolder folder;

	private final Consumer<String> warnings;

	TemplateUserAgent(ITextOutputDevice outputDevice, int dotsPerPixel, TemplateFolder folder, Consumer<String> warnings) {
		super(outputDevice, dotsPerPixel);
		this.folder = folder;
		this.warnings = warnings;
	}

	@Override
	protected InputStream resolveAndOpenStream(String uri) {
		if (uri == null) {
			return null;
		}
		if (FontUtil.isEmbeddedBase64Font(uri)) {
			return FontUtil.getEmbeddedBase64Data(uri);
		}
		return insideFolder(uri).flatMap(this.folder::read).map(bytes -> (InputStream) new ByteArrayInputStream(bytes))
			.orElse(null);
	}

	@Override
	public CSSResource getCSSResource(String uri) {
		if (uri != null && uri.equals(DEFAULT_CSS)) {
			return new CSSResource(new ByteArrayInputStream(defaultCss()));
		}
		InputStream css = resolveAndOpenStream(uri);
		return new CSSResource(css != null ? css : new ByteArrayInputStream(new byte[0]));
	}

	@Override
	public ImageResource getImageResource(String uri) {
		if (ImageUtil.isEmbeddedBase64Image(uri)) {
			return super.getImageResource(uri);
		}
		Optional<String> inside = insideFolder(uri);
		if (inside.isEmpty()) {
			return new ImageResource(uri, null);
		}
		byte[] bytes = this.folder.read(inside.get()).orElse(new byte[0]);
		if (!isRasterImage(bytes)) {
			this.warnings.accept("left out image " + inside.get() + ": a PDF template may use PNG, JPEG or GIF images only");
			return new ImageResource(uri, null);
		}
		return super.getImageResource(uri);
	}

	@Override
	public XMLResource getXMLResource(String uri) {
		throw new BriefdeskException("a PDF template cannot load another document (" + uri + ")");
	}

	@Override
	protected InputStream openStream(String uri) throws IOException {
		throw new IOException("templates read only their own folder: " + uri);
	}

	@Override
	protected URLConnection openConnection(String uri) throws IOException {
		throw new IOException("templates read only their own folder: " + uri);
	}

	private static String defaultStylesheet() {
		URL url = XhtmlCssOnlyNamespaceHandler.class
			.getResource(Configuration.valueFor("xr.css.user-agent-default-css") + "XhtmlNamespaceHandler.css");
		return url == null ? "" : url.toString();
	}

	private static synchronized byte[] defaultCss() {
		if (defaultCssBytes == null) {
			try (InputStream in = new URL(DEFAULT_CSS).openStream()) {
				defaultCssBytes = in.readAllBytes();
			}
			catch (IOException failed) {
				throw new IllegalStateException("cannot read Flying Saucer's default stylesheet " + DEFAULT_CSS, failed);
			}
		}
		return defaultCssBytes;
	}

	/** The path inside the template folder that {@code uri} names; empty (and a warning) otherwise. */
	private Optional<String> insideFolder(String uri) {
		String resolved = resolveURI(uri);
		if (resolved == null) {
			this.warnings.accept("left out " + uri + ": not a valid address");
			return Optional.empty();
		}
		Optional<String> inside = this.folder.relativePathOf(resolved);
		if (inside.isEmpty()) {
			String scheme = scheme(resolved);
			if (NETWORK.contains(scheme)) {
				this.warnings.accept("left out " + resolved + ": a PDF template may not use the network");
			}
			else if (normalized(resolved).startsWith(this.folder.baseUri())) {
				this.warnings.accept("left out " + resolved + ": no such file in the template folder " + this.folder.name());
			}
			else {
				this.warnings.accept("left out " + resolved + ": a PDF template may only use files inside its folder "
						+ this.folder.name());
			}
		}
		return inside;
	}

	private static String normalized(String uri) {
		try {
			return new URI(uri).normalize().toString();
		}
		catch (URISyntaxException invalid) {
			return uri;
		}
	}

	private static String scheme(String uri) {
		try {
			String scheme = new URI(uri).getScheme();
			return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
		}
		catch (URISyntaxException invalid) {
			return "";
		}
	}

	private static boolean isRasterImage(byte[] bytes) {
		if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return true;
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return true;
		}
		return bytes.length >= 6 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == '8';
	}

}
