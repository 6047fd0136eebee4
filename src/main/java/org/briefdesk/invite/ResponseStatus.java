package org.briefdesk.invite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an invitee answered: nothing yet, yes or no. */
public enum ResponseStatus {

	NO_REPLY("no-reply"),

	ACCEPTED("accepted"),

	DECLINED("declined");

	private final String key;

	ResponseStatus(String key) {
		this.key = key;
	}

	/** How the database, the files and the command line write it. */
	public String key() {
		return this.key;
	}

	public static Optional<ResponseStatus> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		return Arrays.stream(values())
			.filter(status -> status.key.equals(wanted) || (status == NO_REPLY && wanted.equals("noreply")))
			.findFirst();
	}

	/** "no-reply, accepted or declined", for messages. */
	public static String choices() {
		return Arrays.stream(values()).map(ResponseStatus::key).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return this.key;
	}

}
