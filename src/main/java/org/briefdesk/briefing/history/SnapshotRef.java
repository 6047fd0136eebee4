package org.briefdesk.briefing.history;

/**
 * A stored snapshot of a briefing's facts, as an export names it.
 *
 * @param id the snapshot's id: the first 12 hex digits of its SHA-256
 * @param sha256 the SHA-256 of its canonical JSON, 64 lower-case hex digits
 */
public record SnapshotRef(String id, String sha256) {

}
