/**
 * Invitations, their data: the invitee list of each event ({@link org.briefdesk.invite.Invitee},
 * stored by {@link org.briefdesk.invite.InviteeRepository} in {@code V5__invitees.sql}), kept by
 * {@link org.briefdesk.invite.InvitationService} (people added from the library, CSV files
 * imported all or nothing with every problem named by line, answers recorded, the list and
 * the attendance list written as CSV); the forms of address, rules kept as data in
 * {@code forms-of-address.yaml} ({@link org.briefdesk.invite.FormsOfAddressFile},
 * {@link org.briefdesk.invite.FormsOfAddress}); the {@code invitee} part of a letter's template
 * data ({@link org.briefdesk.invite.InviteeModels}); the folder invitation templates come from
 * ({@link org.briefdesk.invite.InvitationTemplates}); and {@code invite check}, a list of
 * {@link org.briefdesk.invite.InvitationCheck} beans that other features extend. Rendering
 * the letters is not here. Nothing here knows the shell.
 */
package org.briefdesk.invite;
