/**
 * Rendering: the template data model ({@link org.briefdesk.render.PackModel}), built once from a
 * briefing, and one small engine per output format over it (docx, pdf, invitations). A new
 * field is added to the model once and every engine, `template fields` and the docs see it.
 */
package org.briefdesk.render;
