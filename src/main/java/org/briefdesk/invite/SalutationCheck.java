package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every invitee gets the salutation their honorific and title call for: an error when a rule
 * that fits them was passed over because a field it prints is empty ("Dr." without a family
 * name would be greeted "Dear Colleague,"); a warning for an honorific the rules do not know,
 * and for a language the forms of address do not have.
 */
@Component
@Order(10)
class SalutationCheck implements InvitationCheck {

	@Override
	public String id() {
		return "salutation";
	}

	@Override
	public boolean needsFormsOfAddress() {
		return true;
	}

	@Override
	public List<InvitationFinding> check(InvitationCheckContext context) {
		List<InvitationFinding> findings = new ArrayList<>();
		FormsOfAddress forms = context.forms();
		Set<String> templateLanguages = context.templates().languages();
		Map<String, List<String>> withoutForms = new LinkedHashMap<>();
		for (Invitee invitee : context.invitees()) {
			String language = templateLanguages.isEmpty() ? invitee.languageCode()
					: context.letterLanguage(invitee, templateLanguages);
			FormsOfAddress.Address address = forms.address(invitee.contact(), language);
			for (FormsOfAddress.PassedOver passed : address.passedOver()) {
				findings.add(InvitationFinding.error(id(), InvitationFinding.where(invitee),
						"the salutation " + passed.salutation() + " needs " + String.join(" and ", passed.missingFields())
								+ ", which is empty, so the letter would say \"" + address.salutation() + "\"; add it ("
								+ "`invite import --update` with the corrected row)"));
			}
			if (!address.unknownHonorifics().isEmpty()) {
				findings.add(InvitationFinding.warning(id(), InvitationFinding.where(invitee), "honorific '"
						+ String.join(" ", address.unknownHonorifics()) + "' is not in " + forms.source()
						+ ", so the letter says \"" + address.salutation() + "\"; add it under honorifics if it calls for another form"));
			}
			if (!address.languageFound()) {
				withoutForms.computeIfAbsent(language, key -> new ArrayList<>()).add(invitee.id());
			}
		}
		withoutForms.forEach((language, ids) -> findings.add(InvitationFinding.warning(id(), "forms of address",
				ids.size() + (ids.size() == 1 ? " invitee" : " invitees") + " in language " + language + " ("
						+ CheckLists.some(ids) + "): " + forms.source() + " has no rules for " + language + "; they get the "
						+ forms.defaultLanguage() + " ones")));
		return findings;
	}

}
