package org.briefdesk.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure with its source: "One in three detected victims is a child" (UNODC, 2023).
 *
 * @param id the short id
 * @param statement the sentence a pack prints
 * @param value the number, when there is one to compute with ({@code 24})
 * @param unit what the number counts ("entities"), if any
 * @param source the title of the publication it comes from, if named
 * @param publisher who published it ("OSCE")
 * @param sourceDate when it was published, as far as known: the year a pack cites and ages
 * @param url where to read it
 * @param tags topics, lower-case words ({@code children}, {@code membership})
 * @param notes anything else worth keeping (who said it, where)
 */
public record Statistic(String id, String statement, BigDecimal value, String unit, String source, String publisher,
		PartialDate sourceDate, String url, List<String> tags, String notes) implements Fact {

	public Statistic {
		tags = tags == null ? List.of() : List.copyOf(tags);
	}

	@Override
	public FactKind factKind() {
		return FactKind.STATISTIC;
	}

	@Override
	public String label() {
		return this.statement;
	}

	/** "OSCE, 6 December 2019" or "Global Report (UNODC, 2020)": the footnote a pack prints. */
	public String citation() {
		String date = this.sourceDate == null ? "" : this.sourceDate.toDisplayString();
		boolean hasSource = this.source != null && !this.source.isBlank();
		boolean hasPublisher = this.publisher != null && !this.publisher.isBlank();
		if (hasSource && hasPublisher) {
			return this.source + " (" + this.publisher + ", " + date + ")";
		}
		return (hasSource ? this.source : hasPublisher ? this.publisher : "") + ", " + date;
	}

	public Statistic withId(String newId) {
		return new Statistic(newId, this.statement, this.value, this.unit, this.source, this.publisher,
				this.sourceDate, this.url, this.tags, this.notes);
	}

}
