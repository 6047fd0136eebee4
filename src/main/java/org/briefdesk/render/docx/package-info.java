/**
 * The Word engine: fills a .docx template (editable in Word or LibreOffice) with the template
 * data model through poi-tl, with citation numbers linked to the Sources list, a contents
 * list linked to the sections, and the pack's own document properties; and checks a template before it is used ({@code template check}),
 * so that a broken template is refused with the place of its mistake instead of leaving
 * blanks or raw placeholders in a pack. The check is a cache ({@code CheckedTemplates})
 * over a document walk, a tag grammar, a scope resolver and a comparison with what poi-tl
 * found, each its own class. {@code PlainTextTemplates} gives the same poi-tl set-up to
 * templates filled with other data (invitation letters). Nothing here reads the library or
 * knows the shell.
 */
package org.briefdesk.render.docx;
