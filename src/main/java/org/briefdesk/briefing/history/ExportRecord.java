package org.briefdesk.briefing.history;

import java.time.Instant;

/**
 * One file an export wrote, as the library recorded it.
 *
 * @param id the export's number, unique in the library and growing: what
 *        {@code briefing diff --since} takes
 * @param briefingId the briefing exported
 * @param exportedAt when
 * @param format {@code docx}, {@code pdf}, ...
 * @param fileName the file written, as the exporter named it (an absolute path for a single export)
 * @param sha256 the SHA-256 of the file's bytes
 * @param size the file's size in bytes
 * @param snapshotId the snapshot of the facts it was made from
 */
public record ExportRecord(long id, String briefingId, Instant exportedAt, String format, String fileName,
		String sha256, long size, String snapshotId) {

	/** The first 12 hex digits of the file's hash, as {@code briefing history} shows it. */
	public String shortHash() {
		return this.sha256.substring(0, Math.min(12, this.sha256.length()));
	}

}
