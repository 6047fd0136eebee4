package org.briefdesk.briefing;

/**
 * A person on the panel of a briefing, by reference: the name, title and organisation are
 * the person's as the library holds them today.
 *
 * @param personId the person
 * @param role the part the person plays in this briefing
 */
public record Panelist(String personId, PanelRole role) {

	public Panelist {
		if (role == null) {
			role = PanelRole.SPEAKER;
		}
	}

}
