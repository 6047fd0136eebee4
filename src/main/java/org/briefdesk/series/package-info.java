/**
 * Recurring meetings: the events that share a series id ({@code icat-briefings}), who
 * co-chaired each and which briefings each has ({@link org.briefdesk.series.SeriesQueries}),
 * and the roll-forward of a series to its next meeting ({@link org.briefdesk.series.RollForward}):
 * a new event like the last one, with the co-chairs and priorities valid on its date, and a
 * clone of the last briefing with every part that may have gone out of date marked for review.
 * A roll-forward is planned first ({@link org.briefdesk.series.RollForwardPlan}, which writes
 * nothing: the dry run) and then applied in one transaction. Built on facts and briefing;
 * nothing here knows the shell.
 */
package org.briefdesk.series;
