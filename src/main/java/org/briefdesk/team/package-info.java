/**
 * What lets several people keep one library: the versions of facts and briefings, with the
 * refusal of an edit made from a stale read ({@link org.briefdesk.team.VersionedRows},
 * {@link org.briefdesk.team.StaleEditException}); the change log of who changed what and when
 * ({@link org.briefdesk.team.ChangeLog}), kept on every store; the database settings of team
 * mode (environment and {@code database.properties}), the one-line messages for a server that
 * refuses or is not there, and the copy of a library into an empty server database. It works on
 * tables and rows, not on facts: the features name their own kinds, and nothing here knows the
 * shell.
 */
package org.briefdesk.team;
