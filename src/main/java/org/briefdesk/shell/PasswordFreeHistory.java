package org.briefdesk.shell;

import java.time.Instant;
import java.util.regex.Pattern;

import org.jline.reader.impl.history.DefaultHistory;

/**
 * The shell's history, which never keeps a line that may hold a password: a {@code --password}
 * option (which no command takes), a {@code password=} setting or a {@code user:secret@} in a
 * database URL. Such a line is refused by the command anyway; this keeps it out of the history
 * file as well, where it would outlive the session.
 */
class PasswordFreeHistory extends DefaultHistory {

	static final Pattern SECRET = Pattern.compile("(?i)(--?passw(or)?d\\b|passw(or)?d\\s*=|://[^/\\s@]*:[^/\\s@]*@)");

	@Override
	public void add(Instant time, String line) {
		if (holdsSecret(line)) {
			return;
		}
		super.add(time, line);
	}

	static boolean holdsSecret(String line) {
		return line != null && SECRET.matcher(line).find();
	}

}
