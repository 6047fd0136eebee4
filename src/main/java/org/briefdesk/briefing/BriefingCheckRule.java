package org.briefdesk.briefing;

import java.util.List;

/**
 * One thing a careful colleague looks for before a pack goes out. Every bean of this type
 * takes part in {@code briefing check}; another feature adds a check by declaring one (e.g.
 * the PDF engine's "every name has a glyph in the embedded fonts").
 */
@FunctionalInterface
public interface BriefingCheckRule {

	/** The findings for one briefing; empty when all is well. Never throws for bad data: reports it. */
	List<Finding> check(CheckContext context);

}
