package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.briefdesk.system.BriefdeskException;
import org.springframework.stereotype.Service;

/**
 * Editions of a figure: a statistic can be superseded by a newer one (the 2019 membership by
 * the 2023 one), and a briefing that still uses the older is told the newest. The link is
 * checked here: both exist, the newer is not older than the one it supersedes, and no chain
 * leads back to where it started.
 */
@Service
public class StatisticEditions {

	private final StatisticRepository statistics;

	private final FactLibrary library;

	public StatisticEditions(StatisticRepository statistics, FactLibrary library) {
		this.statistics = statistics;
		this.library = library;
	}

	/**
	 * Links {@code olderId} to its newer edition {@code newerId}.
	 * @return the older statistic as now stored
	 */
	public Statistic supersede(String olderId, String newerId) {
		Statistic older = this.library.get(FactKind.STATISTIC, olderId);
		Statistic newer = this.library.get(FactKind.STATISTIC, newerId);
		if (older.id().equals(newer.id())) {
			throw new BriefdeskException("a statistic cannot supersede itself; name the newer edition as NEW");
		}
		if (newer.sourceDate() != null && older.sourceDate() != null
				&& newer.sourceDate().latest().isBefore(older.sourceDate().earliest())) {
			throw new BriefdeskException("'" + newer.id() + "' (" + newer.sourceDate() + ") is older than '" + older.id()
					+ "' (" + older.sourceDate() + "); the newer edition comes second: `stat supersede " + newer.id() + " "
					+ older.id() + "`");
		}
		List<String> chain = chainFrom(newer.id());
		if (chain.contains(older.id())) {
			throw new BriefdeskException("'" + newer.id() + "' is already superseded, through "
					+ String.join(" → ", chain) + ", by '" + older.id() + "'; an edition cannot be newer than itself");
		}
		return this.library.update(older.withSupersededBy(newer.id()));
	}

	/** Removes the link of {@code olderId} to a newer edition. */
	public Statistic unlink(String olderId) {
		Statistic older = this.library.get(FactKind.STATISTIC, olderId);
		if (older.supersededBy() == null) {
			throw new BriefdeskException("'" + older.id() + "' is superseded by no newer statistic");
		}
		return this.library.update(older.withSupersededBy(null));
	}

	/** The ids from {@code id} through each newer edition to the newest, {@code id} first. */
	public List<String> chainFrom(String id) {
		List<String> chain = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		String current = id;
		while (current != null && seen.add(current)) {
			chain.add(current);
			current = this.statistics.findById(current).map(Statistic::supersededBy).orElse(null);
		}
		return chain;
	}

}
