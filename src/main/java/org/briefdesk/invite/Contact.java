package org.briefdesk.invite;

/**
 * Who is invited, as the list holds it: every value exactly as the user or the library gave
 * it (nothing trimmed or cleaned; a value that is not known is null). Cleaning happens only
 * where a value becomes a file name.
 *
 * @param honorific "H.E. Ambassador", "Ms.", "Dr.", if any
 * @param givenName the given name(s), if known
 * @param familyName the family name, if known
 * @param fullName the name as a letter prints it; never null (made from given and family
 * name when a file gives only those)
 * @param title the position ("Permanent Representative"), if known
 * @param organisation the mission or organisation, by its name
 * @param email the e-mail address, if known
 * @param language the working language as given ({@code fr}), null for the default
 * @param personId the library person this invitee was added from, if any
 */
public record Contact(String honorific, String givenName, String familyName, String fullName, String title,
		String organisation, String email, String language, String personId) {

	public Contact withPersonId(String newPersonId) {
		return new Contact(this.honorific, this.givenName, this.familyName, this.fullName, this.title,
				this.organisation, this.email, this.language, newPersonId);
	}

}
