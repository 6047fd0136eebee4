package org.briefdesk.team;

import java.time.LocalDateTime;

/**
 * Which version of a stored fact or briefing was read, and who made it when.
 *
 * @param version 1 when it was added, one more at each change
 * @param changedBy who made this version; null for rows older than versions
 * @param changedAt when (UTC); null for rows older than versions
 */
public record Revision(int version, String changedBy, LocalDateTime changedAt) {

}
