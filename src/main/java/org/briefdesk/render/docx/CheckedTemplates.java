package org.briefdesk.render.docx;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.briefdesk.render.LetterModel;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.docx.TemplateCheck.Placeholder;
import org.springframework.stereotype.Component;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.exception.ResolverException;

/**
 * Checks a Word template against the template data model before anything is rendered:
 * lists every placeholder with where it is, the field it reads, and what is wrong with it.
 * This class runs the check and remembers, by content hash, the templates that passed; the
 * parts are classes of their own: {@link TemplateWalk} walks the document the way poi-tl's resolver does and names
 * each place, {@link TagGrammar} finds the tags and stray braces in a paragraph's text,
 * {@link TemplateScopes} resolves a tag's name against the model, a loop's element or a
 * repeated row, and {@link PoiTlReconciliation} compares the result with what poi-tl itself
 * found. So a template that passes cannot leave a raw {@code {{…}}} in an export.
 */
@Component
public class CheckedTemplates {

	/** Checks a pack template file, or the default template when {@code template} is null. */
	public TemplateCheck check(Path template) {
		String name = DocxFiles.name(template);
		return check(name, DocxFiles.read(template), PoiTlConfiguration.create(CrossReferences.none()))
			.check();
	}

	/**
	 * Checks an invitation letter template against the fields a letter has
	 * ({@link LetterModel}: {@code event.*}, {@code signatory.*}, {@code letter.*},
	 * {@code invitee.*}...), not against a pack's.
	 * @param name how messages name it
	 */
	public TemplateCheck checkLetter(String name, byte[] docx) {
		return check(name, docx, PlainTextTemplates.configure(), LetterModel.class).check();
	}

	/**
	 * {@code template check FILE}: a letter template is checked as a letter, anything else as a
	 * pack template. A letter template is one named {@code invitation*.docx}, or one whose
	 * placeholders name a group only letters have ({@code invitee}, {@code letter},
	 * {@code signatory}) and that the pack does not know.
	 */
	public TemplateCheck checkAny(Path template) {
		String name = DocxFiles.name(template);
		byte[] docx = DocxFiles.read(template);
		if (template != null && isLetterName(template)) {
			return checkLetter(name, docx);
		}
		TemplateCheck asPack = check(name, docx, PoiTlConfiguration.create(CrossReferences.none())).check();
		boolean namesLetterFields = asPack.problems()
			.stream()
			.anyMatch(problem -> LETTER_ONLY_TAG.matcher(problem.tag()).matches());
		return namesLetterFields ? checkLetter(name, docx) : asPack;
	}

	/** Whether a file is named as invitation letter templates are: {@code invitation.docx}, {@code invitation.fr.docx}. */
	public static boolean isLetterName(Path template) {
		String file = template.getFileName() == null ? "" : template.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return file.startsWith("invitation") && file.endsWith(".docx");
	}

	/** A tag naming a group that letters have and packs do not: {@code {{invitee.salutation}}}, {@code {{?letter.date}}}. */
	private static final java.util.regex.Pattern LETTER_ONLY_TAG = java.util.regex.Pattern
		.compile("\\{\\{\\s*[?/]?\\s*(invitee|letter|signatory)(\\..*)?}}");

	/** A check, and the compiled template when the check passed (the exporter renders it). */
	record Checked(TemplateCheck check, XWPFTemplate compiled) {
	}

	/**
	 * Templates that passed, by the SHA-256 of their bytes: the same template exported again
	 * (several packs in one session) is only compiled, not walked again. The check does not
	 * depend on the pack, only on the template's bytes and the data model, so the templates
	 * are remembered for the process (the shell's warm-up render counts for its first export).
	 */
	private static final Map<String, TemplateCheck> passed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, TemplateCheck> eldest) {
			return size() > 16;
		}

	});

	Checked check(String name, byte[] docx, Configure configure) {
		return check(name, docx, configure, PackModel.class);
	}

	private Checked check(String name, byte[] docx, Configure configure, Class<? extends Record> model) {
		String key = model.getName() + "\n" + name + "\n" + sha256(docx);
		TemplateCheck known = passed.get(key);
		if (known != null) {
			return new Checked(known, DocxFiles.compile(name, docx, configure));
		}
		Checked checked = walk(name, docx, configure, model);
		if (checked.check().ok()) {
			passed.put(key, checked.check());
		}
		return checked;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every Java has SHA-256", impossible);
		}
	}

	private static Checked walk(String name, byte[] docx, Configure configure, Class<? extends Record> model) {
		XWPFTemplate compiled;
		try {
			compiled = DocxFiles.compile(name, docx, configure);
		}
		catch (ResolverException mismatched) {
			// poi-tl stops at the first unclosed or stray block; walk a fresh copy for all of them.
			TemplateWalk walk = new TemplateWalk(new TagGrammar(configure), model);
			walk.document(DocxFiles.open(name, docx));
			if (walk.placeholders().stream().allMatch(Placeholder::ok)) {
				walk.placeholders().add(new Placeholder("document", "", "",
						"poi-tl cannot read the blocks of this template (" + mismatched.getMessage() + ")"));
			}
			return new Checked(new TemplateCheck(name, walk.placeholders(), model), null);
		}
		// Compiling splits runs around tags but keeps every paragraph's text: the walk sees what the user wrote.
		TemplateWalk walk = new TemplateWalk(new TagGrammar(configure), model);
		walk.document(compiled.getXWPFDocument());
		if (walk.placeholders().stream().allMatch(Placeholder::ok)) {
			PoiTlReconciliation.compare(walk.placeholders(), walk.curlyTags(), compiled.getElementTemplates());
		}
		TemplateCheck check = new TemplateCheck(name, walk.placeholders(), model);
		return new Checked(check, check.ok() ? compiled : null);
	}

}
