package org.briefdesk.render.docx;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

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

	/** Checks a template file, or the default template when {@code template} is null. */
	public TemplateCheck check(Path template) {
		String name = DocxFiles.name(template);
		return check(name, DocxFiles.read(template), PoiTlConfiguration.create(CrossReferences.none()))
			.check();
	}

	/** A check, and the compiled template when the check passed (the exporter renders it). */
	record Checked(TemplateCheck check, XWPFTemplate compiled) {
	}

	/**
	 * Templates that passed, by the SHA-256 of their bytes: the same template exported again
	 * (several packs in one session) is only compiled, not walked again. The check does not
	 * depend on the pack, only on the template's bytes and the data model.
	 */
	private final Map<String, TemplateCheck> passed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, TemplateCheck> eldest) {
			return size() > 16;
		}

	});

	Checked check(String name, byte[] docx, Configure configure) {
		String key = name + "\n" + sha256(docx);
		TemplateCheck known = this.passed.get(key);
		if (known != null) {
			return new Checked(known, DocxFiles.compile(name, docx, configure));
		}
		Checked checked = walk(name, docx, configure);
		if (checked.check().ok()) {
			this.passed.put(key, checked.check());
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

	private static Checked walk(String name, byte[] docx, Configure configure) {
		XWPFTemplate compiled;
		try {
			compiled = DocxFiles.compile(name, docx, configure);
		}
		catch (ResolverException mismatched) {
			// poi-tl stops at the first unclosed or stray block; walk a fresh copy for all of them.
			TemplateWalk walk = new TemplateWalk(new TagGrammar(configure));
			walk.document(DocxFiles.open(name, docx));
			if (walk.placeholders().stream().allMatch(Placeholder::ok)) {
				walk.placeholders().add(new Placeholder("document", "", "",
						"poi-tl cannot read the blocks of this template (" + mismatched.getMessage() + ")"));
			}
			return new Checked(new TemplateCheck(name, walk.placeholders()), null);
		}
		// Compiling splits runs around tags but keeps every paragraph's text: the walk sees what the user wrote.
		TemplateWalk walk = new TemplateWalk(new TagGrammar(configure));
		walk.document(compiled.getXWPFDocument());
		if (walk.placeholders().stream().allMatch(Placeholder::ok)) {
			PoiTlReconciliation.compare(walk.placeholders(), walk.curlyTags(), compiled.getElementTemplates());
		}
		TemplateCheck check = new TemplateCheck(name, walk.placeholders());
		return new Checked(check, check.ok() ? compiled : null);
	}

}
