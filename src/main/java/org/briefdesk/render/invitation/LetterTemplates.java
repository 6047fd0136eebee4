package org.briefdesk.render.invitation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.briefdesk.render.docx.PlainTextTemplates;
import org.briefdesk.system.BriefdeskException;

/**
 * Which Word template a letter uses: {@code invitation.LANG.docx} for an invitee whose
 * language is LANG when there is one, else the default {@code invitation.docx}. Where they
 * are looked for: the built-in letters (English, French); a folder given as the template
 * (it must hold {@code invitation.docx}); or a file given as the template ({@code x.docx}:
 * its sibling {@code x.LANG.docx} for LANG). Each template is read once a run and compiled
 * once per JVM (per content).
 */
final class LetterTemplates {

	static final String BUILT_IN = "briefdesk/templates/";

	static final String DEFAULT_NAME = "invitation";

	private static final Map<String, LetterTemplate> COMPILED = new ConcurrentHashMap<>();

	private final Path file;

	private final Path folder;

	private final String stem;

	private final Map<String, LetterTemplate> compiled = new ConcurrentHashMap<>();

	private final Map<String, String> chosen = new ConcurrentHashMap<>();

	/** Language → the key of its template ("" for the default), looked up once per language. */
	private final Map<String, String> keys = new ConcurrentHashMap<>();

	private LetterTemplates(Path file, Path folder, String stem) {
		this.file = file;
		this.folder = folder;
		this.stem = stem;
	}

	/**
	 * @param template null for the built-in letters, a folder, or a .docx file
	 * @throws BriefdeskException when it does not exist, or a folder lacks invitation.docx
	 */
	static LetterTemplates of(Path template) {
		if (template == null) {
			return new LetterTemplates(null, null, DEFAULT_NAME);
		}
		if (Files.isDirectory(template)) {
			if (!Files.isRegularFile(template.resolve(DEFAULT_NAME + ".docx"))) {
				throw new BriefdeskException("no " + DEFAULT_NAME + ".docx in the template folder " + template
						+ "; it holds invitation.docx and, per language, invitation.LANG.docx");
			}
			return new LetterTemplates(null, template, DEFAULT_NAME);
		}
		if (!Files.isRegularFile(template)) {
			throw new BriefdeskException("no template " + template + "; give a Word template (.docx) or a folder of them");
		}
		String name = template.getFileName().toString();
		String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? name.substring(0, name.length() - 5) : name;
		Path parent = template.toAbsolutePath().getParent();
		return new LetterTemplates(template, parent, stem);
	}

	/** The template of a language: its own when there is one, else the default. */
	LetterTemplate forLanguage(String language) {
		String key = key(language);
		return this.compiled.computeIfAbsent(key, this::load);
	}

	/** The file name a language's letters are made with, e.g. {@code invitation.fr.docx}. */
	String nameFor(String language) {
		forLanguage(language);
		return this.chosen.get(key(language));
	}

	/** Whether a language has a template of its own (not the default). */
	boolean hasOwn(String language) {
		return !key(language).isEmpty();
	}

	private String key(String language) {
		return this.keys.computeIfAbsent(language == null ? "" : language, this::lookUp);
	}

	private String lookUp(String language) {
		if (language == null || language.isBlank() || !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
			return "";
		}
		String own = this.stem + "." + language + ".docx";
		if (this.folder == null) {
			return getClass().getClassLoader().getResource(BUILT_IN + own) != null ? language : "";
		}
		return Files.isRegularFile(this.folder.resolve(own)) ? language : "";
	}

	private LetterTemplate load(String key) {
		String fileName = key.isEmpty() ? this.stem + ".docx" : this.stem + "." + key + ".docx";
		this.chosen.put(key, fileName);
		if (this.folder == null) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUILT_IN + fileName)) {
				if (in == null) {
					throw new BriefdeskException("the built-in template " + fileName + " is missing from this build");
				}
				return compiled("the built-in " + fileName, in.readAllBytes());
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot read the built-in " + fileName + ": " + failed.getMessage(), failed);
			}
		}
		Path path = key.isEmpty() && this.file != null ? this.file : this.folder.resolve(fileName);
		return compiled(path.toString(), PlainTextTemplates.read(path));
	}

	/**
	 * A template compiled once per JVM for the same name and bytes: a session (or a benchmark)
	 * that generates several times does not pay for compiling again (≈ 50 ms a template). A
	 * compiled template is immutable; a changed file has other bytes.
	 */
	private static LetterTemplate compiled(String label, byte[] bytes) {
		String key = label + "|" + InvitationGenerator.sha256(bytes);
		LetterTemplate known = COMPILED.get(key);
		if (known != null) {
			return known;
		}
		LetterTemplate template = LetterTemplate.compile(label, bytes);
		if (COMPILED.size() >= 16) {
			COMPILED.clear();
		}
		COMPILED.put(key, template);
		return template;
	}

}
