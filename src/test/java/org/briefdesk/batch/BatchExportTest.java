package org.briefdesk.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.batch.BatchRun.ItemOutcome;
import org.briefdesk.invite.InvitationService;
import org.briefdesk.invite.Invitee;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.TemplateCopies;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The batch runner on the sample library, without the shell. */
@BriefdeskTest
@BothStores
class BatchExportTest {

	private static final LocalDate DATE = LocalDate.of(2025, 6, 11);

	@Autowired
	BatchExport batch;

	@Autowired
	InvitationService invitations;

	@TempDir
	Path folder;

	private BatchJob job(String yaml) throws IOException {
		Path file = this.folder.resolve("job.yaml");
		Files.writeString(file, yaml);
		return BatchJobReader.read(file);
	}

	private BatchRun run(BatchJob job, Path out) {
		return this.batch.run(job, new BatchExport.Request(out, DATE, false, null));
	}

	@Test
	void aBatchWithOneBrokenItemFinishesTheOthersAndNamesTheFailure() throws IOException {
		TemplateCopies.withText(Path.of("templates/briefing.docx"), this.folder.resolve("broken.docx"),
				"word/document.xml", "{{title}}", "{{nosuchfield}}");
		BatchJob job = job("""
				items:
				  - briefing: icat-briefing-2018
				  - briefing: icat-briefing-2023
				    templates: {docx: broken.docx}
				  - briefing: osce-side-event-2019
				    formats: [pdf]
				""");
		Path out = this.folder.resolve("out");
		BatchRun run = run(job, out);
		assertThat(run.failed()).isTrue();
		assertThat(run.failures()).extracting(f -> f.item().number()).containsExactly(2);
		assertThat(run.failures().get(0).error()).contains("nosuchfield");
		assertThat(files(out)).containsExactly("icat-briefing-2018-2018-06-14.docx", "icat-briefing-2018-2018-06-14.pdf",
				"manifest.json", "osce-side-event-2019-2019-12-05.pdf");
		assertThat(text(out.resolve("icat-briefing-2018-2018-06-14.docx"))).contains("11 June 2025");
		assertThat(pdfText(out.resolve("osce-side-event-2019-2019-12-05.pdf"))).contains("11 June 2025");
		JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
		assertThat(manifest.at("/items/1/status").asText()).isEqualTo("failed");
		assertThat(manifest.at("/items/1/error").asText()).contains("nosuchfield");
		assertThat(manifest.get("files")).hasSize(3);
	}

	@Test
	void twoRunsWithTheSameDateGiveIdenticalFilesAlsoInAnotherTimeZone() throws IOException {
		BatchJob job = job("""
				items:
				  - briefing: icat-briefing-2023
				  - briefing: oas-unodc-cochairpersonship-2025
				    name: "2025/{briefing}.{ext}"
				""");
		Map<String, String> first = hashes(run(job, this.folder.resolve("first")).out());
		Map<String, String> second = hashes(run(job, this.folder.resolve("second")).out());
		TimeZone zone = TimeZone.getDefault();
		Map<String, String> elsewhere;
		try {
			TimeZone.setDefault(TimeZone.getTimeZone(zone.getRawOffset() == 14 * 3600_000 ? "America/Los_Angeles"
					: "Pacific/Kiritimati"));
			elsewhere = hashes(run(job, this.folder.resolve("elsewhere")).out());
		}
		finally {
			TimeZone.setDefault(zone);
		}
		assertThat(first).containsOnlyKeys("icat-briefing-2023-2023-10-03.docx", "icat-briefing-2023-2023-10-03.pdf",
				"2025/oas-unodc-cochairpersonship-2025.docx", "2025/oas-unodc-cochairpersonship-2025.pdf", "manifest.json");
		assertThat(second).isEqualTo(first);
		assertThat(elsewhere).isEqualTo(first);
	}

	@Test
	void anotherDateGivesOtherDatesInTheFiles() throws IOException {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n");
		Map<String, String> june = hashes(run(job, this.folder.resolve("june")).out());
		BatchRun july = this.batch.run(job, new BatchExport.Request(this.folder.resolve("july"), DATE.plusMonths(1), false, null));
		assertThat(hashes(july.out())).isNotEqualTo(june);
		assertThat(text(july.out().resolve("icat-briefing-2023-2023-10-03.docx"))).contains("11 July 2025");
	}

