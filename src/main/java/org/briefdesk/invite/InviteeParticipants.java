package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.render.PackModel.ParticipantView;
import org.briefdesk.render.PackParticipants;
import org.springframework.stereotype.Component;

/**
 * A pack's participants: the invitees of the event who accepted, in the order of the
 * attendance list ({@link InvitationService#participants}), each with the honorific before the
 * name as a letter addresses them ("H.E. Ambassador Ms. Ana Moreno", each part once), the
 * title and the organisation.
 */
@Component
class InviteeParticipants implements PackParticipants {

	private final InvitationService invitations;

	InviteeParticipants(InvitationService invitations) {
		this.invitations = invitations;
	}

	@Override
	public List<ParticipantView> of(String eventId) {
		FormsOfAddress forms = FormsOfAddressFile.builtIn();
		List<ParticipantView> participants = new ArrayList<>();
		for (Invitee invitee : this.invitations.participants(eventId)) {
			String name = forms.address(invitee.contact(), invitee.languageCode()).addressee();
			participants.add(new ParticipantView(participants.size() + 1, name, text(invitee.title()),
					text(invitee.organisation())));
		}
		return participants;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
