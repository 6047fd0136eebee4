package org.briefdesk.render;

import java.util.List;

import org.briefdesk.render.PackModel.EventView;
import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.render.PackModel.PersonView;

/**
 * What an invitation letter's template can show: the fields the letters really provide,
 * described as {@link PackModel} describes a pack's, so that {@code template fields} lists
 * them and {@code template check} and {@code invite check} check a letter template against
 * them (not against the pack, which has no {@code invitee} and no {@code letter}). The
 * letters fill their templates with plain maps of the same names; the invitation engine's
 * tests hold the two together.
 */
public record LetterModel(
		@Field("The event, its date and time written the way the letter's language writes them") EventView event,
		@Field("Organisations that co-chair the event; may be empty") List<OrganisationView> coChairs,
		@Field("Who signs the letters: the event's chair; when nobody chairs it, the issuing body (signatory.organisation)") PersonView signatory,
		@Field("Organisation the letterhead names, e.g. \"ICAT Secretariat\"") String issuedBy,
		@Field("The letter itself") LetterView letter,
		@Field("The invitee the letter is for") InviteeView invitee) {

	/**
	 * A letter to show what the fields hold ({@code template fields}): the event, co-chairs and
	 * letterhead of a pack, its chair signing, dated the day the pack was made.
	 */
	public static LetterModel example(PackModel pack, InviteeView invitee) {
		PersonView signatory = pack.chair() != null && !pack.chair().fullName().isBlank() ? pack.chair()
				: new PersonView("", "", "", "", "", pack.issuedBy(), "", "");
		return new LetterModel(pack.event(), pack.coChairs(), signatory, pack.issuedBy(),
				new LetterView(pack.generatedOn(), pack.generatedOnIso(),
						pack.event().dayAndTime(),
						invitee.number(), invitee.language()),
				invitee);
	}

	/** The letter itself: {@code letter.date}, {@code letter.number}... */
	public record LetterView(@Field("Date of the letter, written the way its language writes it, e.g. \"3 October 2023\"") String date,
			@Field("Date of the letter, ISO 8601") String dateIso,
			@Field("The event's day and, when it has one, its time, in one line, e.g. \"Tuesday, 3 October 2023, 13:15–14:30 (CEST)\"") String when,
			@Field("The letter's place in the event's list, from 1 (the NNN of its file name)") int number,
			@Field("Language of the letter, an ISO 639 code, e.g. \"fr\"") String language) {
	}

}
