package org.briefdesk.invite;

import java.util.List;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactReferenceFinder;
import org.springframework.stereotype.Component;

/**
 * Tells the library that an event with invitees is in use, so that {@code event remove}
 * refuses it with a reason instead of failing on the foreign key. A person may be removed:
 * the invitees added from them keep their copied details and lose only the link.
 */
@Component
class InviteeReferences implements FactReferenceFinder {

	private final InviteeRepository invitees;

	InviteeReferences(InviteeRepository invitees) {
		this.invitees = invitees;
	}

	@Override
	public List<String> referencesTo(FactKind kind, String id) {
		if (kind != FactKind.EVENT) {
			return List.of();
		}
		int count = this.invitees.countByEvent(id);
		return count == 0 ? List.of()
				: List.of("its invitee list (" + count + (count == 1 ? " invitee" : " invitees") + "; `invite remove` removes them)");
	}

}
