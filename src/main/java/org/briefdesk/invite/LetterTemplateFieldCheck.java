package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.briefdesk.render.LetterModel;
import org.briefdesk.render.docx.CheckedTemplates;
import org.briefdesk.render.docx.TemplateCheck;
import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.system.BriefdeskException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every placeholder of the letter templates names a field the letters have: each Word
 * template of the folder ({@code invitation.docx} and every {@code invitation.LANG.docx}),
 * checked by the Word template check against the letter's fields ({@link LetterModel}), and
 * the PDF letter templates ({@code invitation.xhtml}, {@code invitation.LANG.xhtml}) the
 * letters would use. Each mistake is an error: the letters would stop at it, or print it as
 * is. Runs whether or not the event has invitees: a template is wrong for everyone.
 */
@Component
@Order(50)
class LetterTemplateFieldCheck implements InvitationCheck {

	private final CheckedTemplates word;

	private final PdfExporter pdf;

	LetterTemplateFieldCheck(CheckedTemplates word, PdfExporter pdf) {
		this.word = word;
		this.pdf = pdf;
	}

	@Override
	public String id() {
		return "template-fields";
	}

	@Override
	public List<InvitationFinding> check(InvitationCheckContext context) {
		List<InvitationFinding> findings = new ArrayList<>();
		InvitationTemplates templates = context.templates();
		for (String file : templates.letterTemplates()) {
			String label = templates.label(file);
			try {
				TemplateCheck check = this.word.checkLetter(label, templates.read(file));
				for (TemplateCheck.Placeholder problem : check.problems()) {
					findings.add(InvitationFinding.error(id(), label, problem.where() + ": " + problem.problem()));
				}
			}
			catch (BriefdeskException unreadable) {
				findings.add(InvitationFinding.error(id(), label, unreadable.getMessage()));
			}
		}
		for (String file : pdfTemplates(context)) {
			try {
				for (PdfExporter.UnknownField unknown : this.pdf.unknownLetterFields(context.pdfFolder(), file,
						LetterModel.class)) {
					findings.add(InvitationFinding.error(id(), unknown.template(), "line " + unknown.line()
							+ ": unknown field " + unknown.tag() + "; `template fields` lists the fields"));
				}
			}
			catch (BriefdeskException broken) {
				findings.add(InvitationFinding.error(id(), file, broken.getMessage()));
			}
		}
		return findings;
	}

	/** The PDF letter templates that may be used: the default, and one per language of a template or an invitee. */
	private static Set<String> pdfTemplates(InvitationCheckContext context) {
		Set<String> languages = new java.util.TreeSet<>(context.templates().languages());
		for (Invitee invitee : context.invitees()) {
			String language = invitee.languageCode();
			languages.add(language);
			if (language.contains("-")) {
				languages.add(language.substring(0, language.indexOf('-')));
			}
		}
		Set<String> files = new LinkedHashSet<>();
		files.add("invitation.xhtml");
		for (String language : languages) {
			if (language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
				files.add("invitation." + language + ".xhtml");
			}
		}
		return files;
	}

}
