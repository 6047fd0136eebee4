package org.briefdesk.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.briefdesk.batch.BatchJob.Format;
import org.briefdesk.batch.BatchJob.Invitations;
import org.briefdesk.batch.BatchJob.Item;
import org.briefdesk.batch.BatchJob.Template;
import org.briefdesk.facts.DataNode;
import org.briefdesk.facts.DataNode.Mapping;
import org.briefdesk.facts.Problem;
import org.briefdesk.facts.Problems;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.Utf8Text;

/**
 * Reads a job file strictly: YAML as every Briefdesk file (no aliases, tags or keys given
 * twice), every key known, every value of its type, every file-name pattern valid. All
 * problems are found in one pass and reported as {@code FILE:LINE: message}; a job with any
 * problem is refused whole, before anything is exported.
 *
 * <pre>
 * defaults:                         # optional; what every item has unless it says otherwise
 *   formats: [docx, pdf]
 *   name: "{briefing}-{date}.{ext}"
 *   templates: {docx: my.docx, pdf: my-pdf/}
 * items:
 *   - briefing: icat-briefing-2023
 *     invitations: {pdf: true}       # the letters of its event, in invitations-{event}/
 *   - briefing: icat-briefing-2018
 *     formats: [pdf]
 * </pre>
 *
 * Template paths are relative to the job file's folder, so that a job and its templates move
 * together.
 */
public final class BatchJobReader {

	/** A job file is a short list; far above any real one. */
	static final long MAX_BYTES = 1024 * 1024;

	private static final List<String> TOP = List.of("defaults", "items");

	private static final List<String> DEFAULTS = List.of("formats", "templates", "name");

	private static final List<String> ITEM = List.of("briefing", "series", "date", "formats", "templates", "name",
			"invitations");

	private static final List<String> TEMPLATES = List.of("docx", "pdf");

	private static final List<String> INVITATIONS = List.of("event", "pdf", "template", "folder");

	private BatchJobReader() {
	}

	/**
	 * Reads and checks a job file.
	 * @throws BriefdeskException when the file cannot be read or has problems: every problem on a
	 * line of its own, {@code FILE:LINE: message}
	 */
	public static BatchJob read(Path file) {
		byte[] bytes;
		try {
			if (Files.isDirectory(file)) {
				throw new BriefdeskException(file + " is a folder; give a job file (.yaml)");
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new BriefdeskException("job file " + file + " is larger than 1 MB; a job is a short list");
			}
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException missing) {
			throw new BriefdeskException("no job file " + file + "; check the path (examples are in jobs/)");
		}
		catch (IOException unreadable) {
			throw new BriefdeskException("cannot read job file " + file + ": " + unreadable.getMessage(), unreadable);
		}
		return parse(file, bytes);
	}

	/** Checks a job's bytes; {@code file} names it in messages and locates its templates. */
	static BatchJob parse(Path file, byte[] bytes) {
		String name = file.toString();
		Problems problems = new Problems();
		String text = Utf8Text.decode(bytes)
			.orElseThrow(() -> new BriefdeskException(name + ": not UTF-8 text; save the job file as UTF-8"));
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		DataNode root = DataNode.readYaml(name, text, problems);
		List<Item> items = new ArrayList<>();
		if (root == null && problems.isEmpty()) {
			problems.add(name, 0, "the job is empty; it lists its exports under 'items:' (examples are in jobs/)");
		}
		else if (root != null && !(root instanceof Mapping)) {
			problems.add(root, "a job starts with 'items:', a list of exports (examples are in jobs/)");
		}
		else if (root instanceof Mapping top) {
			top.allowOnly(TOP, "the job", problems);
			Path folder = file.toAbsolutePath().getParent();
			Defaults defaults = defaults(top.mapping("defaults", problems), folder, problems);
			if (!top.has("items")) {
				problems.add(name, top.lineOf("items"), "the job has no 'items:', the list of what to export");
			}
			List<Mapping> entries = top.mappings("items", problems);
			for (int i = 0; i < entries.size(); i++) {
				Item item = item(i + 1, entries.get(i), defaults, folder, problems);
				if (item != null) {
					items.add(item);
				}
			}
			if (top.has("items") && entries.isEmpty() && problems.isEmpty()) {
				problems.add(name, top.lineOf("items"), "'items' is empty; list at least one export");
			}
		}
		if (!problems.isEmpty()) {
			throw new BriefdeskException(problems.list().stream().map(Problem::toString).collect(Collectors.joining("\n")));
		}
		String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		return new BatchJob(file, base, sha256(bytes), items);
	}

	/** What items have unless they say otherwise. */
	private record Defaults(List<Format> formats, Template docx, Template pdf, String name) {
	}

	private static Defaults defaults(Mapping mapping, Path folder, Problems problems) {
		if (mapping == null) {
			return new Defaults(List.of(Format.DOCX, Format.PDF), null, null, FileNamePattern.DEFAULT_NAME);
		}
		mapping.allowOnly(DEFAULTS, "'defaults'", problems);
		List<Format> formats = mapping.has("formats") ? formats(mapping, problems) : List.of(Format.DOCX, Format.PDF);
		Mapping templates = mapping.mapping("templates", problems);
		if (templates != null) {
			templates.allowOnly(TEMPLATES, "'templates'", problems);
		}
		Template docx = template(templates, "docx", folder, problems);
		Template pdf = template(templates, "pdf", folder, problems);
		String name = name(mapping, FileNamePattern.DEFAULT_NAME, problems);
		return new Defaults(formats, docx, pdf, name);
	}

