package org.briefdesk.team;

import java.time.LocalDateTime;

/**
 * One line of the change log.
 *
 * @param id the log's own number, in the order of the changes
 * @param changedAt when (UTC)
 * @param changedBy who: the configured name or the operating-system user
 * @param kind organisation, person, priority-set, statistic, quote, event, briefing, invitee
 * @param itemId the id of what changed (an invitee's is {@code EVENT/ID})
 * @param action added, changed or removed
 * @param version the version after the change, or null
 * @param details what changed and how, or null
 */
public record Change(long id, LocalDateTime changedAt, String changedBy, String kind, String itemId, String action,
		Integer version, String details) {

	public static final String ADDED = "added";

	public static final String CHANGED = "changed";

	public static final String REMOVED = "removed";

}
