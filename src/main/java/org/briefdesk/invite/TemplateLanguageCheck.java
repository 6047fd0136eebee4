package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every invitee's language has a letter: an error when the folder has no
 * {@code invitation.docx} (the default language's, which everyone else gets); a warning per
 * language without its {@code invitation.LANG.docx}, saying how many invitees and which get
 * the default-language letter instead.
 */
@Component
@Order(40)
class TemplateLanguageCheck implements InvitationCheck {

	@Override
	public String id() {
		return "template-language";
	}

	@Override
	public List<InvitationFinding> check(InvitationCheckContext context) {
		List<InvitationFinding> findings = new ArrayList<>();
		if (context.invitees().isEmpty()) {
			return findings;
		}
		InvitationTemplates templates = context.templates();
		Set<String> languages = templates.languages();
		if (!templates.hasDefaultTemplate()) {
			findings.add(InvitationFinding.error(id(), "templates", templates.name() + " has no "
					+ InvitationTemplates.DEFAULT_TEMPLATE + ", the letter for " + Invitee.DEFAULT_LANGUAGE
					+ " and for every language without its own template; add one, or give --template DIR"));
		}
		Map<String, List<String>> without = new LinkedHashMap<>();
		for (Invitee invitee : context.invitees()) {
			String language = invitee.languageCode();
			String primary = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
			boolean fallsBack = context.letterLanguage(invitee, languages).equals(Invitee.DEFAULT_LANGUAGE);
			if (fallsBack && !primary.equals(Invitee.DEFAULT_LANGUAGE)) {
				without.computeIfAbsent(language, key -> new ArrayList<>()).add(invitee.id());
			}
		}
		without.forEach((language, ids) -> findings.add(InvitationFinding.warning(id(), "templates",
				ids.size() + (ids.size() == 1 ? " invitee" : " invitees") + " in language " + language + " ("
						+ CheckLists.some(ids) + "): no " + InvitationTemplates.templateName(language) + " in "
						+ templates.name() + "; they get the " + Invitee.DEFAULT_LANGUAGE + " letter")));
		return findings;
	}

}
