package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The same person twice on one list (same e-mail, or same name and organisation): an error,
 * since they would get two letters. Imports refuse it; the list can still come to hold one
 * when invitees are added one by one from people whose details changed since.
 */
@Component
@Order(30)
class DuplicateCheck implements InvitationCheck {

	@Override
	public String id() {
		return "duplicate";
	}

	@Override
	public List<InvitationFinding> check(InvitationCheckContext context) {
		List<InvitationFinding> findings = new ArrayList<>();
		List<Invitee> invitees = context.invitees();
		for (int i = 0; i < invitees.size(); i++) {
			for (int j = 0; j < i; j++) {
				Optional<String> reason = SamePerson.reason(invitees.get(i).contact(), invitees.get(j).contact());
				if (reason.isPresent()) {
					findings.add(InvitationFinding.error(id(), InvitationFinding.where(invitees.get(i)),
							"the same person as '" + invitees.get(j).id() + "' (" + reason.get() + "); `invite remove "
									+ invitees.get(i).id() + "` removes this one"));
					break;
				}
			}
		}
		return findings;
	}

}
