package org.briefdesk.render.invitation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.render.PackModel.PersonView;

/** An event and letters for the tests: ordinary and hostile invitees. */
final class SampleLetters {

	static final LocalDate LETTER_DATE = LocalDate.of(2023, 9, 12);

	private SampleLetters() {
	}

	static InvitationEvent event() {
		return new InvitationEvent("icat-2023", "Briefing to Member States on the work of ICAT", "Briefing",
				LocalDate.of(2023, 10, 3), LocalTime.of(10, 0), LocalTime.of(11, 30), "Europe/Vienna",
				"Vienna International Centre", "Vienna", "Austria",
				List.of(new OrganisationView("iom", "IOM", "International Organization for Migration", "UN entity"),
						new OrganisationView("osrsg", "OSRSG-VAC", "Office of the SRSG on Violence against Children",
								"UN entity")),
				new PersonView("kupchyna", "Ms.", "Alena Kupchyna", "Ms. Alena Kupchyna", "Coordinator", "OSCE", "OSCE", ""),
				"ICAT Secretariat");
	}

	/** A letter whose salutation and closing are as the invitation data would give them. */
	static Letter letter(int number, String id, String language, String honorific, String given, String family,
			String title, String organisation) {
		Map<String, Object> invitee = new LinkedHashMap<>();
		invitee.put("honorific", honorific);
		invitee.put("full_name", (honorific.isEmpty() ? "" : honorific + " ") + given + " " + family);
		invitee.put("title", title);
		invitee.put("organisation", organisation);
		invitee.put("email", id + "@example.org");
		boolean french = language.equals("fr");
		String salutation = honorific.contains("H.E.") ? (french ? "Excellence," : "Excellency,")
				: french ? "Madame, Monsieur," : "Dear " + honorific + " " + family + ",";
		invitee.put("salutation", salutation);
		invitee.put("closing", french ? "Veuillez agréer l’expression de ma haute considération." : "Yours sincerely,");
		return new Letter(number, id, language, given, family, invitee);
	}

	/** Values that try every way text can break a document. */
	static List<Letter> hostile() {
		List<Letter> letters = new ArrayList<>();
		letters.add(letter(1, "amp", "en", "Dr.", "Ann & <Bo>", "O'Brien \"Q\"", "Head\nof Unit", "A\r\nB"));
		letters.add(letter(2, "tab", "fr", "H.E.", "\tÉlodie", "Müller ", "Ambassadrice  ", "Mission ]]> <w:t>"));
		letters.add(letter(3, "emoji", "en", "", "Ζωή 😀", "王芳", "مدير", "Организация"));
		letters.add(letter(4, "empty", "en", "", "", "", "", ""));
		return letters;
	}

}
