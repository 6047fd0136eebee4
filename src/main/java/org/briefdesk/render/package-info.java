/**
 * Rendering: the template data model ({@link org.briefdesk.render.PackModel}), built once from a
 * briefing, and one small engine per output format over it (docx, pdf, the terminal
 * preview). A new field is added to the model once and every engine, `template fields` and
 * the docs see it. Nothing in render knows briefings or the library: the briefing feature
 * supplies models ({@link org.briefdesk.render.PackModelSource}) and a briefing's section
 * order ({@link org.briefdesk.render.PackSection}), and reports what an engine cannot print
 * ({@link org.briefdesk.render.PackModelCheck}) in {@code briefing check}. The fields of an
 * invitation letter are described the same way ({@link org.briefdesk.render.LetterModel}), so
 * that the template checks and {@code template fields} know a letter's fields from a pack's.
 */
package org.briefdesk.render;
