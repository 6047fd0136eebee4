/**
 * Invitation letters: one Word letter (and on request a PDF) per invitee, in the invitee's
 * language, from the event's data and the invitee's fields, written fast (a template compiled
 * once; per letter only the parts with tags are written, the rest copied compressed, on every
 * core), safely (file names made from data cannot leave the output folder; each file whole or
 * not at all; a manifest to resume from) and, on request, merged into one print file (a PDF,
 * and a .docx with a section per letter as Word's mail merge makes it). It knows neither the
 * library nor the shell: the invitation feature hands it an {@link
 * org.briefdesk.render.invitation.InvitationEvent} and {@link org.briefdesk.render.invitation.Letter}s
 * and shows its progress. It uses the Word and PDF engines of {@code render}, never the reverse.
 */
package org.briefdesk.render.invitation;
