package org.briefdesk.render.invitation;

import java.util.ArrayList;
import java.util.List;

/**
 * Invitees as a real list and an attacker might give them: names in Latin with diacritics,
 * Cyrillic, Arabic, Chinese; a name that is a path ({@code ../../x}, {@code /etc/passwd});
 * a name Windows reserves; a bidirectional override; two people whose names make the same
 * file name; an id that a spreadsheet takes for a formula; a value with a line break.
 */
final class HostileInvitees {

	/** The invitee whose id starts with '='. */
	static final String FORMULA_ID = "=HYPERLINK(\"http://x\",\"click\")";

	private HostileInvitees() {
	}

	static List<Letter> letters(int count) {
		String[][] people = {
				{ "en", "Ms.", "Ana", "Poznańska-Müller", "Counsellor", "Permanent Mission of Poland" },
				{ "fr", "H.E.", "Élodie", "Lefèvre", "Ambassadrice", "Mission permanente de la France" },
				{ "en", "Mr.", "Дмитрий", "Лукьянцев", "First Secretary", "Постоянное представительство" },
				{ "en", "Dr.", "فاطمة", "الزهراء", "Adviser", "البعثة الدائمة" },
				{ "en", "Ms.", "芳", "王", "司长", "中华人民共和国外交部" },
				{ "en", "Mr.", "x", "../../x", "Officer", "Mission ../../" },
				{ "en", "Mr.", "passwd", "/etc/passwd", "Officer", "Root" },
				{ "en", "Ms.", "", "CON", "Officer", "Reserved" },
				{ "en", "Mr.", "evil\u202Etxt.exe", "Override\u202E", "Officer", "Bidi" },
				{ "en", "Ms.", "Anna", "Müller", "Attaché", "Mission A" },
				{ "en", "Ms.", "Anna", "Mu\u0308ller", "Attaché", "Mission B" },
				{ "en", "Mr.", "Line", "Break", "Head of\nProtocol", "Mission\r\nwith two lines" },
				{ "fr", "Mme", "Zoé", "d'Arc", "Conseillère", "=SUM(A1:A9)" }, };
		List<Letter> letters = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String[] person = people[i % people.length];
			String id = i == 12 ? FORMULA_ID : "inv-" + (i + 1);
			letters.add(SampleLetters.letter(i + 1, id, person[0], person[1], person[2], person[3], person[4],
					person[5]));
		}
		return letters;
	}

}
