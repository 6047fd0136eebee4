package org.briefdesk.render.pdf;

import java.time.Instant;
import java.util.Map;

/**
 * One letter to render as a PDF.
 *
 * @param data what the template is filled in with (plain maps, lists and texts)
 * @param title the document's title, unless the template gives one
 * @param author its author (the issuing organisation), unless the template gives one
 * @param language its language, unless the template's {@code <html lang>} says
 * @param created the document's creation and modification date; null: now
 */
public record LetterInput(Map<String, Object> data, String title, String author, String language, Instant created) {

	/** A letter dated now. */
	public LetterInput(Map<String, Object> data, String title, String author, String language) {
		this(data, title, author, language, null);
	}

}
