/**
 * What each export of a briefing used and wrote, and what changed since. Every export stores a
 * snapshot of the facts its pack was made from ({@link org.briefdesk.briefing.history.FactSnapshot}:
 * the briefing, its event, the co-chairs the pack names, the people, organisations, priority set,
 * figures and quotes, as canonical JSON with its SHA-256, kept once per content) and a record of
 * the file ({@link org.briefdesk.briefing.history.ExportRecord}: when, format, file, the file's
 * SHA-256 and size, the snapshot). {@link org.briefdesk.briefing.history.BriefingSnapshots} is
 * the API every export calls (single exports and batch jobs alike);
 * {@link org.briefdesk.briefing.history.BriefingExports} is the single export of a pack to Word
 * or PDF that records itself only when its file is written; and
 * {@link org.briefdesk.briefing.history.BriefingDiff} compares a recorded snapshot with the
 * library now, in changes a reader can act on ({@link org.briefdesk.briefing.history.Change}).
 * It builds on the briefing feature and the render engines; nothing here knows the shell.
 */
package org.briefdesk.briefing.history;
