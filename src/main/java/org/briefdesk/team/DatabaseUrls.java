package org.briefdesk.team;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Briefdesk says about a JDBC URL: never its password (a {@code password=} setting, or a
 * {@code user:password@} before the host), and for a server its host, port and database.
 */
public final class DatabaseUrls {

	/** {@code password=...} as a URL setting, after {@code ?}, {@code &} or {@code ;}, up to the next separator. */
	private static final Pattern PASSWORD_SETTING = Pattern.compile("(?i)([?&;]password=)[^&;]*");

	/** {@code //user:secret@host}: a password in the URL's authority. */
	private static final Pattern USER_INFO = Pattern.compile("//([^/@?;:]*):[^/@?;]*@");

	private static final Pattern SERVER = Pattern.compile("(?i)jdbc:postgresql://([^/?;]*)(/([^?;]*))?.*");

	private DatabaseUrls() {
	}

	/** The URL as it may be shown: a password in it replaced by {@code ***}. */
	public static String withoutPassword(String url) {
		if (url == null) {
			return "";
		}
		String shown = PASSWORD_SETTING.matcher(url).replaceAll("$1***");
		return USER_INFO.matcher(shown).replaceAll("//$1:***@");
	}

	/** Whether the URL itself holds a password. */
	public static boolean hasPassword(String url) {
		return url != null && (PASSWORD_SETTING.matcher(url).find() || USER_INFO.matcher(url).find());
	}

	/** Whether the URL names a PostgreSQL server. */
	public static boolean isPostgres(String url) {
		return url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
	}

	/** A server URL's host and port as written ({@code db.example.org:5432}); empty for other URLs. */
	public static Optional<String> server(String url) {
		Matcher matcher = url == null ? null : SERVER.matcher(url);
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		String host = matcher.group(1);
		return Optional.of(host.isEmpty() ? "localhost:5432" : host.contains(":") ? host : host + ":5432");
	}

	/** A server URL's database name; empty for other URLs. */
	public static Optional<String> database(String url) {
		Matcher matcher = url == null ? null : SERVER.matcher(url);
		if (matcher == null || !matcher.matches() || matcher.group(3) == null || matcher.group(3).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(matcher.group(3));
	}

}
