package org.briefdesk.render;

import java.util.List;

/**
 * Something an output format cannot print in a pack model, found before an export is tried
 * (the PDF engine: a character no font has). Every bean of this type takes part in
 * {@code briefing check}, where the briefing feature reports each problem as an error; so an
 * engine adds a pre-flight check without knowing briefings.
 */
@FunctionalInterface
public interface PackModelCheck {

	/**
	 * One thing that would not print.
	 *
	 * @param rule the check's id, for scripts ({@code missing-glyph})
	 * @param field the field of the model it is in ({@code panelists[8].name})
	 * @param message what is wrong and what to do about it
	 */
	record Problem(String rule, String field, String message) {
	}

	/** The problems of one pack model; empty when all is well. Never throws for bad data: reports it. */
	List<Problem> check(PackModel model);

}
