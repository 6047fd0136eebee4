package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.facts.Statistic;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A key figure must say where it comes from: a publisher or a publication, and a date. */
@Component
@Order(10)
public class UnsourcedFigureRule implements BriefingCheckRule {

	static final String ID = "unsourced-figure";

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		List<String> ids = context.briefing().figureIds();
		for (int i = 0; i < ids.size(); i++) {
			Statistic statistic = context.contents().statistics().get(ids.get(i));
			if (statistic == null) {
				continue;
			}
			boolean noSource = blank(statistic.source()) && blank(statistic.publisher());
			if (noSource) {
				findings.add(Finding.error(ID, Where.figure(i + 1, statistic.id()),
						"the figure has no source; `stat edit " + statistic.id() + "` can add its publisher and publication"));
			}
			else if (statistic.sourceDate() == null) {
				findings.add(Finding.error(ID, Where.figure(i + 1, statistic.id()),
						"the figure's source has no date; `stat edit " + statistic.id() + "` can add the year"));
			}
		}
		return findings;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
