package org.briefdesk.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure with its source: "One in three detected victims is a child" (UNODC, 2023).
 *
 * @param id the short id
 * @param statement the sentence a pack prints
 * @param qualifier the words the source puts before the number ("more than", "about", "at
 *        least"), if any: a pack prints them with it, as one phrase
 * @param value the number, when there is one to compute with ({@code 24})
 * @param unit what the number counts ("entities", "of 23 organisations"), if any
 * @param source the title of the publication it comes from, if named
 * @param publisher who published it ("OSCE")
 * @param sourceDate when it was published, as far as known: the year a pack cites and ages
 * @param url where to read it
 * @param excerpt the sentence of the source the figure comes from, word for word, so that
 *        anyone can find it there
 * @param tags topics, lower-case words ({@code children}, {@code membership})
 * @param notes anything else worth keeping (who said it, where)
 * @param supersededBy the statistic that is its newer edition ({@code stat supersede OLD NEW}), if any:
 *        a briefing that still uses this one is warned and told the newer one
 */
public record Statistic(String id, String statement, String qualifier, BigDecimal value, String unit, String source,
		String publisher, PartialDate sourceDate, String url, String excerpt, List<String> tags, String notes,
		String supersededBy) implements Fact {

	public Statistic {
		tags = tags == null ? List.of() : List.copyOf(tags);
		supersededBy = supersededBy == null || supersededBy.isBlank() ? null : supersededBy.strip();
	}

	/** A statistic that no newer edition supersedes. */
	public Statistic(String id, String statement, String qualifier, BigDecimal value, String unit, String source,
			String publisher, PartialDate sourceDate, String url, String excerpt, List<String> tags, String notes) {
		this(id, statement, qualifier, value, unit, source, publisher, sourceDate, url, excerpt, tags, notes, null);
	}

	/** A statistic without qualifier or excerpt (the fields before V4). */
	public Statistic(String id, String statement, BigDecimal value, String unit, String source, String publisher,
			PartialDate sourceDate, String url, List<String> tags, String notes) {
		this(id, statement, null, value, unit, source, publisher, sourceDate, url, null, tags, notes);
	}

	@Override
	public FactKind factKind() {
		return FactKind.STATISTIC;
	}

	@Override
	public String label() {
		return this.statement;
	}

	/** The publication the figure comes from. */
	public SourceRef sourceRef() {
		return new SourceRef(this.source, this.publisher, this.sourceDate, this.url);
	}

	/** "UNODC, “Global Report on Trafficking in Persons”, 2022": the entry a pack's sources list prints. */
	public String citation() {
		return sourceRef().citation();
	}

	/**
	 * The figure as one phrase: qualifier, number and unit ("more than 20 organisations",
	 * "21 of 23 organisations"); empty when there is no number.
	 */
	public String figure() {
		if (this.value == null) {
			return "";
		}
		StringBuilder phrase = new StringBuilder();
		if (this.qualifier != null && !this.qualifier.isBlank()) {
			phrase.append(this.qualifier.strip()).append(' ');
		}
		phrase.append(this.value.stripTrailingZeros().toPlainString());
		if (this.unit != null && !this.unit.isBlank()) {
			phrase.append(' ').append(this.unit.strip());
		}
		return phrase.toString();
	}

	public Statistic withId(String newId) {
		return new Statistic(newId, this.statement, this.qualifier, this.value, this.unit, this.source, this.publisher,
				this.sourceDate, this.url, this.excerpt, this.tags, this.notes, this.supersededBy);
	}

	/** The same figure, superseded by {@code newerId} (null: by none). */
	public Statistic withSupersededBy(String newerId) {
		return new Statistic(this.id, this.statement, this.qualifier, this.value, this.unit, this.source,
				this.publisher, this.sourceDate, this.url, this.excerpt, this.tags, this.notes, newerId);
	}

}
