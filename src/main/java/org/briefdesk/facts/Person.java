package org.briefdesk.facts;

/**
 * A person: a panelist, a chair, a speaker quoted.
 *
 * @param id the short id ({@code valiant-richey})
 * @param honorific as the sources give it ("Mr.", "Ms", "H.E. Ambassador"), if any
 * @param name the name as the sources spell it; only a surname where that is all they give
 * @param title the position ("Director General"), if known
 * @param organisationId the organisation the person speaks for, if known
 * @param email the e-mail address; kept and exported, not yet used to send anything
 * @param bio a short biography for a pack
 * @param notes anything else worth keeping (other titles the sources used, ...)
 */
public record Person(String id, String honorific, String name, String title, String organisationId, String email,
		String bio, String notes) implements Fact {

	@Override
	public FactKind factKind() {
		return FactKind.PERSON;
	}

	@Override
	public String label() {
		return this.name;
	}

	/** The name with its honorific, as a programme prints it: "H.E. Ambassador Alena Kupchyna". */
	public String formalName() {
		return this.honorific == null || this.honorific.isBlank() ? this.name : this.honorific + " " + this.name;
	}

	public Person withId(String newId) {
		return new Person(newId, this.honorific, this.name, this.title, this.organisationId, this.email, this.bio,
				this.notes);
	}

}
