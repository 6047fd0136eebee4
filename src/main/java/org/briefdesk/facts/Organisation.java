package org.briefdesk.facts;

/**
 * An organisation: a UN entity, a regional organisation, a ministry, a mission, a network.
 *
 * @param id the short id ({@code unodc})
 * @param acronym the acronym people use ({@code UNODC}), if any
 * @param name the full name
 * @param kind what it is ("UN entity", "regional organisation", ...), free text
 * @param parentId the organisation it is part of ({@code odihr} is part of {@code osce}), if any
 * @param member whether it is a member of the coordination body (ICAT)
 * @param memberSince since when, as far as known
 * @param url its web site
 * @param notes anything else worth keeping
 */
public record Organisation(String id, String acronym, String name, String kind, String parentId, boolean member,
		PartialDate memberSince, String url, String notes) implements Fact {

	@Override
	public FactKind factKind() {
		return FactKind.ORGANISATION;
	}

	@Override
	public String label() {
		return this.acronym == null || this.acronym.isBlank() || this.acronym.equals(this.name) ? this.name
				: this.acronym + " (" + this.name + ")";
	}

	/** The acronym when there is one, otherwise the name: how a pack names it in running text. */
	public String shortName() {
		return this.acronym == null || this.acronym.isBlank() ? this.name : this.acronym;
	}

	public Organisation withId(String newId) {
		return new Organisation(newId, this.acronym, this.name, this.kind, this.parentId, this.member,
				this.memberSince, this.url, this.notes);
	}

}
