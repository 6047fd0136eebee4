package org.briefdesk.invite;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * When two entries of a list are the same person: the same e-mail address (case does not
 * matter), or the same full name and organisation once both are in Unicode NFC, case-folded
 * and with runs of white space read as one space ("Müller" typed with a combining
 * diaeresis is "Müller"). The keys are for comparing only; the stored values stay as given.
 */
final class SamePerson {

	private SamePerson() {
	}

	static Optional<String> emailKey(Contact contact) {
		String email = contact.email();
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(fold(email));
	}

	static String nameKey(Contact contact) {
		return fold(contact.fullName()) + "\u0000" + fold(contact.organisation());
	}

	/** NFC, full case folding as far as Java offers it (ß and SS fold alike), white space collapsed. */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		String folded = nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
		return Normalizer.normalize(folded, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
	}

	/** Why two contacts are the same person, for a message; empty when they are not. */
	static Optional<String> reason(Contact a, Contact b) {
		Optional<String> email = emailKey(a);
		if (email.isPresent() && email.equals(emailKey(b))) {
			return Optional.of("same e-mail " + b.email());
		}
		if (nameKey(a).equals(nameKey(b))) {
			return Optional.of("same name and organisation");
		}
		return Optional.empty();
	}

}
