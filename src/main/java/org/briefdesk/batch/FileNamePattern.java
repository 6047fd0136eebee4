package org.briefdesk.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.SafeFileNames;

/**
 * A job's file-name pattern, {@code {briefing}-{date}.{ext}}: placeholders in braces, filled in
 * per output. A {@code /} makes folders. Every folder and file name that results is made safe
 * for every system ({@link SafeFileNames}), and the path always lies inside the output folder:
 * a value cannot add a separator, and {@code ..} does not survive.
 */
final class FileNamePattern {

	/** What a pattern may name: the briefing, its event, the event's date, the run's date, the extension, the item's number. */
	static final List<String> PLACEHOLDERS = List.of("briefing", "event", "date", "today", "ext", "n");

	/** The default name of a pack: the name a single {@code export docx} or {@code export pdf} gives it. */
	static final String DEFAULT_NAME = "{briefing}-{date}.{ext}";

	/** The default folder of an item's invitations. */
	static final String DEFAULT_INVITATIONS = "invitations-{event}";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private FileNamePattern() {
	}

	/**
	 * What is wrong with a pattern, or empty: an unknown placeholder, a stray brace, an absolute
	 * path, a placeholder {@code allowed} does not hold.
	 */
	static Optional<String> problem(String pattern, Set<String> allowed) {
		if (pattern.isBlank()) {
			return Optional.of("is empty");
		}
		if (pattern.startsWith("/") || pattern.startsWith("\\")) {
			return Optional.of("'" + pattern + "' starts with a separator; names are inside --out, write them without the leading /");
		}
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		StringBuilder rest = new StringBuilder();
		int end = 0;
		while (matcher.find()) {
			rest.append(pattern, end, matcher.start());
			end = matcher.end();
			String name = matcher.group(1);
			if (!allowed.contains(name)) {
				String known = String.join(", ", allowed.stream().sorted().map(p -> "{" + p + "}").toList());
				return Optional.of("'" + pattern + "' names {" + name + "}, which is not a placeholder; use " + known);
			}
		}
		rest.append(pattern.substring(end));
		if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
			return Optional.of("'" + pattern + "' has a brace that opens or closes no placeholder");
		}
		return Optional.empty();
	}

	/**
	 * The path, relative to the output folder, that {@code pattern} names with these values.
	 * @throws BriefdeskException when nothing of a name is left (a pattern of placeholders with empty values)
	 */
	static Path expand(String pattern, Map<String, String> values) {
		List<String> segments = new ArrayList<>();
		for (String segment : pattern.split("[/\\\\]")) {
			Matcher matcher = PLACEHOLDER.matcher(segment);
			StringBuilder filled = new StringBuilder();
			while (matcher.find()) {
				// a value never adds a folder: its separators become dashes
				String value = values.getOrDefault(matcher.group(1), "").replaceAll("[/\\\\]", "-");
				matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(filled);
			if (filled.toString().isBlank()) {
				continue;
			}
			segments.add(SafeFileNames.of(filled.toString()));
		}
		if (segments.isEmpty()) {
			throw new BriefdeskException("the name '" + pattern + "' gives an empty file name");
		}
		Path path = Path.of(segments.get(0), segments.subList(1, segments.size()).toArray(String[]::new));
		if (path.isAbsolute() || path.normalize().startsWith("..")) {
			throw new IllegalStateException("a safe name left the output folder: " + path);
		}
		return path;
	}

}
