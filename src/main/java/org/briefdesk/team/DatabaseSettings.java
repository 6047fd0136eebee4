package org.briefdesk.team;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the library of team mode is, and how to log in: {@code BRIEFDESK_DB_URL},
 * {@code BRIEFDESK_DB_USER} and {@code BRIEFDESK_DB_PASSWORD}, or the keys {@code url},
 * {@code user} and {@code password} of {@code database.properties} in the data directory (each
 * variable wins over its key). The file may hold a password, so it is refused, with one line
 * saying how to fix it, while anyone but its owner can read it.
 * <p>
 * Without a URL from either, the library is the embedded one and the user and password are only
 * what {@code data copy} logs into the server with. The standard {@code spring.datasource.*}
 * settings (system properties, {@code SPRING_DATASOURCE_*}) still win over all of this.
 *
 * @param url the library's URL, or null for the embedded library
 * @param user the user name, or null (then the operating-system user, as PostgreSQL's own tools do)
 * @param password the password, or null
 * @param source where the URL came from ("BRIEFDESK_DB_URL", "/home/x/.briefdesk/database.properties"), or null
 * @param refusal the one line refusing an unsafe or unreadable settings file, or null
 */
public record DatabaseSettings(String url, String user, String password, String source, String refusal) {

	public static final String FILE = "database.properties";

	public static final String URL_VARIABLE = "BRIEFDESK_DB_URL";

	public static final String USER_VARIABLE = "BRIEFDESK_DB_USER";

	public static final String PASSWORD_VARIABLE = "BRIEFDESK_DB_PASSWORD";

	/** The property a refusal is handed on in, for the library to throw when it is first opened. */
	public static final String REFUSAL_PROPERTY = "briefdesk.db.refused";

	/** The property saying where the URL came from, for {@code data info}. */
	public static final String SOURCE_PROPERTY = "briefdesk.db.source";

	/** The properties {@code data copy} reads its user and password from. */
	public static final String USER_PROPERTY = "briefdesk.db.user";

	public static final String PASSWORD_PROPERTY = "briefdesk.db.password";

	private static final Set<String> KEYS = Set.of("url", "user", "password");

	/** Reads the variables and the data directory's settings file. */
	public static DatabaseSettings read(Map<String, String> environment, Path home) {
		Path file = home.resolve(FILE);
		Properties stored = new Properties();
		String refusal = null;
		if (Files.exists(file)) {
			refusal = unsafe(file);
			if (refusal == null) {
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					stored.load(in);
				}
				catch (IOException | IllegalArgumentException unreadable) {
					refusal = "cannot read " + file + " (" + unreadable.getMessage() + "); it holds url=, user= and password= lines";
				}
			}
			if (refusal == null) {
				for (String key : stored.stringPropertyNames()) {
					if (!KEYS.contains(key)) {
						refusal = file + ": unknown key '" + key + "'; it may hold url, user and password";
						break;
					}
				}
			}
			if (refusal != null) {
				stored.clear();
			}
		}
		String url = value(environment.get(URL_VARIABLE), stored.getProperty("url"));
		String source = blank(environment.get(URL_VARIABLE)) ? (url == null ? null : file.toString()) : URL_VARIABLE;
		return new DatabaseSettings(url, value(environment.get(USER_VARIABLE), stored.getProperty("user")),
				secret(environment.get(PASSWORD_VARIABLE), stored.getProperty("password")), source, refusal);
	}

	/** A line refusing the file when its group or others may read or write it; null when only its owner can. */
	private static String unsafe(Path file) {
		Set<PosixFilePermission> permissions;
		try {
			permissions = Files.getPosixFilePermissions(file);
		}
		catch (UnsupportedOperationException notPosix) {
			return null;
		}
		catch (IOException unreadable) {
			return "cannot read " + file + " (" + unreadable.getMessage() + ")";
		}
		boolean shared = permissions.stream()
			.anyMatch(permission -> permission.name().startsWith("GROUP_") || permission.name().startsWith("OTHERS_"));
		if (!shared) {
			return null;
		}
		return file + " may hold the database password but others can read it (" + PosixFilePermissions.toString(permissions)
				+ "); `chmod 600 " + file + "` and try again";
	}

	/** The settings as properties, placed after the environment variables (see the class comment). */
	public Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (this.refusal != null) {
			properties.put(REFUSAL_PROPERTY, this.refusal);
		}
		if (this.url != null) {
			properties.put("spring.datasource.url", this.url);
			properties.put("spring.datasource.username", userOrDefault());
			properties.put("spring.datasource.password", this.password == null ? "" : this.password);
			properties.put(SOURCE_PROPERTY, this.source);
		}
		properties.put(USER_PROPERTY, userOrDefault());
		if (this.password != null) {
			properties.put(PASSWORD_PROPERTY, this.password);
		}
		return properties;
	}

	/** The user name to log in with: the configured one, or the operating-system user. */
	public String userOrDefault() {
		return this.user != null ? this.user : System.getProperty("user.name", "");
	}

	/** Where a user fixes the password: the variable, or the file in the data directory. */
	public static String passwordAdvice(Path home) {
		return PASSWORD_VARIABLE + " or " + home.resolve(FILE);
	}

	private static String value(String variable, String stored) {
		if (!blank(variable)) {
			return variable.strip();
		}
		return blank(stored) ? null : stored.strip();
	}

	/** A password is taken as written: spaces may be part of it. */
	private static String secret(String variable, String stored) {
		if (variable != null && !variable.isEmpty()) {
			return variable;
		}
		return stored == null || stored.isEmpty() ? null : stored;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Never the password. */
	@Override
	public String toString() {
		return "DatabaseSettings[url=" + DatabaseUrls.withoutPassword(this.url) + ", user=" + this.user + ", password="
				+ (this.password == null ? "none" : "***") + ", source=" + this.source + "]";
	}

}
