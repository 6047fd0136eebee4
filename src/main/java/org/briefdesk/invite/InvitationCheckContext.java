package org.briefdesk.invite;

import java.util.List;

/**
 * What every {@link InvitationCheck} looks at.
 *
 * @param eventId the event
 * @param invitees its invitees, in the order of addition
 * @param templates the template folder the letters would use
 * @param forms the forms of address of that folder (valid: when the file is not, the checks
 * that need it do not run and the file's problems are the findings)
 * @param pdf whether PDF letters are meant ({@code invite generate --pdf}): what only the PDF
 * would get wrong (a character no PDF font has) is then an error, not a warning
 */
public record InvitationCheckContext(String eventId, List<Invitee> invitees, InvitationTemplates templates,
		FormsOfAddress forms, boolean pdf) {

	public InvitationCheckContext {
		invitees = List.copyOf(invitees);
	}

	/** A check of the Word letters (PDF letters not asked for). */
	public InvitationCheckContext(String eventId, List<Invitee> invitees, InvitationTemplates templates,
			FormsOfAddress forms) {
		this(eventId, invitees, templates, forms, false);
	}

	/**
	 * The folder the PDF letters come from, as {@code invite generate} chooses it: the template
	 * folder when it holds {@code invitation.xhtml}, else null (the built-in PDF letters).
	 */
	public java.nio.file.Path pdfFolder() {
		java.nio.file.Path folder = this.templates.folder();
		return folder != null && java.nio.file.Files.isRegularFile(folder.resolve("invitation.xhtml")) ? folder : null;
	}

	/**
	 * The language a letter to the invitee is written in: the invitee's own when the folder
	 * has a template for it (or for its primary language: fr for fr-CH), else the default.
	 */
	public String letterLanguage(Invitee invitee, java.util.Set<String> templateLanguages) {
		String language = invitee.languageCode();
		if (templateLanguages.contains(language)) {
			return language;
		}
		int dash = language.indexOf('-');
		if (dash > 0 && templateLanguages.contains(language.substring(0, dash))) {
			return language.substring(0, dash);
		}
		return Invitee.DEFAULT_LANGUAGE;
	}

}
