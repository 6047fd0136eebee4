package org.briefdesk.series;

import java.util.List;

import org.briefdesk.briefing.ReviewMark;

/**
 * What a roll-forward wrote.
 *
 * @param plan what was planned, and so written
 * @param eventId the new event
 * @param briefingId the new briefing; null when the series had none to clone
 * @param marks the review marks the new briefing carries
 */
public record RollForwardResult(RollForwardPlan plan, String eventId, String briefingId, List<ReviewMark> marks) {

	public RollForwardResult {
		marks = List.copyOf(marks);
	}

}
