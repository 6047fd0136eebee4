package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.facts.Quote;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A quote is cited with when it was said; without a date a reader cannot place it. */
@Component
@Order(70)
public class UndatedQuoteRule implements BriefingCheckRule {

	static final String ID = "undated-quote";

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		List<String> ids = context.briefing().quoteIds();
		for (int i = 0; i < ids.size(); i++) {
			Quote quote = context.contents().quotes().get(ids.get(i));
			if (quote != null && quote.date() == null) {
				findings.add(Finding.warning(ID, Where.quote(i + 1, quote.id()),
						"the quote has no date; `quote edit " + quote.id() + "` can add when it was said"));
			}
		}
		return findings;
	}

}
