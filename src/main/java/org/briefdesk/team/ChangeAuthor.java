package org.briefdesk.team;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Who is making changes in this process: {@code briefdesk.user} ({@code BRIEFDESK_USER}), or
 * the operating-system user. Kept as given, cut to what the log's column holds.
 */
@Component
public class ChangeAuthor {

	/** The longest name the change log keeps (its column is varchar(200)). */
	static final int MAX_LENGTH = 200;

	private final String name;

	@org.springframework.beans.factory.annotation.Autowired
	public ChangeAuthor(Environment environment) {
		this(environment.getProperty("briefdesk.user"));
	}

	ChangeAuthor(String configured) {
		String chosen = configured == null || configured.isBlank() ? System.getProperty("user.name", "unknown")
				: configured.strip();
		if (chosen.isBlank()) {
			chosen = "unknown";
		}
		this.name = chosen.length() > MAX_LENGTH ? chosen.substring(0, MAX_LENGTH) : chosen;
	}

	public String name() {
		return this.name;
	}

}
