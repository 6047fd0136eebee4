package org.briefdesk.facts;

/**
 * Words someone said, when and where, and the publication that reports them (the same
 * source fields a statistic has, so that a pack lists a document once whether it cites a
 * figure or a quote from it).
 *
 * @param id the short id
 * @param personId who said it
 * @param text the words, without surrounding quotation marks
 * @param date when, as far as known
 * @param occasion where or at what ("ICAT Principals meeting"), if known
 * @param eventId the event it was said at, when that event is in the library
 * @param source the title of the publication that reports it, if named
 * @param publisher who published that ("CBSS"), if named
 * @param sourceDate when that was published, as far as known
 * @param url where to read it
 * @param notes anything else worth keeping
 */
public record Quote(String id, String personId, String text, PartialDate date, String occasion, String eventId,
		String source, String publisher, PartialDate sourceDate, String url, String notes) implements Fact {

	/** A quote whose source is one line of text (the fields before V4). */
	public Quote(String id, String personId, String text, PartialDate date, String occasion, String eventId,
			String source, String notes) {
		this(id, personId, text, date, occasion, eventId, source, null, null, null, notes);
	}

	@Override
	public FactKind factKind() {
		return FactKind.QUOTE;
	}

	@Override
	public String label() {
		return this.text.length() <= 80 ? this.text : this.text.substring(0, 77).strip() + "…";
	}

	/** The publication that reports the quote. */
	public SourceRef sourceRef() {
		return new SourceRef(this.source, this.publisher, this.sourceDate, this.url);
	}

	public Quote withId(String newId) {
		return new Quote(newId, this.personId, this.text, this.date, this.occasion, this.eventId, this.source,
				this.publisher, this.sourceDate, this.url, this.notes);
	}

}
