/**
 * Briefings: a briefing belongs to an event and is an ordered list of sections that refer to
 * facts by id (panelists, priority set, figures, quotes) and hold their own free text
 * (purpose, programme, talking points, logistics). Here live the briefing records and their
 * store; reading them ({@link org.briefdesk.briefing.BriefingQueries}), creating, importing,
 * editing, cloning and removing them ({@link org.briefdesk.briefing.BriefingLifecycle}) and
 * changing their parts ({@link org.briefdesk.briefing.BriefingParts}), all under the one set
 * of reference rules that commands and imports share
 * ({@link org.briefdesk.briefing.BriefingRules}); their entries in the library's data files
 * ({@link org.briefdesk.briefing.BriefingEntries}); the template data model built from a
 * briefing and today's facts ({@link org.briefdesk.briefing.BriefingPackModels}); and the
 * pre-flight check with its rules. What each export used and wrote, and what changed since,
 * lives in {@code briefing.history}. It feeds render and never the other way round: the
 * preview and the export engines live in render. Nothing here knows the shell.
 */
package org.briefdesk.briefing;
