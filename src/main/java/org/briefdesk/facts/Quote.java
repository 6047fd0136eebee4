package org.briefdesk.facts;

/**
 * Words someone said, when and where.
 *
 * @param id the short id
 * @param personId who said it
 * @param text the words, without surrounding quotation marks
 * @param date when, as far as known
 * @param occasion where or at what ("ICAT Principals meeting"), if known
 * @param eventId the event it was said at, when that event is in the library
 * @param source the publication that reports it ("CBSS, December 2020"), if any
 * @param notes anything else worth keeping
 */
public record Quote(String id, String personId, String text, PartialDate date, String occasion, String eventId,
		String source, String notes) implements Fact {

	@Override
	public FactKind factKind() {
		return FactKind.QUOTE;
	}

	@Override
	public String label() {
		return this.text.length() <= 80 ? this.text : this.text.substring(0, 77).strip() + "…";
	}

	public Quote withId(String newId) {
		return new Quote(newId, this.personId, this.text, this.date, this.occasion, this.eventId, this.source,
				this.notes);
	}

}
