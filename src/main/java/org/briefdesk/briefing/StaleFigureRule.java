package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Statistic;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A key figure whose source is more than N years older than the event (or than today, for an
 * event without a date) is probably out of date. Counted in whole years, so that a source
 * known only by its year is judged the same as one known to the day.
 */
@Component
@Order(20)
public class StaleFigureRule implements BriefingCheckRule {

	static final String ID = "stale-figure";

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		PartialDate eventDate = context.contents().event().date();
		int referenceYear = eventDate != null ? eventDate.year() : context.today().getYear();
		String against = eventDate != null ? "the event (" + eventDate.year() + ")" : "today";
		int limit = context.staleFigureYears();
		List<String> ids = context.briefing().figureIds();
		for (int i = 0; i < ids.size(); i++) {
			Statistic statistic = context.contents().statistics().get(ids.get(i));
			if (statistic == null || statistic.sourceDate() == null) {
				continue;
			}
			int age = referenceYear - statistic.sourceDate().year();
			if (age > limit) {
				findings.add(Finding.warning(ID, Where.figure(i + 1, statistic.id()),
						"the source is from " + statistic.sourceDate().year() + ", " + age + " years before " + against
								+ " (the limit is " + limit + "); look for a newer figure"));
			}
		}
		return findings;
	}

}
