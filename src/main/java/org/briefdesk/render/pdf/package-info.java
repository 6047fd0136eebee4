/**
 * The PDF export: a template folder ({@code briefing.xhtml}, CSS, {@code fonts/}) filled with
 * the template data model by JMustache and laid out by Flying Saucer on OpenPDF. Here live
 * the exporter, the check that every character of a pack has a font (a
 * {@link org.briefdesk.render.PackModelCheck}, so {@code briefing check} reports it), and the renderer's
 * safety (a user agent that reads only the template's folder, a parser that fetches nothing).
 * The command that calls it lives in {@code shell}; the model it renders, in {@code render}.
 * Letters that are not packs (the invitation letters of {@code render.invitation}) go through
 * the same pipeline with plain data ({@code PdfExporter.renderLetter}), from the built-in
 * {@code invitation-pdf} folder (which uses the briefing template's fonts) or a folder of
 * the user's; {@code PdfExporter.renderLetters} lays several letters of one template out as
 * one document and cuts it into a PDF per letter ({@code LetterBatch}), where the template
 * allows it.
 */
package org.briefdesk.render.pdf;
