package org.briefdesk.shell;

import java.time.Instant;
import java.util.regex.Pattern;

import org.jline.reader.impl.history.DefaultHistory;
import org.springframework.stereotype.Component;

/**
 * The shell's history (Spring Shell uses this bean instead of its own), which the data
 * directory keeps in a file: it never keeps a command line that carries a secret. That is any
 * line that says password or passwd, an option whose name says secret, token or api key
 * ({@code --token x}, {@code --client-secret=x}), and an assignment to such a name
 * ({@code password=x}, {@code token=x}), and a URL with a login in it
 * ({@code jdbc:postgresql://ana:x@db/briefdesk}). The rule is on the words, not on a list of commands,
 * so that options added later (a database login, a mail server's) are covered too; a line that
 * only mentions a secretariat keeps its place.
 */
@Component
public class SecretFreeHistory extends DefaultHistory {

	private static final Pattern SECRET = Pattern.compile("passw(?:or)?d" // anywhere: --password, password=, --db-passwd
			+ "|(?:^|\\s)--[\\w.-]*(?:secret|token|api[-_]?key)(?![a-z])" // an option named so
			+ "|[\\w.-]*(?:secret|token|api[-_]?key)\\s*=" // an assignment to such a name
			+ "|://[^/\\s@]*:[^/\\s@]*@", // a URL with user:password@ (a database server's)
			Pattern.CASE_INSENSITIVE);

	@Override
	public void add(Instant time, String line) {
		if (!namesASecret(line)) {
			super.add(time, line);
		}
	}

	static boolean namesASecret(String line) {
		return SECRET.matcher(line).find();
	}

}
