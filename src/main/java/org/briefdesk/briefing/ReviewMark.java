package org.briefdesk.briefing;

import java.time.LocalDateTime;

/**
 * A part of a briefing that someone should look at before the pack goes out, and why: left
 * by a roll-forward on every part copied from the last meeting of a series. {@code briefing
 * check} warns about it until it is confirmed.
 *
 * @param part the part
 * @param reason why it may be out of date, and what changed
 * @param markedAt when it was marked (UTC); null for a mark not stored yet
 * @param confirmedAt when someone confirmed it (UTC); null while it is open
 */
public record ReviewMark(ReviewPart part, String reason, LocalDateTime markedAt, LocalDateTime confirmedAt) {

	/** A new, open mark. */
	public static ReviewMark open(ReviewPart part, String reason) {
		return new ReviewMark(part, reason, null, null);
	}

	public boolean confirmed() {
		return this.confirmedAt != null;
	}

}
