package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Warns of invitees without an e-mail address, or with one that cannot be an address (no single @, spaces). */
@Component
@Order(20)
class EmailCheck implements InvitationCheck {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

	@Override
	public String id() {
		return "email";
	}

	@Override
	public List<InvitationFinding> check(InvitationCheckContext context) {
		List<InvitationFinding> findings = new ArrayList<>();
		for (Invitee invitee : context.invitees()) {
			String email = invitee.email();
			if (ContactRules.isBlank(email)) {
				findings.add(InvitationFinding.warning(id(), InvitationFinding.where(invitee),
						"no e-mail address; the letter can be printed but not sent by e-mail"));
			}
			else if (!ADDRESS.matcher(email).matches()) {
				findings.add(InvitationFinding.warning(id(), InvitationFinding.where(invitee),
						"e-mail '" + email + "' does not look like an address (name@domain)"));
			}
		}
		return findings;
	}

}
