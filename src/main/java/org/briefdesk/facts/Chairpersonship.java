package org.briefdesk.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who chairs the coordination body, and when: the OSCE and UN Women co-chairing ICAT in
 * 2019–2020, the OAS and UNODC from 2025. An event's co-chairs default to the organisations
 * of the chairpersonship that holds on its date.
 *
 * @param id the short id ({@code oas-unodc-2025})
 * @param role chair (one organisation) or co-chair (two or more side by side)
 * @param organisationIds the organisations holding it, in the order the sources name them
 * @param validFrom the start of the period it holds for
 * @param validUntil the end of the period (inclusive), if known; {@code 2023}–{@code 2023} is the year 2023
 * @param source where it is said, if known
 * @param notes anything else worth keeping
 */
public record Chairpersonship(String id, ChairRole role, List<String> organisationIds, PartialDate validFrom,
		PartialDate validUntil, String source, String notes) implements Fact {

	/** The later start wins when two periods share a day (a handover within the year); then the id. */
	private static final Comparator<Chairpersonship> LATEST_START = Comparator
		.comparing(Chairpersonship::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Chairpersonship::id, Comparator.reverseOrder());

	public Chairpersonship {
		organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
	}

	@Override
	public FactKind factKind() {
		return FactKind.CHAIRPERSONSHIP;
	}

	/** "co-chairs osce and un-women, 2019–2020". */
	@Override
	public String label() {
		return (this.role == null ? "" : this.role.plural() + " ") + String.join(" and ", this.organisationIds)
				+ (this.validFrom == null ? "" : ", " + period());
	}

	/** "2025", "2025 onwards", "2019–2020". */
	public String period() {
		if (this.validUntil == null) {
			return this.validFrom + " onwards";
		}
		return this.validFrom.equals(this.validUntil) ? this.validFrom.toString()
				: this.validFrom + "–" + this.validUntil;
	}

	/** Whether its period shares a day with {@code date} (a month or a year counts as each of its days). */
	public boolean holdsOn(PartialDate date) {
		return date != null && this.validFrom != null && date.within(this.validFrom, this.validUntil);
	}

	/** The chairpersonship that holds on {@code date}: of several, the one that started last. */
	public static Optional<Chairpersonship> holdingOn(Collection<Chairpersonship> all, PartialDate date) {
		return all.stream().filter(c -> c.holdsOn(date)).max(LATEST_START);
	}

	public Chairpersonship withId(String newId) {
		return new Chairpersonship(newId, this.role, this.organisationIds, this.validFrom, this.validUntil,
				this.source, this.notes);
	}

}
