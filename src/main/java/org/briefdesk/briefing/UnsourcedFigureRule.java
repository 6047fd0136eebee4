package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.facts.Statistic;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A key figure must say where it comes from: the publication (its title, or at least its web
 * address) and its date. A publisher alone is not a source a reader can look up: "UNODC,
 * 2024" could be any of a hundred reports.
 */
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
			String where = Where.figure(i + 1, statistic.id());
			boolean noPublication = blank(statistic.source()) && blank(statistic.url());
			if (noPublication && blank(statistic.publisher())) {
				findings.add(Finding.error(ID, where, "the figure has no source; `stat edit " + statistic.id()
						+ " --source TITLE --publisher WHO` adds one"));
			}
			else if (noPublication) {
				findings.add(Finding.error(ID, where, "the figure has no source, only a publisher (" + statistic.publisher().strip()
						+ "); `stat edit " + statistic.id() + " --source TITLE` (or --url) names the publication"));
			}
			else if (statistic.sourceDate() == null) {
				findings.add(Finding.error(ID, where,
						"the figure's source has no date; `stat edit " + statistic.id() + " --source-date YYYY` adds it"));
			}
		}
		return findings;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
