package org.briefdesk.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefdesk.batch.BatchJob.Format;
import org.briefdesk.batch.BatchJob.Item;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJobReaderTest {

	@TempDir
	Path folder;

	private BatchJob read(String yaml) throws IOException {
		Path file = this.folder.resolve("job.yaml");
		Files.writeString(file, yaml);
		return BatchJobReader.read(file);
	}

	private String refusal(String yaml) {
		return assertThatThrownBy(() -> read(yaml)).isInstanceOf(BriefdeskException.class)
			.actual()
			.getMessage()
			.replace(this.folder.resolve("job.yaml").toString(), "job.yaml");
	}

	@Test
	void aJobListsItsItemsWithTheDefaultsFilledIn() throws IOException {
		BatchJob job = read("""
				defaults:
				  formats: [pdf]
				  name: "{briefing}-{today}.{ext}"
				  templates: {pdf: my-pdf}
				items:
				  - briefing: icat-briefing-2023
				  - briefing: icat-briefing-2018
				    formats: [docx, pdf]
				    name: "{n}/{briefing}.{ext}"
				    templates: {docx: ../word/mine.docx}
				    invitations: {pdf: true}
				""");
		assertThat(job.name()).isEqualTo("job");
		assertThat(job.sha256()).hasSize(64);
		Item first = job.items().get(0);
		assertThat(first.formats()).containsExactly(Format.PDF);
		assertThat(first.name()).isEqualTo("{briefing}-{today}.{ext}");
		assertThat(first.pdfTemplate().path()).isEqualTo(this.folder.resolve("my-pdf"));
		assertThat(first.invitations()).isNull();
		Item second = job.items().get(1);
		assertThat(second.line()).isEqualTo(7);
		assertThat(second.formats()).containsExactly(Format.DOCX, Format.PDF);
		assertThat(second.docxTemplate().written()).isEqualTo("../word/mine.docx");
		assertThat(second.docxTemplate().path()).isEqualTo(this.folder.getParent().resolve("word/mine.docx"));
		assertThat(second.pdfTemplate().written()).isEqualTo("my-pdf");
		assertThat(second.invitations().pdf()).isTrue();
		assertThat(second.invitations().event()).isNull();
		assertThat(second.invitations().folder()).isEqualTo("invitations-{event}");
	}

	@Test
	void withoutDefaultsAnItemIsWordAndPdfNamedAsASingleExportNamesThem() throws IOException {
		Item item = read("items:\n  - briefing: icat-briefing-2023\n").items().get(0);
		assertThat(item.formats()).containsExactly(Format.DOCX, Format.PDF);
		assertThat(item.name()).isEqualTo("{briefing}-{date}.{ext}");
		assertThat(item.docxTemplate()).isNull();
		assertThat(item.pdfTemplate()).isNull();
	}

	@Test
	void unknownKeysAreRefusedWithTheirFileAndLine() {
		assertThat(refusal("""
				items:
				  - briefing: icat-briefing-2023
				    format: [pdf]
				    templates: {word: x.docx}
				output: packs
				""")).isEqualTo("""
				job.yaml:3: unknown key 'format' in item 1; did you mean 'formats'? known keys: briefing, series, date, formats, templates, name, invitations
				job.yaml:4: unknown key 'word' in 'templates'; known keys: docx, pdf
				job.yaml:5: unknown key 'output' in the job; known keys: defaults, items""");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		String message = refusal("""
				items:
				  - briefing: a
				    formats: [docx, odt]
				  - briefing: b
				    name: "{briefing}-{when}.{ext}"
				  - briefing: c
				    name: "{briefing}.docx"
				  - formats: [pdf]
				  - briefing: d
				    invitations: {pdf: maybe, folder: "{ext}"}
				""");
		assertThat(message.lines().toList()).containsExactly(
				"job.yaml:3: no format 'odt'; formats are docx and pdf",
				"job.yaml:5: 'name' '{briefing}-{when}.{ext}' names {when}, which is not a placeholder; use {briefing}, {date}, {event}, {ext}, {n}, {today}",
				"job.yaml:7: 'name' '{briefing}.docx' has no {ext}; end it with .{ext} so that each format gets its own file",
				"job.yaml:8: item 4 names no 'briefing' (nor 'series', nor 'invitations'); say what to export",
				"job.yaml:10: 'pdf' should be true or false, not 'maybe'",
				"job.yaml:10: 'folder' '{ext}' names {ext}, which is not a placeholder; use {briefing}, {date}, {event}, {n}, {today}");
	}

	@Test
	void yamlThatCouldHideWhatItSaysIsRefused() {
		assertThat(refusal("""
				defaults: &d
				  formats: [pdf]
				items:
				  - briefing: x
				    briefing: y
				""")).contains("job.yaml:1: anchors (&d) are not allowed");
		assertThat(refusal("items:\n  - briefing: x\n    briefing: y\n"))
			.isEqualTo("job.yaml:3: duplicate key 'briefing' (first at line 2)");
		assertThat(refusal("items:\n  - !!java.io.File x\n")).contains("tags (tag:yaml.org,2002:java.io.File) are not allowed");
	}

	@Test
	void anItemMayBeTheNextEventOfASeriesOnADay() throws IOException {
		Item item = read("items:\n  - series: icat-briefings\n    date: 2025-10-08\n").items().get(0);
		assertThat(item.briefing()).isNull();
		assertThat(item.series()).isEqualTo("icat-briefings");
		assertThat(item.seriesDate()).isEqualTo(java.time.LocalDate.of(2025, 10, 8));
		assertThat(item.formats()).containsExactly(Format.DOCX, Format.PDF);
		assertThat(item.label()).isEqualTo("item 1 (the next event of icat-briefings on 2025-10-08)");
		assertThat(refusal("items:\n  - series: icat-briefings\n    date: 2025-10\n"))
			.isEqualTo("job.yaml:3: item 1 names a series: give 'date', the day of its next event (YYYY-MM-DD)");
		assertThat(refusal("items:\n  - series: icat-briefings\n"))
			.isEqualTo("job.yaml:2: item 1 names a series: give 'date', the day of its next event (YYYY-MM-DD)");
		assertThat(refusal("items:\n  - briefing: x\n    series: icat-briefings\n    date: 2025-10-08\n"))
			.contains("job.yaml:3: item 1 names a 'briefing' and a 'series'");
		assertThat(refusal("items:\n  - briefing: x\n    date: 2025-10-08\n"))
			.isEqualTo("job.yaml:3: item 1 has a 'date' but no 'series' (the date is its next event's)");
	}

	@Test
	void aJobWithoutItemsIsRefused() {
		assertThat(refusal("")).contains("the job is empty");
		assertThat(refusal("defaults: {formats: [pdf]}\n")).isEqualTo("job.yaml:1: the job has no 'items:', the list of what to export");
		assertThat(refusal("items: []\n")).isEqualTo("job.yaml:1: 'items' is empty; list at least one export");
		assertThat(refusal("- briefing: x\n")).contains("a job starts with 'items:'");
	}

	@Test
	void aMissingJobFileIsOneLine() {
		assertThatThrownBy(() -> BatchJobReader.read(this.folder.resolve("nosuch.yaml")))
			.hasMessage("no job file " + this.folder.resolve("nosuch.yaml") + "; check the path (examples are in jobs/)");
	}

	@Test
	void theExampleJobsOfTheRepositoryAreValid() throws IOException {
		try (var jobs = Files.list(Path.of("jobs"))) {
			List<Path> files = jobs.filter(file -> file.toString().endsWith(".yaml")).toList();
			assertThat(files).isNotEmpty();
			for (Path file : files) {
				assertThat(BatchJobReader.read(file).items()).as(file.toString()).isNotEmpty();
			}
		}
	}

}
