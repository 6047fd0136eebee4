package org.briefdesk.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.briefdesk.system.BriefdeskException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The SHA-256 of the invitation templates a job names, for the manifest: of a file its
 * content's, of a folder (or the built-in letters) one over each file's relative path and
 * SHA-256 in path order, as the PDF templates are hashed.
 */
final class TemplateHashes {

	/** The built-in letters: the Word templates, the forms of address and the PDF letter folder. */
	private static final String[] BUILT_IN = { "briefdesk/templates/invitation*.docx",
			"briefdesk/templates/forms-of-address.yaml", "briefdesk/templates/invitation-pdf/**/*" };

	private static final String BUILT_IN_ROOT = "briefdesk/templates/";

	private TemplateHashes() {
	}

	/** @param template a folder or one .docx; null for the built-in letters */
	static String invitations(Path template) {
		if (template == null) {
			return builtIn();
		}
		if (Files.isRegularFile(template)) {
			try {
				return BatchManifest.sha256(template);
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot read template " + template + ": " + failed.getMessage());
			}
		}
		if (!Files.isDirectory(template)) {
			throw new BriefdeskException("no template " + template + "; give a folder of letter templates or one .docx");
		}
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(template)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(template.relativize(file).toString().replace(java.io.File.separatorChar, '/'),
						Files.readAllBytes(file));
			}
		}
		catch (IOException | UncheckedIOException failed) {
			throw new BriefdeskException("cannot read the template folder " + template + ": " + failed.getMessage());
		}
		return folder(files);
	}

	private static String builtIn() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				TemplateHashes.class.getClassLoader());
		Map<String, byte[]> files = new TreeMap<>();
		try {
			String root = resolver.getResource("classpath:" + BUILT_IN_ROOT).getURL().toString();
			for (String pattern : BUILT_IN) {
				for (Resource resource : resolver.getResources("classpath:" + pattern)) {
					String url = resource.getURL().toString();
					if (url.startsWith(root) && !url.endsWith("/") && resource.isReadable()) {
						try (InputStream in = resource.getInputStream()) {
							files.put(url.substring(root.length()), in.readAllBytes());
						}
					}
				}
			}
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot read the built-in letter templates: " + failed.getMessage());
		}
		return folder(files);
	}

	private static String folder(Map<String, byte[]> files) {
		StringBuilder lines = new StringBuilder();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			lines.append(file.getKey()).append('\0').append(BatchJobReader.sha256(file.getValue())).append('\n');
		}
		return BatchJobReader.sha256(lines.toString().getBytes(StandardCharsets.UTF_8));
	}

}
