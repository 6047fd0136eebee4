/**
 * Briefings: a briefing belongs to an event and is an ordered list of sections that refer to
 * facts by id (panelists, priority set, figures, quotes) and hold their own free text
 * (purpose, programme, talking points, logistics). Here live the briefing records, their
 * store, the operations that assemble and clone them, the pack model built from a briefing
 * and today's facts ({@link org.briefdesk.briefing.BriefingPackModels}), the pre-flight
 * check with its rules, and the terminal preview. Nothing here knows the shell.
 */
package org.briefdesk.briefing;
