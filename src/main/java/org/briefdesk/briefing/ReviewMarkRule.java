package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A part marked for review when the briefing was rolled forward ({@code event next}) is a
 * warning until someone confirms it: copied text, figures and panels read right last time and
 * may not now.
 */
@Component
@Order(5)
public class ReviewMarkRule implements BriefingCheckRule {

	static final String ID = "review";

	private final BriefingReviews reviews;

	public ReviewMarkRule(BriefingReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public List<Finding> check(CheckContext context) {
		String briefingId = context.briefing().id();
		List<Finding> findings = new ArrayList<>();
		for (ReviewMark mark : this.reviews.marks(briefingId)) {
			if (!mark.confirmed()) {
				findings.add(Finding.warning(ID, "review " + mark.part().key(), "to review: " + mark.reason()
						+ "; `briefing review confirm " + mark.part().key() + " --briefing " + briefingId
						+ "` once it is right"));
			}
		}
		return findings;
	}

}
