/**
 * Briefdesk keeps a library of sourced facts and turns them into briefing packs. The
 * packages below are features (facts, briefing, render, batch) plus the thin shell that
 * drives them and the system pieces they share; this package only starts the program.
 */
package org.briefdesk;
