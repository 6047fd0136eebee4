package org.briefdesk.briefing.history;

/**
 * One thing that differs between a briefing's snapshot and its facts now.
 *
 * @param part what it is about: {@code briefing} (title, subtitle, issuer), {@code sections},
 *        {@code event}, {@code co-chairs}, {@code panel}, {@code people}, {@code organisations},
 *        {@code priorities}, {@code figures}, {@code quotes}, {@code programme}, {@code purpose},
 *        {@code talking-points}, {@code logistics}
 * @param change {@code added}, {@code removed}, {@code changed}, {@code moved} (the same items
 *        in another order) or {@code superseded} (a figure that has a newer edition)
 * @param id the fact or item concerned (a person's id, a figure's, a paragraph's number as it
 *        is now, or as it was when it was removed); empty when the change is about the whole part
 * @param field the key that changed, as the data files name it ({@code title},
 *        {@code source-date}); empty when a whole item was added, removed or moved
 * @param before the value in the snapshot, or null when there was none
 * @param after the value now, or null when there is none
 * @param message the change in words, one line
 */
public record Change(String part, String change, String id, String field, Object before, Object after,
		String message) {

}