	@Test
	void theManifestListsEveryFileWithItsHashTheTemplatesTheSnapshotAndTheCheck() throws IOException {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n");
		Path out = this.folder.resolve("out");
		BatchRun run = run(job, out);
		JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
		assertThat(manifest.get("date").asText()).isEqualTo("2025-06-11");
		assertThat(manifest.at("/job/file").asText()).isEqualTo("job.yaml");
		assertThat(manifest.at("/job/sha256").asText())
			.isEqualTo(BatchJobReader.sha256(Files.readAllBytes(this.folder.resolve("job.yaml"))));
		assertThat(manifest.get("templates")).extracting(t -> t.get("kind").asText()).containsExactly("docx", "pdf");
		assertThat(manifest.at("/templates/0/sha256").asText())
			.isEqualTo(BatchJobReader.sha256(Files.readAllBytes(Path.of("templates/briefing.docx"))));
		ItemOutcome item = run.items().get(0);
		assertThat(manifest.at("/items/0/snapshot/sha256").asText()).hasSize(64).isEqualTo(item.snapshot().sha256());
		assertThat(manifest.at("/items/0/check")).isNotEmpty();
		assertThat(manifest.at("/items/0/check/0/message").asText()).isEqualTo(item.findings().get(0).message());
		for (JsonNode file : manifest.get("files")) {
			Path written = out.resolve(file.get("path").asText());
			assertThat(file.get("sha256").asText()).isEqualTo(BatchManifest.sha256(written));
			assertThat(file.get("bytes").asLong()).isEqualTo(Files.size(written));
		}
		List<String> keys = List.of("manifest", "briefdesk", "date", "job", "templates", "items", "files");
		assertThat(manifest.fieldNames()).toIterable().containsExactlyElementsOf(keys);
	}

	@Test
	void theSnapshotChangesWithTheFactsAndNotWithTheDate() throws IOException {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n");
		BatchRun june = run(job, this.folder.resolve("june"));
		BatchRun july = this.batch.run(job, new BatchExport.Request(this.folder.resolve("july"), DATE.plusMonths(1), false, null));
		BatchRun other = run(job("items:\n  - briefing: icat-briefing-2018\n    formats: [docx]\n"), this.folder.resolve("other"));
		assertThat(july.items().get(0).snapshot()).isEqualTo(june.items().get(0).snapshot());
		assertThat(other.items().get(0).snapshot().sha256()).isNotEqualTo(june.items().get(0).snapshot().sha256());
	}

	@Test
	void exportVerifyFindsAChangedFileAndAMissingOne() throws IOException {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n  - briefing: icat-briefing-2018\n");
		Path out = this.folder.resolve("out");
		run(job, out);
		assertThat(BatchManifest.verify(out).matches()).isTrue();
		assertThat(BatchManifest.verify(out).listed()).isEqualTo(4);
		byte[] pdf = Files.readAllBytes(out.resolve("icat-briefing-2023-2023-10-03.pdf"));
		pdf[pdf.length / 2] ^= 1;
		Files.write(out.resolve("icat-briefing-2023-2023-10-03.pdf"), pdf);
		Files.delete(out.resolve("icat-briefing-2018-2018-06-14.docx"));
		Files.writeString(out.resolve("notes.txt"), "added later");
		BatchManifest.Verification verification = BatchManifest.verify(out);
		assertThat(verification.matches()).isFalse();
		assertThat(verification.changed()).containsExactly("icat-briefing-2023-2023-10-03.pdf (same size, different content)");
		assertThat(verification.missing()).containsExactly("icat-briefing-2018-2018-06-14.docx");
		assertThat(verification.unlisted()).containsExactly("notes.txt");
	}

	@Test
	void aManifestNamingAFileOutsideItsFolderIsRefused() throws IOException {
		Path out = Files.createDirectory(this.folder.resolve("out"));
		Files.writeString(out.resolve("manifest.json"),
				"{\"files\": [{\"path\": \"../job.yaml\", \"sha256\": \"00\", \"bytes\": 1}]}");
		assertThatThrownBy(() -> BatchManifest.verify(out)).isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("outside");
	}

