package org.briefdesk.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.briefdesk.support.OneShot;
import org.briefdesk.support.Unchanged;
import org.briefdesk.system.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code export batch} killed with SIGKILL (a real child process) while it writes: every file
 * under its final name is whole, the folder's lock goes with the process, the library's facts
 * are unchanged, and the same command run again completes the folder, byte for byte as a run
 * that was never interrupted, although the killed run wrote no manifest.
 */
class BatchCrashTest {

	private static final List<String> BRIEFINGS = List.of("icat-briefing-2018", "osce-side-event-2019",
			"icat-principals-2020", "icat-briefing-2023", "oas-unodc-cochairpersonship-2025");

	private static final int ROUNDS = 8;

	@TempDir
	Path workingDirectory;

	@TempDir
	Path home;

	@Test
	void aBatchKilledWhileItWritesLeavesOnlyWholeFilesAndTheSameCommandCompletesIt() throws Exception {
		Path job = this.workingDirectory.resolve("job.yaml");
		Files.writeString(job, job(), StandardCharsets.UTF_8);
		assertThat(OneShot.run(this.workingDirectory, this.home, "briefing", "list").exitCode()).isZero();
		Map<String, String> factsBefore = facts("before");
		Path out = this.workingDirectory.resolve("out");

		Process child = OneShot.start(this.workingDirectory, this.home, this.workingDirectory.resolve("batch.log"),
				"export", "batch", job.toString(), "--out", out.toString(), "--date", "2025-06-11");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (published(out).size() < 6 && child.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(2);
		}
		boolean killedMidway = child.isAlive();
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(killedMidway).as("the batch was still running when it was killed; see batch.log").isTrue();

		List<Path> left = published(out);
		assertThat(left.size()).as("files published before the kill").isBetween(6, BRIEFINGS.size() * ROUNDS * 2 - 1);
		for (Path file : left) {
			assertWhole(file);
		}
		assertThat(out.resolve(BatchManifest.FILE)).as("no manifest of a run that did not finish").doesNotExist();
		assertThat(facts("after-kill")).as("the library's facts").isEqualTo(factsBefore);

		OneShot.Result again = OneShot.run(this.workingDirectory, this.home, "export", "batch", job.toString(), "--out",
				out.toString(), "--date", "2025-06-11");
		assertThat(again.exitCode()).as(again.stdout() + again.stderr()).isZero();
		assertThat(published(out)).hasSize(BRIEFINGS.size() * ROUNDS * 2);
		try (Stream<Path> files = Files.list(out)) {
			assertThat(files.map(file -> file.getFileName().toString()).filter(AtomicFiles::isTemporary))
				.as("no temporary file of the killed run is left")
				.isEmpty();
		}
		JsonNode manifest = new ObjectMapper().readTree(out.resolve(BatchManifest.FILE).toFile());
		Map<String, String> listed = new TreeMap<>();
		manifest.get("files").forEach(file -> listed.put(file.get("path").asText(), file.get("sha256").asText()));
		assertThat(listed).hasSize(BRIEFINGS.size() * ROUNDS * 2);
		manifest.get("items").forEach(item -> assertThat(item.get("status").asText()).isEqualTo("ok"));
		assertThat(out.resolve(BatchJournal.FILE)).as("the journal goes once the manifest is written").doesNotExist();
		assertThat(OneShot.run(this.workingDirectory, this.home, "export", "verify", out.toString()).exitCode())
			.as("export verify of the completed folder")
			.isZero();

		// the same command never interrupted, into a folder of its own: the same files
		Path clean = this.workingDirectory.resolve("clean");
		OneShot.Result uninterrupted = OneShot.run(this.workingDirectory, this.home, "export", "batch", job.toString(),
				"--out", clean.toString(), "--date", "2025-06-11");
		assertThat(uninterrupted.exitCode()).as(uninterrupted.stderr()).isZero();
		Map<String, String> cleanFiles = Unchanged.folder(clean);
		Map<String, String> completed = Unchanged.folder(out);
		cleanFiles.keySet().removeIf(name -> name.startsWith(".") || name.equals(BatchManifest.FILE));
		completed.keySet().removeIf(name -> name.startsWith(".") || name.equals(BatchManifest.FILE));
		assertThat(completed).isEqualTo(cleanFiles);
	}

	private static String job() {
		StringBuilder yaml = new StringBuilder("defaults:\n  formats: [docx, pdf]\n  name: \"{n}-{briefing}.{ext}\"\nitems:\n");
		for (int round = 0; round < ROUNDS; round++) {
			for (String briefing : BRIEFINGS) {
				yaml.append("  - briefing: ").append(briefing).append('\n');
			}
		}
		return yaml.toString();
	}

	/** The library's facts as {@code data export} writes them. */
	private Map<String, String> facts(String name) throws Exception {
		Path folder = this.workingDirectory.resolve("facts-" + name);
		OneShot.Result export = OneShot.run(this.workingDirectory, this.home, "data", "export", folder.toString());
		assertThat(export.exitCode()).as(export.stderr()).isZero();
		return Unchanged.folder(folder);
	}

	/** The packs in the folder under their final names. */
	private static List<Path> published(Path out) throws IOException {
		if (!Files.isDirectory(out)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(out)) {
			return files.filter(file -> file.getFileName().toString().matches("[0-9]+-.+\\.(docx|pdf)")).sorted().toList();
		}
	}

	private static void assertWhole(Path file) throws IOException {
		if (file.toString().endsWith(".docx")) {
			try (ZipFile zip = new ZipFile(file.toFile())) {
				assertThat(zip.getEntry("word/document.xml")).as("%s is whole", file).isNotNull();
			}
		}
		else {
			byte[] bytes = Files.readAllBytes(file);
			assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).as("%s starts as a PDF", file)
				.isEqualTo("%PDF-");
			assertThat(new String(bytes, StandardCharsets.ISO_8859_1).stripTrailing()).as("%s ends as a PDF", file)
				.endsWith("%%EOF");
		}
	}

}
