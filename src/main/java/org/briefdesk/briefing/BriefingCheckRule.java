package org.briefdesk.briefing;

import java.util.List;

/**
 * One thing a careful colleague looks for before a pack goes out. Every bean of this type
 * takes part in {@code briefing check}. An output format that cannot print something in a
 * pack model declares a {@link org.briefdesk.render.PackModelCheck} instead (the PDF engine's
 * "every character has a font"), which {@code PackModelRule} reports here.
 */
@FunctionalInterface
public interface BriefingCheckRule {

	/** The findings for one briefing; empty when all is well. Never throws for bad data: reports it. */
	List<Finding> check(CheckContext context);

}
