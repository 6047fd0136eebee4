package org.briefdesk.facts;

import java.util.List;

/**
 * An ordered list of priorities with its owners and the period it holds for: ICAT's six
 * priority areas (2020), the six priorities of the 2025 OAS–UNODC co-chairpersonship.
 *
 * @param id the short id ({@code oas-unodc-priorities-2025})
 * @param title what the set is called
 * @param ownerIds the organisations whose priorities they are, in order
 * @param validFrom the start of the period they hold for
 * @param validUntil the end of the period (inclusive), if it has one; {@code 2025}–{@code 2025} is the year 2025
 * @param priorities the priorities, first first
 * @param source where they are set out, if known
 * @param notes anything else worth keeping
 */
public record PrioritySet(String id, String title, List<String> ownerIds, PartialDate validFrom,
		PartialDate validUntil, List<String> priorities, String source, String notes) implements Fact {

	public PrioritySet {
		ownerIds = ownerIds == null ? List.of() : List.copyOf(ownerIds);
		priorities = priorities == null ? List.of() : List.copyOf(priorities);
	}

	@Override
	public FactKind factKind() {
		return FactKind.PRIORITY_SET;
	}

	@Override
	public String label() {
		return this.title;
	}

	/** "2025", "2020 onwards", "2019–2020". */
	public String period() {
		if (this.validUntil == null) {
			return this.validFrom + " onwards";
		}
		return this.validFrom.equals(this.validUntil) ? this.validFrom.toString()
				: this.validFrom + "–" + this.validUntil;
	}

	public PrioritySet withId(String newId) {
		return new PrioritySet(newId, this.title, this.ownerIds, this.validFrom, this.validUntil, this.priorities,
				this.source, this.notes);
	}

}
