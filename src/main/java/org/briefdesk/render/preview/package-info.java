/**
 * The terminal preview ({@code briefing preview}): a pack model as plain text in a briefing's
 * section order, with headings, wrapped paragraphs, tables for the programme and the panel,
 * and numbered sources, so that what the preview shows is what Word and PDF print. It reads
 * only the model and the sections it is given; paging and the terminal belong to the shell.
 */
package org.briefdesk.render.preview;
