/**
 * Batch export: job files ({@link org.briefdesk.batch.BatchJobReader}) that name the briefings
 * (and invitations) to export, in which formats, through which templates and under which file
 * names; the runner ({@link org.briefdesk.batch.BatchExport}) that exports them all into one
 * folder, dated by one "today", one item's failure not stopping the others, one run at a time
 * per folder; and the folder's {@code manifest.json} ({@link org.briefdesk.batch.BatchManifest})
 * with every file's SHA-256, which {@code export verify} checks a published folder against.
 * The shell only parses the command line and prints what this package returns.
 */
package org.briefdesk.batch;