	@Test
	void aDryRunListsWhatWouldBeWrittenAndWritesNothing() throws IOException {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n  - briefing: nosuch\n");
		Path out = this.folder.resolve("out");
		BatchRun run = this.batch.run(job, new BatchExport.Request(out, DATE, true, null));
		assertThat(run.dryRun()).isTrue();
		assertThat(run.items().get(0).files()).extracting(BatchRun.OutputFile::path)
			.containsExactly("icat-briefing-2023-2023-10-03.docx", "icat-briefing-2023-2023-10-03.pdf");
		assertThat(run.failures()).extracting(f -> f.item().number()).containsExactly(2);
		assertThat(run.failures().get(0).error()).contains("no briefing 'nosuch'");
		assertThat(out).doesNotExist();
		// into a folder a run wrote: nothing changes there either
		run(job("items:\n  - briefing: icat-briefing-2018\n    formats: [pdf]\n"), out);
		Map<String, String> before = hashes(out);
		Map<String, Long> times = modified(out);
		this.batch.run(job, new BatchExport.Request(out, DATE.plusDays(1), true, null));
		assertThat(hashes(out)).isEqualTo(before);
		assertThat(modified(out)).isEqualTo(times);
	}

	@Test
	void aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstHoldsIt() throws IOException {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n");
		Path out = Files.createDirectory(this.folder.resolve("out"));
		try (OutputFolderLock first = OutputFolderLock.take(out)) {
			assertThatThrownBy(() -> run(job, out)).isInstanceOf(BriefdeskException.class)
				.hasMessage("another export batch is writing into " + out.toAbsolutePath()
						+ "; wait for it to finish, or give another --out");
		}
		assertThat(files(out)).isEmpty();
		assertThat(run(job, out).failed()).isFalse();
	}

