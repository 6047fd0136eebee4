package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.List;

/**
 * Invitees in every script and every trap a file name or a spreadsheet can fall into, made
 * row by row so that each value can be compared with what was stored.
 */
final class HostileInvitees {

	static final List<String> HEADER = List.of("honorific", "given_name", "family_name", "title", "organisation", "email",
			"language");

	private static final String[][] NAMES = { { "Zoë", "Poznański" }, { "Åsa", "Regner" }, { "François", "Lefèvre" },
			{ "Grigory", "Лукьянцев" }, { "Анна", "Иванова" }, { "محمد", "العلي" }, { "伟", "王" }, { "Ελένη", "Παπαδοπούλου" },
			{ "Jo", "../../x" }, { "Abs", "/etc/passwd" }, { "Con", "CON" }, { "Nul", "NUL.txt" },
			{ "Eve", "Evil\u202Etxt.exe" }, { "Zero", "Wid\u200Bth" }, { "\tTab", "Leading" }, { "Sum", "=SUM(A1:A9)" },
			{ "Plus", "+Plus" }, { "Minus", "-Minus" }, { "At", "@At" }, { "Multi", "Line\nBreak" },
			{ "Quote", "O'Brien, \"the\" Elder" }, { "Long", "L" + "o".repeat(298) }, { "Dot", "Trailing. " },
			{ "Hans", "M\u00FCller" }, { "Hans", "Mu\u0308ller" } };

	private static final String[] HONORIFICS = { "H.E. Ambassador Ms.", "Dr.", "Prof.", "Mr.", "Ms.", "Mrs.", "Mme", "M.",
			"" };

	private HostileInvitees() {
	}

	/** {@code count} distinct invitees (each its own e-mail and mission). */
	static List<List<String>> rows(int count) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String[] name = NAMES[i % NAMES.length];
			rows.add(List.of(HONORIFICS[i % HONORIFICS.length], name[0], name[1],
					i % 7 == 0 ? "" : "Counsellor, \"Political\" Affairs", "Mission " + i, "person" + i + "@mission.example",
					i % 3 == 0 ? "fr" : "en"));
		}
		return rows;
	}

}
