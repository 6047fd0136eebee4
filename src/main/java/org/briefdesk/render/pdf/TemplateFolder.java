package org.briefdesk.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.briefdesk.system.BriefdeskException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The folder a PDF template lives in: {@code briefing.xhtml}, its CSS, images and
 * {@code fonts/}. It is the only place the renderer may read from: {@link #relativePathOf}
 * says whether a URL a template names lies inside it.
 */
sealed interface TemplateFolder {

	String MAIN_FILE = "briefing.xhtml";

	String FONTS = "fonts/";

	/** How messages name the folder. */
	String name();

	/** How messages name one file of the folder, e.g. {@code /home/x/tpl/briefing.xhtml}. */
	String label(String relative);

	/** The URL relative references in the template are resolved against; ends with '/'. */
	String baseUri();

	/** The content of a file of the folder, by its path relative to the folder. */
	Optional<byte[]> read(String relative);

	/** The font files in {@code fonts/}, in name order. */
	List<FontFile> fonts();

	/** Changes whenever a file of the folder changes: the key of everything cached for it. */
	String fingerprint();

	/** Every file of the folder, by its path relative to the folder ('/' between names), in order. */
	List<String> files();

	/**
	 * The SHA-256 (hex) of the folder's files: each file's relative path and SHA-256 on a line,
	 * in path order, hashed. Where the folder lives and when its files were touched do not count.
	 */
	default String contentSha256() {
		try {
			java.security.MessageDigest folder = java.security.MessageDigest.getInstance("SHA-256");
			for (String file : files()) {
				byte[] content = read(file).orElse(new byte[0]);
				String line = file + "\0"
						+ java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content))
						+ "\n";
				folder.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			return java.util.HexFormat.of().formatHex(folder.digest());
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
		}
	}

	/**
	 * The path inside the folder that an absolute URL points to, or empty when it points
	 * anywhere else (another folder, a symbolic link out, the network).
	 */
	Optional<String> relativePathOf(String absoluteUri);

	/** A font file of a template or of the system, and how OpenPDF names it. */
	record FontFile(String key, String baseFontName, String label, Path file, String resource) {

		byte[] read() {
			try {
				if (this.file != null) {
					return Files.readAllBytes(this.file);
				}
				try (InputStream in = TemplateFolder.class.getClassLoader().getResourceAsStream(this.resource)) {
					if (in == null) {
						throw new NoSuchFileException(this.resource);
					}
					return in.readAllBytes();
				}
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot read font " + this.label + ": " + failed.getMessage());
			}
		}

	}

	static boolean isFontFile(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".ttf") || lower.endsWith(".otf");
	}

	/** A template the user copied and changed: a folder on disk. */
	record Directory(Path root) implements TemplateFolder {

		static Directory open(Path folder) {
			return open(folder, MAIN_FILE);
		}

		/** A folder that must hold {@code mainFile} (e.g. {@code invitation.xhtml}). */
		static Directory open(Path folder, String mainFile) {
			Path root;
			try {
				root = folder.toRealPath();
			}
			catch (IOException missing) {
				throw new BriefdeskException("no template folder " + folder + "; give the folder that holds "
						+ mainFile + " (the default is in templates/" + (mainFile.equals(MAIN_FILE) ? "briefing-pdf" : "invitation-pdf") + "/)");
			}
			if (!Files.isDirectory(root)) {
				throw new BriefdeskException(folder + " is not a folder; --template takes the folder that holds " + mainFile);
			}
			if (!Files.isRegularFile(root.resolve(mainFile))) {
				throw new BriefdeskException("no " + mainFile + " in " + folder
						+ "; a PDF template folder holds " + mainFile + ", its CSS and fonts/");
			}
			return new Directory(root);
		}

		@Override
		public String name() {
			return this.root.toString();
		}

		@Override
		public String label(String relative) {
			return this.root.resolve(relative).toString();
		}

		@Override
		public String baseUri() {
			return this.root.toUri().toString();
		}

		@Override
		public Optional<byte[]> read(String relative) {
			Path path = this.root.resolve(relative).normalize();
			try {
				// a path or a symbolic link inside the folder must not lead out of it
				if (!path.startsWith(this.root) || !path.toRealPath().startsWith(this.root)) {
					return Optional.empty();
				}
				return Optional.of(Files.readAllBytes(path));
			}
			catch (NoSuchFileException missing) {
				return Optional.empty();
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot read " + label(relative) + ": " + failed.getMessage());
			}
		}

		@Override
		public List<FontFile> fonts() {
			Path fonts = this.root.resolve(FONTS);
			if (!Files.isDirectory(fonts)) {
				return List.of();
			}
			try (Stream<Path> files = Files.list(fonts)) {
				if (!fonts.toRealPath().startsWith(this.root)) {
					throw new BriefdeskException(fonts + " is a link to a folder outside the template folder;"
							+ " a template reads only its own files: copy the fonts into " + fonts);
				}
				List<FontFile> result = new ArrayList<>();
				for (Path file : files.sorted().toList()) {
					if (Files.isRegularFile(file) && isFontFile(file.getFileName().toString())) {
						if (!file.toRealPath().startsWith(this.root)) {
							throw new BriefdeskException(file + " is a link to a file outside the template folder;"
									+ " a template reads only its own files: copy the font itself into " + fonts);
						}
						BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
						String key = file + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
						result.add(new FontFile(key, file.toString(), file.toString(), file, null));
					}
				}
				return result;
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot list the fonts in " + fonts + ": " + failed.getMessage());
			}
		}

		@Override
		public String fingerprint() {
			StringBuilder fingerprint = new StringBuilder(this.root.toString());
			try (Stream<Path> files = Files.walk(this.root, 3)) {
				for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
					BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
					if (attributes.isRegularFile()) {
						fingerprint.append('|')
							.append(this.root.relativize(file))
							.append(':')
							.append(attributes.size())
							.append(':')
							.append(attributes.lastModifiedTime().toMillis());
					}
				}
			}
			catch (IOException | UncheckedIOException failed) {
				throw new BriefdeskException("cannot read the template folder " + this.root + ": " + failed.getMessage());
			}
			return fingerprint.toString();
		}

		@Override
		public List<String> files() {
			try (Stream<Path> files = Files.walk(this.root)) {
				return files.filter(Files::isRegularFile)
					.map(file -> this.root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
					.sorted()
					.toList();
			}
			catch (IOException | UncheckedIOException failed) {
				throw new BriefdeskException("cannot read the template folder " + this.root + ": " + failed.getMessage());
			}
		}

		@Override
		public Optional<String> relativePathOf(String absoluteUri) {
			try {
				URI uri = new URI(absoluteUri);
				if (!"file".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() != null) {
					return Optional.empty();
				}
				Path path = Path.of(uri).normalize();
				if (!path.startsWith(this.root) || !Files.isRegularFile(path)) {
					return Optional.empty();
				}
				// a symbolic link inside the folder must not lead out of it
				if (!path.toRealPath().startsWith(this.root)) {
					return Optional.empty();
				}
				return Optional.of(this.root.relativize(path).toString().replace('\\', '/'));
			}
			catch (URISyntaxException | IllegalArgumentException | IOException notInside) {
				return Optional.empty();
			}
		}

	}

	/**
	 * The default template, packaged in the jar under {@code briefdesk/templates/briefing-pdf/}.
	 * Its base URL is a made-up {@code file:} URL: nothing is ever read from it, the user agent
	 * maps it to the class path, and a {@code file:} base lets Flying Saucer resolve relative
	 * references (including CSS {@code @import}) the ordinary way.
	 */
	record BuiltIn(String resourceFolder, String fontsFolder) implements TemplateFolder {

		static final BuiltIn DEFAULT = new BuiltIn("briefdesk/templates/briefing-pdf/");

		/** The invitation letters; they share the briefing template's fonts rather than carry a copy. */
		static final BuiltIn INVITATION = new BuiltIn("briefdesk/templates/invitation-pdf/",
				"briefdesk/templates/briefing-pdf/" + FONTS);

		BuiltIn(String resourceFolder) {
			this(resourceFolder, resourceFolder + FONTS);
		}

		private static final String BASE = "file:/briefdesk-built-in/";

		@Override
		public String name() {
			return "the built-in template " + folderName();
		}

		private String folderName() {
			String trimmed = this.resourceFolder.substring(0, this.resourceFolder.length() - 1);
			return trimmed.substring(trimmed.lastIndexOf('/') + 1);
		}

		@Override
		public String label(String relative) {
			return relative + " (built-in template " + folderName() + ")";
		}

		@Override
		public String baseUri() {
			return BASE + this.resourceFolder;
		}

		@Override
		public Optional<byte[]> read(String relative) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(this.resourceFolder + relative)) {
				return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot read " + label(relative) + ": " + failed.getMessage());
			}
		}

		@Override
		public List<FontFile> fonts() {
			try {
				Resource[] resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
					.getResources("classpath:" + this.fontsFolder + "*");
				List<FontFile> result = new ArrayList<>();
				for (Resource resource : resources) {
					String fileName = resource.getFilename();
					if (fileName != null && isFontFile(fileName)) {
						String name = this.fontsFolder + fileName;
						result.add(new FontFile("classpath:" + name, name, label(FONTS + fileName), null, name));
					}
				}
				result.sort(Comparator.comparing(FontFile::resource));
				return result;
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot list the fonts of " + name() + ": " + failed.getMessage());
			}
		}

		@Override
		public String fingerprint() {
			return "classpath:" + this.resourceFolder;
		}

		@Override
		public List<String> files() {
			try {
				PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
						getClass().getClassLoader());
				String root = resolver.getResource("classpath:" + this.resourceFolder).getURL().toString();
				List<String> files = new ArrayList<>();
				for (Resource resource : resolver.getResources("classpath:" + this.resourceFolder + "**/*")) {
					String url = resource.getURL().toString();
					if (url.startsWith(root) && !url.endsWith("/") && resource.isReadable()) {
						files.add(url.substring(root.length()));
					}
				}
				files.sort(Comparator.naturalOrder());
				return files;
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot list the files of " + name() + ": " + failed.getMessage());
			}
		}

		@Override
		public Optional<String> relativePathOf(String absoluteUri) {
			try {
				URI uri = new URI(absoluteUri).normalize();
				String basePath = URI.create(baseUri()).getPath();
				if (!"file".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() != null
						|| uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getPath() == null
						|| !uri.getPath().startsWith(basePath)) {
					return Optional.empty();
				}
				String relative = uri.getPath().substring(basePath.length());
				if (relative.isEmpty() || relative.endsWith("/") || relative.contains("..")
						|| getClass().getClassLoader().getResource(this.resourceFolder + relative) == null) {
					return Optional.empty();
				}
				return Optional.of(relative);
			}
			catch (URISyntaxException notAUri) {
				return Optional.empty();
			}
		}

	}

}
