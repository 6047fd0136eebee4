package org.briefdesk.invite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.briefdesk.system.BriefdeskException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The folder invitation templates come from: the built-in one (the repository's
 * {@code templates/}, packaged in the jar) or a folder the user copied and changed. It holds
 * {@code invitation.docx} (the default language, English), {@code invitation.LANG.docx} for
 * each other language ({@code invitation.fr.docx}) and, optionally,
 * {@code forms-of-address.yaml}: a folder without one uses the built-in rules.
 *
 * @param folder the folder on disk; null for the built-in templates
 */
public record InvitationTemplates(Path folder) {

	/** The template for invitees in the default language. */
	public static final String DEFAULT_TEMPLATE = "invitation.docx";

	private static final String BUILT_IN_FOLDER = "briefdesk/templates/";

	private static final Pattern LANGUAGE_TEMPLATE = Pattern.compile("invitation\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.docx");

	public static InvitationTemplates builtIn() {
		return new InvitationTemplates(null);
	}

	/** A folder the user gives; it must exist. */
	public static InvitationTemplates in(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new BriefdeskException(Files.exists(folder) ? folder + " is not a folder; give the folder that holds invitation.docx"
					: "no template folder " + folder + "; give the folder that holds invitation.docx (the default is templates/)");
		}
		return new InvitationTemplates(folder);
	}

	/** How messages name the folder. */
	public String name() {
		return this.folder == null ? "the built-in templates" : this.folder.toString();
	}

	/** Whether the folder has the default-language template {@value #DEFAULT_TEMPLATE}. */
	public boolean hasDefaultTemplate() {
		return fileNames().contains(DEFAULT_TEMPLATE);
	}

	/**
	 * The languages with a template of their own, lower case: the LANG of every
	 * {@code invitation.LANG.docx}, and the default language when {@value #DEFAULT_TEMPLATE} is there.
	 */
	public Set<String> languages() {
		Set<String> languages = new TreeSet<>();
		for (String file : fileNames()) {
			Matcher matcher = LANGUAGE_TEMPLATE.matcher(file);
			if (matcher.matches()) {
				languages.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
			}
			else if (file.equals(DEFAULT_TEMPLATE)) {
				languages.add(Invitee.DEFAULT_LANGUAGE);
			}
		}
		return languages;
	}

	/** The file name of the template for a language: {@code invitation.fr.docx}; the default language's is {@value #DEFAULT_TEMPLATE}. */
	public static String templateName(String language) {
		return Invitee.DEFAULT_LANGUAGE.equals(language) ? DEFAULT_TEMPLATE : "invitation." + language + ".docx";
	}

	/** The Word letter templates of the folder, by file name: {@value #DEFAULT_TEMPLATE} and each {@code invitation.LANG.docx}. */
	public Set<String> letterTemplates() {
		Set<String> names = new TreeSet<>();
		for (String file : fileNames()) {
			if (file.equals(DEFAULT_TEMPLATE) || LANGUAGE_TEMPLATE.matcher(file).matches()) {
				names.add(file);
			}
		}
		return names;
	}

	/** How messages name one template of the folder: its path, or "the built-in invitation.docx". */
	public String label(String fileName) {
		return this.folder == null ? "the built-in " + fileName : this.folder.resolve(fileName).toString();
	}

	/** The bytes of one template of the folder; a missing or unreadable one fails with one line. */
	public byte[] read(String fileName) {
		if (this.folder == null) {
			try (InputStream in = openBuiltIn(fileName)
				.orElseThrow(() -> new BriefdeskException("the built-in template " + fileName + " is missing from this build"))) {
				return in.readAllBytes();
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot read the built-in " + fileName + ": " + failed.getMessage());
			}
		}
		return org.briefdesk.render.docx.PlainTextTemplates.read(this.folder.resolve(fileName));
	}

	/** The folder's forms of address: its own {@code forms-of-address.yaml}, else the built-in rules. */
	public FormsOfAddress formsOfAddress() {
		Optional<Path> own = formsOfAddressFile();
		if (own.isEmpty()) {
			return FormsOfAddressFile.builtIn();
		}
		try {
			return FormsOfAddressFile.read(own.get().toString(), Files.readAllBytes(own.get()));
		}
		catch (NoSuchFileException vanished) {
			return FormsOfAddressFile.builtIn();
		}
		catch (IOException unreadable) {
			throw new BriefdeskException("cannot read " + own.get() + ": " + unreadable.getMessage());
		}
	}

	/** The folder's own forms-of-address file, if it has one. */
	public Optional<Path> formsOfAddressFile() {
		if (this.folder == null) {
			return Optional.empty();
		}
		Path file = this.folder.resolve(FormsOfAddressFile.FILE_NAME);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	private Set<String> fileNames() {
		Set<String> names = new TreeSet<>();
		if (this.folder == null) {
			try {
				Resource[] resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
					.getResources("classpath*:" + BUILT_IN_FOLDER + "invitation*.docx");
				for (Resource resource : resources) {
					if (resource.getFilename() != null) {
						names.add(resource.getFilename());
					}
				}
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot list the built-in templates: " + failed.getMessage());
			}
			return names;
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).forEach(names::add);
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot list the template folder " + this.folder + ": " + failed.getMessage());
		}
		return names;
	}

	/** Opens a built-in template, for the letters to read. */
	public static Optional<InputStream> openBuiltIn(String fileName) {
		return Optional.ofNullable(InvitationTemplates.class.getClassLoader().getResourceAsStream(BUILT_IN_FOLDER + fileName));
	}

}
