package org.briefdesk.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Statistic;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A key figure that has a newer edition ({@code stat supersede OLD NEW}) is out of date once
 * the newer one is out: a warning that names the newest edition published by the event's date
 * (by today, for an event without a date). A 2019 pack that used the 2019 figure is not
 * judged by a 2023 edition it could not have known.
 */
@Component
@Order(21)
public class SupersededFigureRule implements BriefingCheckRule {

	static final String ID = "superseded-figure";

	@Override
	public List<Finding> check(CheckContext context) {
		return findings(context.contents(), context.today());
	}

	/** The findings for a briefing's figures (also what an export warns about). */
	public static List<Finding> findings(BriefingContents contents, LocalDate today) {
		List<Finding> findings = new ArrayList<>();
		PartialDate eventDate = contents.event().date();
		LocalDate by = eventDate != null ? eventDate.latest() : today;
		List<String> ids = contents.briefing().figureIds();
		for (int i = 0; i < ids.size(); i++) {
			Statistic figure = contents.statistics().get(ids.get(i));
			if (figure == null || figure.supersededBy() == null) {
				continue;
			}
			Statistic newest = newestPublishedBy(contents, figure, by);
			if (newest == null) {
				continue;
			}
			String position = Integer.toString(i + 1);
			findings.add(Finding.warning(ID, Where.figure(i + 1, figure.id()),
					"superseded by " + newest.id() + " (\u201c" + newest.statement().strip() + "\u201d, "
							+ published(newest) + "); `briefing figure add " + newest.id() + " --at " + position
							+ "` and `briefing figure remove " + figure.id() + "` use the newer edition"));
		}
		return findings;
	}

	/** Along the chain of newer editions, the last one published by {@code by}; null when none was. */
	private static Statistic newestPublishedBy(BriefingContents contents, Statistic figure, LocalDate by) {
		Statistic newest = null;
		Set<String> seen = new HashSet<>();
		seen.add(figure.id());
		String next = figure.supersededBy();
		while (next != null && seen.add(next)) {
			Statistic edition = contents.statistics().get(next);
			if (edition == null) {
				break;
			}
			if (edition.sourceDate() == null || !edition.sourceDate().earliest().isAfter(by)) {
				newest = edition;
			}
			next = edition.supersededBy();
		}
		return newest;
	}

	private static String published(Statistic statistic) {
		String by = statistic.publisher() != null && !statistic.publisher().isBlank() ? statistic.publisher()
				: statistic.source();
		String when = statistic.sourceDate() == null ? "" : statistic.sourceDate().toDisplayString();
		return by == null ? when : when.isEmpty() ? by : by + ", " + when;
	}

}
