package org.briefdesk.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.briefdesk.batch.BatchRun.ItemOutcome;
import org.briefdesk.batch.BatchRun.OutputFile;
import org.briefdesk.batch.BatchRun.TemplateUse;
import org.briefdesk.briefing.Finding;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;

/**
 * {@value #FILE} in a batch's output folder: what was published, so that anyone can check it
 * later ({@link #verify}). It records the Briefdesk version, the date the run was dated by,
 * the job file's SHA-256, each template's SHA-256, per item the data snapshot its pack was
 * made of and the findings of {@code briefing check}, and every file with its SHA-256 and
 * size, and under {@code earlier} the files earlier runs wrote that this one did not write again
 * (an item that failed this time), which a later run may still replace. Keys are always in the same order and nothing in it depends on when or where the run
 * happened, so two runs of the same job on the same library, templates and date write the same
 * manifest. It is written whole or not at all, after the files it lists.
 */
public final class BatchManifest {

	public static final String FILE = "manifest.json";

	/** Bumped when the layout changes in a way a reader must know. */
	static final int FORMAT = 1;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
		.withObjectIndenter(new DefaultIndenter("  ", "\n"))
		.withArrayIndenter(new DefaultIndenter("  ", "\n")));

	private BatchManifest() {
	}

	/** The manifest of a run, as JSON text ending in a line break. */
	static String json(BatchRun run, String version) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("manifest", FORMAT);
		manifest.put("briefdesk", version);
		manifest.put("date", run.date().toString());
		Map<String, Object> job = new LinkedHashMap<>();
		job.put("file", run.job().file().getFileName().toString());
		job.put("sha256", run.job().sha256());
		manifest.put("job", job);
		List<Map<String, Object>> templates = new ArrayList<>();
		for (TemplateUse use : run.templates()) {
			Map<String, Object> template = new LinkedHashMap<>();
			template.put("kind", use.kind());
			template.put("template", use.template());
			template.put("sha256", use.sha256());
			templates.add(template);
		}
		manifest.put("templates", templates);
		List<Map<String, Object>> items = new ArrayList<>();
		for (ItemOutcome outcome : run.items()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("item", outcome.item().number());
			if (outcome.item().series() != null) {
				item.put("series", outcome.item().series());
				item.put("seriesDate", outcome.item().seriesDate().toString());
			}
			item.put("briefing", outcome.briefing());
			item.put("event", outcome.event());
			item.put("status", outcome.failed() ? "failed" : "ok");
			if (outcome.failed()) {
				item.put("error", outcome.error());
			}
			if (outcome.snapshot() != null) {
				Map<String, Object> snapshot = new LinkedHashMap<>();
				snapshot.put("id", outcome.snapshot().id());
				snapshot.put("sha256", outcome.snapshot().sha256());
				item.put("snapshot", snapshot);
			}
			List<Map<String, Object>> findings = new ArrayList<>();
			for (Finding finding : outcome.findings()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT));
				row.put("where", finding.where());
				row.put("message", finding.message());
				row.put("check", finding.rule());
				findings.add(row);
			}
			item.put("check", findings);
			item.put("files", outcome.files().stream().map(OutputFile::path).toList());
			items.add(item);
		}
		manifest.put("items", items);
		List<Map<String, Object>> files = new ArrayList<>();
		for (OutputFile output : run.files()) {
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("path", output.path());
			file.put("sha256", output.sha256());
			file.put("bytes", output.bytes());
			files.add(file);
		}
		manifest.put("files", files);
		if (!run.earlier().isEmpty()) {
			manifest.put("earlier", run.earlier());
		}
		try {
			return PRETTY.writeValueAsString(manifest) + "\n";
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException("cannot write the manifest as JSON", impossible);
		}
	}

	/** Writes the manifest of a run into its output folder, replacing an earlier run's. */
	static Path write(Path folder, BatchRun run, String version) {
		Path target = folder.resolve(FILE);
		byte[] bytes = json(run, version).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		AtomicFiles.write(target, true, out -> out.write(bytes));
		return target;
	}

	/**
	 * The files an earlier run's manifest in {@code folder} lists (paths relative to it), and
	 * those the journal of a run that did not finish names ({@link BatchJournal}): a new run
	 * may replace those, and only those. Empty when the folder has neither.
	 * @throws BriefdeskException when there is a manifest that cannot be read
	 */
	static Set<String> listedIn(Path folder) {
		Set<String> unfinished = BatchJournal.read(folder);
		Path file = folder.resolve(FILE);
		if (!Files.exists(file)) {
			return unfinished;
		}
		Set<String> paths = new LinkedHashSet<>(unfinished);
		for (Listed listed : read(folder)) {
			paths.add(listed.path());
		}
		try {
			Path base = folder.toAbsolutePath().normalize();
			for (JsonNode earlier : JSON.readTree(Files.readAllBytes(file)).path("earlier")) {
				Path resolved = base.resolve(earlier.asText("")).normalize();
				if (!earlier.asText("").isEmpty() && resolved.startsWith(base) && !resolved.equals(base)) {
					paths.add(earlier.asText());
				}
			}
		}
		catch (IOException unreadable) {
			throw new BriefdeskException(file + " is not a manifest Briefdesk can read: " + unreadable.getMessage());
		}
		return paths;
	}

	/** A file as a manifest lists it, and where it is in the folder. */
	private record Listed(String path, Path file, String sha256, long bytes) {
	}

	private static List<Listed> read(Path folder) {
		Path file = folder.resolve(FILE);
		JsonNode root;
		try {
			root = JSON.readTree(Files.readAllBytes(file));
		}
		catch (NoSuchFileException missing) {
			throw new BriefdeskException("no " + FILE + " in " + folder + "; give a folder that `export batch` wrote");
		}
		catch (IOException unreadable) {
			throw new BriefdeskException(file + " is not a manifest Briefdesk can read: " + unreadable.getMessage());
		}
		JsonNode files = root == null ? null : root.get("files");
		if (files == null || !files.isArray()) {
			throw new BriefdeskException(file + " is not a manifest of `export batch`: it has no \"files\" list");
		}
		Path base = folder.toAbsolutePath().normalize();
		List<Listed> listed = new ArrayList<>();
		for (JsonNode entry : files) {
			String path = entry.path("path").asText("");
			String sha256 = entry.path("sha256").asText("");
			if (path.isEmpty() || sha256.isEmpty() || !entry.path("bytes").canConvertToLong()) {
				throw new BriefdeskException(file + ": an entry of \"files\" lacks its path, sha256 or bytes");
			}
			Path resolved = base.resolve(path).normalize();
			if (!resolved.startsWith(base) || resolved.equals(base)) {
				throw new BriefdeskException(file + " names " + path + ", which is outside " + folder + " (refused)");
			}
			listed.add(new Listed(path, resolved, sha256, entry.path("bytes").asLong()));
		}
		return listed;
	}

	/**
	 * What {@code export verify} found.
	 *
	 * @param folder the folder checked
	 * @param listed how many files the manifest lists
	 * @param changed the files whose content differs from the manifest's, with why
	 * @param missing the files the manifest lists that are not there
	 * @param unlisted files in the folder the manifest does not list (not an error: a folder may hold more)
	 */
	public record Verification(Path folder, int listed, List<String> changed, List<String> missing,
			List<String> unlisted) {

		public boolean matches() {
			return this.changed.isEmpty() && this.missing.isEmpty();
		}

	}

	/**
	 * Hashes every file a folder's manifest lists and compares it with the manifest.
	 * @throws BriefdeskException when the folder has no manifest or one that cannot be read
	 */
	public static Verification verify(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new BriefdeskException("no folder " + folder + "; give the folder `export batch` wrote into");
		}
		List<Listed> listed = read(folder);
		List<String> changed = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		Set<Path> known = new LinkedHashSet<>();
		for (Listed file : listed) {
			known.add(file.file());
			if (!Files.isRegularFile(file.file())) {
				missing.add(file.path());
				continue;
			}
			try {
				long size = Files.size(file.file());
				String sha256 = sha256(file.file());
				if (!sha256.equalsIgnoreCase(file.sha256())) {
					changed.add(file.path() + (size != file.bytes() ? " (" + file.bytes() + " bytes in the manifest, "
							+ size + " now)" : " (same size, different content)"));
				}
			}
			catch (IOException unreadable) {
				changed.add(file.path() + " (cannot be read: " + unreadable.getMessage() + ")");
			}
		}
		List<String> unlisted = new ArrayList<>();
		Path base = folder.toAbsolutePath().normalize();
		try (Stream<Path> all = Files.walk(base)) {
			all.filter(Files::isRegularFile)
				.filter(file -> !known.contains(file))
				.map(file -> base.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
				.filter(name -> !name.equals(FILE) && !name.equals(OutputFolderLock.FILE))
				.sorted()
				.forEach(unlisted::add);
		}
		catch (IOException | java.io.UncheckedIOException unreadable) {
			throw new BriefdeskException("cannot list " + folder + ": " + unreadable.getMessage());
		}
		return new Verification(folder, listed.size(), changed, missing, unlisted);
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
		}
	}

}
