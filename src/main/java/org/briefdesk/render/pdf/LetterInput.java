package org.briefdesk.render.pdf;

import java.util.Map;

/**
 * One letter to render as a PDF.
 *
 * @param data what the template is filled in with (plain maps, lists and texts)
 * @param title the document's title, unless the template gives one
 * @param author its author (the issuing organisation), unless the template gives one
 * @param language its language, unless the template's {@code <html lang>} says
 */
public record LetterInput(Map<String, Object> data, String title, String author, String language) {
}
