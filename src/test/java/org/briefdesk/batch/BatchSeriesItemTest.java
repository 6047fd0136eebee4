package org.briefdesk.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.BriefingCleanup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A job item that is "the next event of series S on date D": rolled forward, or the one the series has. */
@BriefdeskTest
class BatchSeriesItemTest {

	private static final String EVENT = "icat-briefing-2025-10-08";

	@Autowired
	BatchExport batch;

	@Autowired
	org.briefdesk.briefing.history.BriefingSnapshots snapshots;

	@Autowired
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	FactLibrary library;

	@Autowired
	FactRepositories repositories;

	@TempDir
	Path folder;

	@AfterEach
	void putTheSampleLibraryBack() {
		BriefingCleanup.removeAddedBriefingsAndFacts(this.briefings, this.lifecycle, this.library, this.repositories,
				"icat-briefing-2025");
	}

	private BatchJob job() throws IOException {
		Path file = this.folder.resolve("next.yaml");
		Files.writeString(file, """
				items:
				  - series: icat-briefings
				    date: 2025-10-08
				    formats: [docx]
				""");
		return BatchJobReader.read(file);
	}

	private BatchRun run(Path out, boolean dryRun) throws IOException {
		return this.batch.run(job(), new BatchExport.Request(out, LocalDate.of(2025, 9, 15), dryRun, null));
	}

	@Test
	void aDryRunNamesTheRolledForwardBriefingAndWritesNeitherTheEventNorAFile() throws IOException {
		Path out = this.folder.resolve("out");
		BatchRun run = run(out, true);
		assertThat(run.failed()).as(String.valueOf(run.failures())).isFalse();
		assertThat(run.items().get(0).event()).isEqualTo(EVENT);
		assertThat(run.items().get(0).files()).extracting(BatchRun.OutputFile::path)
			.containsExactly("icat-briefing-2025-2025-10-08.docx");
		assertThat(this.repositories.of(FactKind.EVENT).exists(EVENT)).isFalse();
		assertThat(this.briefings.exists("icat-briefing-2025")).isFalse();
		assertThat(out).doesNotExist();
	}

	@Test
	void aRunRollsTheSeriesForwardWithThe2025CoChairsAndExportsTheNewBriefing() throws IOException {
		Path out = this.folder.resolve("out");
		BatchRun run = run(out, false);
		assertThat(run.failed()).as(String.valueOf(run.failures())).isFalse();
		assertThat(this.repositories.of(FactKind.EVENT).exists(EVENT)).isTrue();
		assertThat(this.briefings.get("icat-briefing-2025").eventId()).isEqualTo(EVENT);
		assertThat(run.items().get(0).briefing()).isEqualTo("icat-briefing-2025");
		com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(out.resolve("manifest.json").toFile());
		assertThat(manifest.at("/items/0/series").asText()).isEqualTo("icat-briefings");
		assertThat(manifest.at("/items/0/briefing").asText()).isEqualTo("icat-briefing-2025");
		// the library records the batch's exports with the snapshot the manifest names
		List<org.briefdesk.briefing.history.ExportRecord> history = this.snapshots.history("icat-briefing-2025");
		assertThat(history).isNotEmpty()
			.allSatisfy(export -> assertThat(export.snapshotId()).isEqualTo(manifest.at("/items/0/snapshot/id").asText()));
		assertThat(history).extracting(org.briefdesk.briefing.history.ExportRecord::format).containsExactly("docx");
		String text;
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(out.resolve("icat-briefing-2025-2025-10-08.docx")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			text = extractor.getText();
		}
		assertThat(text).contains("8 October 2025", "OAS", "UNODC", "15 September 2025");
		// the same job again uses the event the series now has, rather than rolling past it
		assertThat(run(out, false).failed()).isFalse();
		assertThat(this.briefings.ids()).filteredOn(id -> id.startsWith("icat-briefing-2025")).containsExactly("icat-briefing-2025");
	}

}