	private static Item item(int number, Mapping entry, Defaults defaults, Path folder, Problems problems) {
		String what = "item " + number;
		entry.allowOnly(ITEM, what, problems);
		String briefing = entry.text("briefing", problems);
		List<Format> formats = entry.has("formats") ? formats(entry, problems) : defaults.formats();
		Mapping templates = entry.mapping("templates", problems);
		if (templates != null) {
			templates.allowOnly(TEMPLATES, "'templates'", problems);
		}
		Template docx = templates != null && templates.has("docx") ? template(templates, "docx", folder, problems)
				: defaults.docx();
		Template pdf = templates != null && templates.has("pdf") ? template(templates, "pdf", folder, problems)
				: defaults.pdf();
		String name = name(entry, defaults.name(), problems);
		Invitations invitations = invitations(entry, folder, problems);
		String series = entry.text("series", problems);
		java.time.LocalDate seriesDate = null;
		if (series != null || entry.has("date")) {
			org.briefdesk.facts.PartialDate date = entry.date("date", problems);
			if (series == null) {
				problems.add(entry.file(), entry.lineOf("date"), what + " has a 'date' but no 'series' (the date is its next event's)");
			}
			else if (briefing != null) {
				problems.add(entry.file(), entry.lineOf("series"), what
						+ " names a 'briefing' and a 'series'; an item is one briefing, or the next event of a series");
			}
			else if (date == null || date.exact().isEmpty()) {
				if (date != null || !entry.has("date")) {
					problems.add(entry.file(), entry.lineOf(entry.has("date") ? "date" : "series"), what
							+ " names a series: give 'date', the day of its next event (YYYY-MM-DD)");
				}
			}
			else {
				seriesDate = date.exact().get();
			}
			if (series != null && briefing == null) {
				return new Item(number, entry.line(), null, formats, docx, pdf, name, invitations, series, seriesDate);
			}
		}
		if (briefing == null && invitations == null) {
			problems.add(entry.file(), entry.line(), what
					+ " names no 'briefing' (nor 'series', nor 'invitations'); say what to export");
			return null;
		}
		if (briefing == null && invitations != null && invitations.event() == null) {
			problems.add(entry.file(), entry.lineOf("invitations"), what
					+ " has invitations but no briefing: name their 'event'");
			return null;
		}
		if (briefing == null && entry.has("formats") && !formats.isEmpty()) {
			problems.add(entry.file(), entry.lineOf("formats"), what + " has formats but no 'briefing' to export in them");
		}
		return new Item(number, entry.line(), briefing, briefing == null ? List.of() : formats, docx, pdf, name,
				invitations, null, null);
	}

	private static List<Format> formats(Mapping mapping, Problems problems) {
		Set<Format> formats = new LinkedHashSet<>();
		for (String text : mapping.textList("formats", problems)) {
			Format.parse(text)
				.ifPresentOrElse(formats::add, () -> problems.add(mapping.file(), mapping.lineOf("formats"),
						"no format '" + text + "'; formats are docx and pdf"));
		}
		return List.copyOf(formats);
	}

	private static Template template(Mapping templates, String key, Path folder, Problems problems) {
		if (templates == null) {
			return null;
		}
		String written = templates.text(key, problems);
		return written == null ? null : resolve(written, templates.file(), templates.lineOf(key), folder, problems);
	}

	private static Template resolve(String written, String file, int line, Path folder, Problems problems) {
		try {
			Path path = Path.of(written);
			return new Template(written, folder == null || path.isAbsolute() ? path : folder.resolve(path).normalize());
		}
		catch (java.nio.file.InvalidPathException invalid) {
			problems.add(file, line, "'" + written + "' is not a valid path");
			return null;
		}
	}

	private static String name(Mapping mapping, String fallback, Problems problems) {
		String name = mapping.text("name", problems);
		if (name == null) {
			return fallback;
		}
		FileNamePattern.problem(name, Set.copyOf(FileNamePattern.PLACEHOLDERS))
			.ifPresent(problem -> problems.add(mapping.file(), mapping.lineOf("name"), "'name' " + problem));
		if (!name.contains("{ext}")) {
			problems.add(mapping.file(), mapping.lineOf("name"), "'name' '" + name
					+ "' has no {ext}; end it with .{ext} so that each format gets its own file");
		}
		return name;
	}

	private static Invitations invitations(Mapping entry, Path folder, Problems problems) {
		DataNode node = entry.fields().get("invitations");
		if (node == null || node instanceof DataNode.Scalar scalar && scalar.isNull()) {
			return null;
		}
		if (node instanceof DataNode.Scalar) {
			Boolean wanted = entry.bool("invitations", problems);
			return Boolean.TRUE.equals(wanted) ? new Invitations(null, false, null, FileNamePattern.DEFAULT_INVITATIONS)
					: null;
		}
		Mapping invitations = entry.mapping("invitations", problems);
		if (invitations == null) {
			return null;
		}
		invitations.allowOnly(INVITATIONS, "'invitations'", problems);
		String event = invitations.text("event", problems);
		Boolean pdf = invitations.bool("pdf", problems);
		String written = invitations.text("template", problems);
		Template template = written == null ? null
				: resolve(written, invitations.file(), invitations.lineOf("template"), folder, problems);
		String pattern = invitations.text("folder", problems);
		if (pattern == null) {
			pattern = FileNamePattern.DEFAULT_INVITATIONS;
		}
		else {
			Set<String> allowed = Set.of("briefing", "event", "date", "today", "n");
			String given = pattern;
			FileNamePattern.problem(given, allowed)
				.ifPresent(problem -> problems.add(invitations.file(), invitations.lineOf("folder"), "'folder' " + problem));
		}
		return new Invitations(event, Boolean.TRUE.equals(pdf), template, pattern);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
		}
	}

}
