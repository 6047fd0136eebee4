package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.SourceRef;
import org.briefdesk.facts.Statistic;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A pack lists each source once, but only when its facts name it alike: a figure citing
 * "Briefing on ICAT" (UNODC, 3 October 2023) and a quote citing "UNODC, 3 October 2023" are
 * two entries of the Sources list for what is likely one page. Warns about two sources of a
 * briefing that look like one document (the same web address, the same publisher and date,
 * or the same title once case, accents and punctuation are set aside), so the user can give
 * both facts the same source fields. A warning, not an error: two reports of one publisher
 * on one day exist.
 */
@Component
@Order(80)
public class LookalikeSourcesRule implements BriefingCheckRule {

	static final String ID = "lookalike-sources";

	@Override
	public List<Finding> check(CheckContext context) {
		List<Cited> cited = new ArrayList<>();
		List<String> figureIds = context.briefing().figureIds();
		for (int i = 0; i < figureIds.size(); i++) {
			Statistic statistic = context.contents().statistics().get(figureIds.get(i));
			if (statistic != null) {
				cited.add(new Cited(statistic.sourceRef(), Where.figure(i + 1, statistic.id()),
						"stat edit " + statistic.id()));
			}
		}
		List<String> quoteIds = context.briefing().quoteIds();
		for (int i = 0; i < quoteIds.size(); i++) {
			Quote quote = context.contents().quotes().get(quoteIds.get(i));
			if (quote != null) {
				cited.add(new Cited(quote.sourceRef(), Where.quote(i + 1, quote.id()), "quote edit " + quote.id()));
			}
		}
		List<Cited> distinct = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (Cited next : cited) {
			if (next.source().citation().isEmpty()
					|| distinct.stream().anyMatch(seen -> sameWording(seen.source(), next.source()))) {
				continue;
			}
			for (Cited seen : distinct) {
				String alike = alike(seen.source(), next.source());
				if (alike != null) {
					findings.add(Finding.warning(ID, next.where(), "its source " + next.source().citation()
							+ " looks like " + seen.source().citation() + " of " + seen.where() + " (" + alike
							+ "); if they are one document, give both the same title, publisher, date and url (`"
							+ next.edit() + " --source TITLE --publisher WHO --source-date DATE`)"));
					break;
				}
			}
			distinct.add(next);
		}
		return findings;
	}

	/** Why two differently worded sources look like one document, or null. */
	static String alike(SourceRef a, SourceRef b) {
		if (!a.url().isEmpty() && SourceRef.normalisedUrl(a.url()).equals(SourceRef.normalisedUrl(b.url()))) {
			return "the same url";
		}
		PartialDate dateA = a.date();
		if (!a.publisher().isEmpty() && dateA != null && dateA.equals(b.date())
				&& SourceRef.folded(a.publisher()).equals(SourceRef.folded(b.publisher()))) {
			return "the same publisher and date";
		}
		if (!a.title().isEmpty() && SourceRef.folded(a.title()).equals(SourceRef.folded(b.title()))) {
			return "the same title";
		}
		return null;
	}

	/** Cited in exactly the same words and identity: one entry of the list, nothing to warn about. */
	private static boolean sameWording(SourceRef a, SourceRef b) {
		return a.identity().equals(b.identity()) && a.citation().equals(b.citation())
				&& Objects.equals(a.url(), b.url());
	}

	private record Cited(SourceRef source, String where, String edit) {
	}

}
