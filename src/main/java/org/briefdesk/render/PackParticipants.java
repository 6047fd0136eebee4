package org.briefdesk.render;

import java.util.List;

import org.briefdesk.render.PackModel.ParticipantView;

/**
 * Who takes part in an event, as a pack's participants section lists them. The invitation
 * feature implements it (the invitees who accepted), so that the briefing feature can fill
 * the section without depending on invitations, and render on neither.
 */
public interface PackParticipants {

	/** The participants of an event, numbered from 1 in the order they are listed; empty when none. */
	List<ParticipantView> of(String eventId);

}
