package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.render.pdf.MissingGlyph;
import org.briefdesk.render.pdf.PdfExporter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every character of what a letter prints about its invitee (honorific, names, title,
 * organisation, addressee, salutation) has a font in the PDF letter templates. The Word
 * letter is fine either way (Word picks a font on the reader's machine), so this is a
 * warning; when PDF letters are meant ({@code invite generate --pdf}, which refuses such a
 * letter) it is an error. Checked with the PDF engine's own coverage of its fonts, as
 * {@code briefing check} checks a pack.
 */
@Component
@Order(60)
class NameGlyphCheck implements InvitationCheck {

	private final PdfExporter pdf;

	NameGlyphCheck(PdfExporter pdf) {
		this.pdf = pdf;
	}

	@Override
	public String id() {
		return "pdf-glyphs";
	}

	@Override
	public boolean needsFormsOfAddress() {
		return true;
	}

	@Override
	public List<InvitationFinding> check(InvitationCheckContext context) {
		List<InvitationFinding> findings = new ArrayList<>();
		java.util.Set<String> languages = context.templates().languages();
		for (Invitee invitee : context.invitees()) {
			String language = languages.isEmpty() ? invitee.languageCode() : context.letterLanguage(invitee, languages);
			FormsOfAddress.Address address = context.forms().address(invitee.contact(), language);
			Map<String, Object> printed = new LinkedHashMap<>();
			printed.put("honorific", text(invitee.honorific()));
			printed.put("given_name", text(invitee.givenName()));
			printed.put("family_name", text(invitee.familyName()));
			printed.put("full_name", text(invitee.fullName()));
			printed.put("title", text(invitee.title()));
			printed.put("organisation", text(invitee.organisation()));
			printed.put("addressee", text(address.addressee()));
			printed.put("salutation", text(address.salutation()));
			List<MissingGlyph> missing = this.pdf.missingLetterGlyphs(context.pdfFolder(), printed);
			if (missing.isEmpty()) {
				continue;
			}
			String what = String.join("; ", missing.stream().map(MissingGlyph::describe).distinct().toList());
			String message = what + (context.pdf()
					? "; the PDF letter cannot be made: install a font that has it (fonts-noto-cjk for Chinese, Japanese, Korean) or name one in briefdesk.pdf.extra-fonts"
					: "; the Word letter is fine, a PDF letter would be refused: install a font that has it (fonts-noto-cjk for Chinese, Japanese, Korean) or name one in briefdesk.pdf.extra-fonts");
			findings.add(context.pdf() ? InvitationFinding.error(id(), InvitationFinding.where(invitee), message)
					: InvitationFinding.warning(id(), InvitationFinding.where(invitee), message));
		}
		return findings;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
