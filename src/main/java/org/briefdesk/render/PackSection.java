package org.briefdesk.render;

/**
 * A section of a pack as an output format sees it: its key, which is also its anchor in
 * {@link PackModel#contents()} ({@code cover}, {@code purpose}, {@code programme},
 * {@code panelists}, {@code priorities}, {@code figures}, {@code quotes},
 * {@code talking-points}, {@code logistics}, {@code sources}), and the heading it prints. The
 * briefing feature's sections implement it, so that a renderer can follow a briefing's order
 * without knowing briefings.
 */
public interface PackSection {

	/** The section's key: {@code talking-points}. */
	String key();

	/** The heading it prints: "Talking points". */
	String heading();

}
