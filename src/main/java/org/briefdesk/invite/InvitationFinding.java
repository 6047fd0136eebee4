package org.briefdesk.invite;

/**
 * One thing {@code invite check} found.
 *
 * @param severity an error stops the letters going out; a warning asks for a look
 * @param where what it is about, as a user finds it: "invitee 'antonova-hanna' (#3)",
 * "templates", "forms-of-address.yaml:12"
 * @param message what is wrong and, where it helps, what to do
 * @param check the id of the check that found it ({@code salutation}), for scripts
 */
public record InvitationFinding(Severity severity, String where, String message, String check) {

	/** How much a finding matters. */
	public enum Severity {

		ERROR, WARNING;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public static InvitationFinding error(String check, String where, String message) {
		return new InvitationFinding(Severity.ERROR, where, message, check);
	}

	public static InvitationFinding warning(String check, String where, String message) {
		return new InvitationFinding(Severity.WARNING, where, message, check);
	}

	/** How a finding names an invitee. */
	public static String where(Invitee invitee) {
		return "invitee '" + invitee.id() + "' (#" + invitee.number() + ")";
	}

}