	@Test
	void aRunInAnotherProcessHoldingTheFolderRefusesThisOne() throws Exception {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n");
		Path out = Files.createDirectory(this.folder.resolve("out"));
		String java = ProcessHandle.current().info().command().orElse("java");
		Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				HoldOutputFolder.class.getName(), out.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(lines.readLine()).isEqualTo("locked");
			assertThatThrownBy(() -> run(job, out)).isInstanceOf(BriefdeskException.class)
				.hasMessageContaining("another export batch is writing into");
			assertThat(files(out)).isEmpty();
			holder.getOutputStream().close(); // lets it go
			assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			holder.destroyForcibly();
		}
		assertThat(run(job, out).failed()).isFalse();
	}

	@Test
	void aRunReplacesWhatAnEarlierRunWroteButNoOtherFile() throws IOException {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n  - briefing: icat-briefing-2018\n    formats: [docx]\n");
		Path out = this.folder.resolve("out");
		run(job, out);
		assertThat(run(job, out).failed()).isFalse();
		Files.delete(out.resolve("icat-briefing-2018-2018-06-14.docx"));
		Files.writeString(out.resolve("icat-briefing-2018-2018-06-14.docx"), "mine");
		// still listed by the manifest: replaced
		assertThat(run(job, out).failed()).isFalse();
		Files.writeString(out.resolve("manifest.json"), "{\"files\": []}");
		BatchRun refused = run(job, out);
		assertThat(refused.failures()).hasSize(2);
		assertThat(refused.failures().get(0).error())
			.contains("icat-briefing-2023-2023-10-03.docx is already in", "no earlier `export batch` wrote it");
	}

	@Test
	void filesTheJournalOfAnUnfinishedRunNamesAreReplacedButNoOtherAndNothingOutsideTheFolder() throws IOException {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n  - briefing: icat-briefing-2018\n    formats: [docx]\n");
		Path out = this.folder.resolve("out");
		run(job, out);
		// as a run killed before its manifest leaves the folder: files, a journal, a temporary file
		Files.delete(out.resolve(BatchManifest.FILE));
		Files.writeString(out.resolve("../outside.docx"), "not ours");
		Files.writeString(out.resolve(BatchJournal.FILE),
				"icat-briefing-2023-2023-10-03.docx\n../outside.docx\nicat-briefing-2018-2018-0", StandardCharsets.UTF_8);
		Files.writeString(out.resolve(".icat-briefing-2023-2023-10-03.docx.k3j9x2.tmp"), "half a pack");
		BatchRun again = run(job, out);
		assertThat(again.failures()).singleElement()
			.satisfies(failure -> assertThat(failure.error()).startsWith("icat-briefing-2018-2018-06-14.docx is already in"));
		assertThat(out.resolve(".icat-briefing-2023-2023-10-03.docx.k3j9x2.tmp")).doesNotExist();
		assertThat(out.resolve(BatchJournal.FILE)).doesNotExist();
		assertThat(Files.readString(out.resolveSibling("outside.docx"))).isEqualTo("not ours");
		assertThat(BatchManifest.listedIn(out)).contains("icat-briefing-2023-2023-10-03.docx")
			.doesNotContain("../outside.docx");
	}

	@Test
	void twoItemsOnOneFileFailTheSecond() throws IOException {
		BatchJob job = job("""
				items:
				  - briefing: icat-briefing-2023
				    name: "pack.{ext}"
				  - briefing: icat-briefing-2018
				    name: "PACK.{ext}"
				""");
		BatchRun run = run(job, this.folder.resolve("out"));
		assertThat(run.failures()).extracting(f -> f.item().number()).containsExactly(2);
		assertThat(run.failures().get(0).error()).isEqualTo(
				"would write PACK.docx, which item 1 (icat-briefing-2023) writes too; give this item another 'name'");
	}

	@Test
	void aNameFromDataStaysInsideTheOutputFolder() throws IOException {
		BatchJob job = job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n    name: \"../../{briefing}/../x.{ext}\"\n");
		Path out = this.folder.resolve("out");
		BatchRun run = run(job, out);
		assertThat(run.failed()).isFalse();
		Path written = out.resolve(run.files().get(0).path()).normalize();
		assertThat(written).startsWith(out);
		assertThat(this.folder.resolve("x.docx")).doesNotExist();
	}

	@Test
	void anItemWithInvitationsWritesItsEventsLettersDatedByTheRunAndTheSameTwice() throws IOException {
		String event = "icat-briefing-2018-06-14";
		List<Invitee> added = this.invitations.addPeople(event, List.of("alena-kupchyna", "valiant-richey"), null).added();
		try {
			BatchJob job = job("""
					items:
					  - briefing: icat-briefing-2018
					    formats: [pdf]
					    invitations: {pdf: true, folder: "letters/{event}"}
					""");
			BatchRun first = run(job, this.folder.resolve("first"));
			assertThat(first.failed()).as(String.valueOf(first.failures())).isFalse();
			assertThat(first.items().get(0).letters()).isEqualTo(2);
			Path letters = first.out().resolve("letters/" + event);
			try (Stream<Path> files = Files.list(letters)) {
				assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".docx"))).hasSize(2);
			}
			assertThat(first.files()).extracting(BatchRun.OutputFile::path)
				.contains("letters/" + event + "/invitations.csv");
			Path letter;
			try (Stream<Path> files = Files.list(letters)) {
				letter = files.filter(f -> f.toString().endsWith(".docx")).sorted().findFirst().orElseThrow();
			}
			assertThat(text(letter)).contains("11 June 2025");
			Map<String, String> second = hashes(run(job, this.folder.resolve("second")).out());
			assertThat(second).isEqualTo(hashes(first.out()));
			// and again into the same folder: the letters are its own, replaced
			assertThat(run(job, first.out()).failed()).isFalse();
			assertThat(hashes(first.out())).isEqualTo(second);
		}
		finally {
			for (Invitee invitee : added) {
				this.invitations.remove(event, invitee.id());
			}
		}
	}

	@Test
	void filesOfAnItemThatFailedThisTimeStayTheFoldersToReplaceNextTime() throws IOException {
		Path out = this.folder.resolve("out");
		assertThat(run(job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n"), out).failed()).isFalse();
		TemplateCopies.withText(Path.of("templates/briefing.docx"), this.folder.resolve("broken.docx"),
				"word/document.xml", "{{title}}", "{{nosuchfield}}");
		BatchRun broken = run(job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n    templates: {docx: broken.docx}\n"), out);
		assertThat(broken.failed()).isTrue();
		assertThat(broken.earlier()).containsExactly("icat-briefing-2023-2023-10-03.docx");
		JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
		assertThat(manifest.get("files")).isEmpty();
		assertThat(manifest.get("earlier")).extracting(JsonNode::asText).containsExactly("icat-briefing-2023-2023-10-03.docx");
		assertThat(run(job("items:\n  - briefing: icat-briefing-2023\n    formats: [docx]\n"), out).failed()).isFalse();
		assertThat(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).has("earlier")).isFalse();
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(Files::isRegularFile)
				.map(file -> folder.relativize(file).toString())
				.filter(name -> !name.equals(OutputFolderLock.FILE))
				.sorted()
				.toList();
		}
	}

	private static Map<String, String> hashes(Path folder) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		for (String file : files(folder)) {
			hashes.put(file, BatchManifest.sha256(folder.resolve(file)));
		}
		return hashes;
	}

	private static Map<String, Long> modified(Path folder) throws IOException {
		Map<String, Long> times = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.toList()) {
				times.put(file.toString(), Files.getLastModifiedTime(file).toMillis());
			}
		}
		return times;
	}

	private static String text(Path docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
