package org.briefdesk.briefing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.BriefdeskProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Runs every {@link BriefingCheckRule} bean over a briefing and its facts: the findings a
 * careful colleague would catch before a pack goes out, errors first.
 */
@Service
public class BriefingChecks {

	/** The findings for one briefing. */
	public record Report(String briefingId, int staleFigureYears, List<Finding> findings) {

		public long errors() {
			return this.findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		}

		public long warnings() {
			return this.findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		}

		public boolean hasErrors() {
			return errors() > 0;
		}

	}

	private final BriefingQueries briefings;

	private final BriefingPackModels models;

	private final List<BriefingCheckRule> rules;

	private final BriefdeskProperties properties;

	private final Clock clock;

	public BriefingChecks(BriefingQueries briefings, BriefingPackModels models, ObjectProvider<BriefingCheckRule> rules,
			BriefdeskProperties properties, ObjectProvider<Clock> clock) {
		this.briefings = briefings;
		this.models = models;
		this.rules = rules.orderedStream().toList();
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/**
	 * Checks one briefing.
	 * @param staleFigureYears the age in years above which a figure is stale; null for the configured default
	 */
	public Report check(String briefingId, Integer staleFigureYears) {
		return check(this.briefings.contents(briefingId), staleFigureYears);
	}

	public Report check(BriefingContents contents, Integer staleFigureYears) {
		return check(contents, staleFigureYears, LocalDate.now(this.clock));
	}

	/**
	 * Checks one briefing as it reads on {@code today}: figures are stale by that day, and the
	 * pack the rules look at is generated on it (a batch export's {@code --date}).
	 */
	public Report check(BriefingContents contents, Integer staleFigureYears, LocalDate today) {
		int years = staleFigureYears == null ? this.properties.staleFigureYears() : staleFigureYears;
		if (years < 0) {
			throw new BriefdeskException("--years must be 0 or more, not " + years);
		}
		CheckContext context = new CheckContext(contents, years, today, () -> this.models.build(contents, today));
		List<Finding> findings = new ArrayList<>();
		for (BriefingCheckRule rule : this.rules) {
			findings.addAll(rule.check(context));
		}
		findings.sort(Comparator.comparing(Finding::severity));
		return new Report(contents.briefing().id(), years, List.copyOf(findings));
	}

	/** The rules that run, in order (for `help` and tests). */
	public List<BriefingCheckRule> rules() {
		return this.rules;
	}

}
