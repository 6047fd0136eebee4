package org.briefdesk.briefing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingParts;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.Person;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Single exports record themselves: the snapshot of the facts (stored once per content) and
 * the file written, and nothing at all when the export fails; the facts are read once. Also the API a batch export
 * calls ({@link BriefingSnapshots#capture}, {@link BriefingSnapshots#recordExport}).
 */
@BriefdeskTest
@BothStores
class BriefingExportsTest {

	private static final String BRIEFING = HistoryLibrary.BRIEFING;

	@Autowired
	BriefingExports exports;

	@Autowired
	BriefingSnapshots snapshots;

	/** The real queries, watched: an export reads its briefing once. */
	@MockitoSpyBean
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	BriefingParts parts;

	@Autowired
	FactLibrary library;

	@Autowired
	FactRepositories repositories;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void aBriefingOfItsOwn() {
		HistoryLibrary.add(this.library, this.lifecycle, this.parts);
		clearInvocations(this.briefings);
	}

	@AfterEach
	void takeItOut() {
		HistoryLibrary.remove(this.briefings, this.lifecycle, this.library, this.repositories, this.jdbc);
	}

	/** Gives the briefing a title no snapshot has had, and says which snapshot its facts make now. */
	private String factsNeverSnapshotted() {
		this.lifecycle.edit(BRIEFING, "History briefing pack " + System.nanoTime(), null, null, null);
		String id = this.snapshots.snapshotOf(BRIEFING).id();
		assertThat(isStored(id)).isFalse();
		return id;
	}

	private boolean isStored(String snapshotId) {
		return this.jdbc.sql("select count(*) from fact_snapshot where id = ?").param(snapshotId).query(Integer.class)
			.single() > 0;
	}

	private int snapshotsStored() {
		return this.jdbc.sql("select count(*) from fact_snapshot").query(Integer.class).single();
	}

	/*
	 * The pack printed, the snapshot its record keeps and the warnings it prints are the same
	 * facts: a colleague's edit between two readings could otherwise make the record describe a
	 * pack that was never printed (and a one-shot export paid for three readings).
	 */
	@Test
	void aWordExportReadsItsBriefingOnceForThePackItsRecordAndItsWarnings() {
		BriefingExports.Exported exported = this.exports.docx(BRIEFING, null, this.folder.resolve("once.docx"), false);

		verify(this.briefings, times(1)).contents(BRIEFING);
		assertThat(exported.record().snapshotId()).isEqualTo(this.snapshots.snapshotOf(BRIEFING).id());
	}

	@Test
	void aPdfExportReadsItsBriefingOnceForThePackItsRecordAndItsWarnings() {
		BriefingExports.Exported exported = this.exports.pdf(BRIEFING, null, this.folder.resolve("once.pdf"), false);

		verify(this.briefings, times(1)).contents(BRIEFING);
		assertThat(exported.record().snapshotId()).isEqualTo(this.snapshots.snapshotOf(BRIEFING).id());
	}

	@Test
	void anExportStoresTheSnapshotOfItsFactsAndARecordOfTheFileItWrote() throws IOException {
		Path out = this.folder.resolve("pack.docx");
		BriefingExports.Exported exported = this.exports.docx(BRIEFING, null, out, false);

		byte[] written = Files.readAllBytes(out);
		try (InputStream in = Files.newInputStream(out); XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
			assertThat(text.getText()).contains("History briefing pack", "Anna Poznańska", "Programme Officer");
		}
		List<ExportRecord> history = this.snapshots.history(BRIEFING);
		assertThat(history).containsExactly(exported.record());
		ExportRecord record = history.get(0);
		assertThat(record.format()).isEqualTo("docx");
		assertThat(record.fileName()).isEqualTo(out.toAbsolutePath().toString());
		assertThat(record.sha256()).isEqualTo(FactSnapshot.sha256(written));
		assertThat(record.size()).isEqualTo(written.length);

		FactSnapshot snapshot = this.snapshots.snapshot(record.snapshotId());
		assertThat(snapshot.sha256()).startsWith(record.snapshotId())
			.isEqualTo(FactSnapshot.sha256(snapshot.json().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		Map<String, Object> document = snapshot.document();
		assertThat(document).containsKeys("briefing", "event", "co-chairs", "priority-set", "people", "organisations",
				"statistics", "quotes");
		assertThat(SnapshotDiffer.map(document, "people")).containsKeys("hist-anna");
		assertThat(SnapshotDiffer.map(SnapshotDiffer.map(document, "people"), "hist-anna"))
			.containsEntry("title", "Programme Officer")
			.containsEntry("organisation", "hist-org-a");
		assertThat(SnapshotDiffer.map(SnapshotDiffer.map(document, "statistics"), "hist-stat-1"))
			.containsEntry("source", "Global Report on Trafficking in Persons")
			.containsEntry("source-date", "2022");
		assertThat(document.get("co-chairs")).isEqualTo(List.of("hist-org-a"));
		assertThat(SnapshotDiffer.map(document, "briefing").get("purpose")).isEqualTo(List.of("Purpose one.", "Purpose two."));
	}

	@Test
	void theSnapshotIsCanonicalJsonWithSortedKeys() {
		String json = this.snapshots.snapshotOf(BRIEFING).json();
		assertThat(json).startsWith("{\"briefing\":{\"event\":\"hist-event\",\"figures\":[\"hist-stat-1\"],")
			.doesNotContain("\n", ": ")
			.contains("\"value\":31}");
	}

	@Test
	void aSecondExportWithUnchangedFactsReusesTheSnapshot() throws IOException {
		ExportRecord first = this.exports.docx(BRIEFING, null, this.folder.resolve("pack.docx"), false).record();
		// snapshots are kept for good: an earlier test may have stored these very facts already
		int afterFirst = snapshotsStored();
		ExportRecord second = this.exports.docx(BRIEFING, null, this.folder.resolve("pack.docx"), true).record();
		ExportRecord pdf = this.exports.pdf(BRIEFING, null, this.folder.resolve("pack.pdf"), false).record();

		assertThat(second.snapshotId()).isEqualTo(first.snapshotId());
		assertThat(pdf.snapshotId()).isEqualTo(first.snapshotId());
		assertThat(snapshotsStored()).isEqualTo(afterFirst);
		assertThat(this.snapshots.history(BRIEFING)).extracting(ExportRecord::id)
			.containsExactly(pdf.id(), second.id(), first.id());
		byte[] written = Files.readAllBytes(this.folder.resolve("pack.pdf"));
		assertThat(pdf.sha256()).isEqualTo(FactSnapshot.sha256(written));
		try (PDDocument document = Loader.loadPDF(written)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Anna Poznańska");
		}
	}

	@Test
	void anEditedFactGivesTheNextExportANewSnapshot() {
		ExportRecord first = this.exports.docx(BRIEFING, null, this.folder.resolve("one.docx"), false).record();
		Person anna = this.library.get(FactKind.PERSON, "hist-anna");
		this.library.update(new Person(anna.id(), anna.honorific(), anna.name(), "Chief of Section",
				anna.organisationId(), anna.email(), anna.bio(), anna.notes()));
		ExportRecord second = this.exports.docx(BRIEFING, null, this.folder.resolve("two.docx"), false).record();
		assertThat(second.snapshotId()).isNotEqualTo(first.snapshotId());
		assertThat(this.snapshots.snapshot(first.snapshotId()).json()).contains("\"title\":\"Programme Officer\"");
		assertThat(this.snapshots.snapshot(second.snapshotId()).json()).contains("\"title\":\"Chief of Section\"");
	}

	@Test
	void anExportRefusedForAnExistingFileRecordsNothing() throws IOException {
		String snapshot = factsNeverSnapshotted();
		Path out = Files.writeString(this.folder.resolve("pack.docx"), "someone else's file");
		int before = snapshotsStored();
		assertThatThrownBy(() -> this.exports.docx(BRIEFING, null, out, false)).isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("already exists");
		assertThat(this.snapshots.history(BRIEFING)).isEmpty();
		assertThat(snapshotsStored()).isEqualTo(before);
		assertThat(isStored(snapshot)).isFalse();
		assertThat(Files.readString(out)).isEqualTo("someone else's file");
	}

	@Test
	void anExportWithABrokenTemplateRecordsNothingAndWritesNothing() throws IOException {
		String snapshot = factsNeverSnapshotted();
		Path template = Files.writeString(this.folder.resolve("broken.docx"), "not a Word file");
		Path out = this.folder.resolve("pack.docx");
		int before = snapshotsStored();
		assertThatThrownBy(() -> this.exports.docx(BRIEFING, template, out, false)).isInstanceOf(BriefdeskException.class);
		assertThat(out).doesNotExist();
		assertThat(this.snapshots.history(BRIEFING)).isEmpty();
		assertThat(snapshotsStored()).isEqualTo(before);
		assertThat(isStored(snapshot)).isFalse();
	}

	@Test
	void aFileThatCannotBePublishedTakesItsRecordAndSnapshotBackOut() throws IOException {
		String snapshot = factsNeverSnapshotted();
		// A dangling link passes the early check (nothing exists there) but refuses the
		// publication itself: the failure comes after the record was written, in its transaction.
		Path out = Files.createSymbolicLink(this.folder.resolve("pack.docx"), this.folder.resolve("nowhere"));
		int before = snapshotsStored();
		assertThatThrownBy(() -> this.exports.docx(BRIEFING, null, out, false)).isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("already exists");
		assertThat(this.snapshots.history(BRIEFING)).isEmpty();
		assertThat(snapshotsStored()).isEqualTo(before);
		assertThat(isStored(snapshot)).isFalse();
		assertThat(this.folder.resolve("nowhere")).doesNotExist();
	}

	@Test
	void theHistoryListsExportsNewestFirst() {
		ExportRecord middle = HistoryLibrary.export(this.snapshots, BRIEFING, Instant.parse("2026-06-01T09:00:00Z"));
		ExportRecord newest = HistoryLibrary.export(this.snapshots, BRIEFING, Instant.parse("2026-11-30T09:00:00Z"));
		ExportRecord oldest = HistoryLibrary.export(this.snapshots, BRIEFING, Instant.parse("2025-01-15T09:00:00Z"));
		assertThat(this.snapshots.history(BRIEFING)).containsExactly(newest, middle, oldest);
		assertThat(newest.exportedAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
	}

	@Test
	void captureStoresTheSameFactsOnceAndGivesTheSameReference() {
		SnapshotRef first = this.snapshots.capture(BRIEFING);
		int afterFirst = snapshotsStored();
		SnapshotRef second = this.snapshots.capture(BRIEFING);
		assertThat(second).isEqualTo(first);
		assertThat(first.sha256()).hasSize(64).startsWith(first.id());
		assertThat(first.id()).hasSize(12);
		assertThat(this.snapshots.snapshot(first.id()).sha256()).isEqualTo(first.sha256());
		assertThat(snapshotsStored()).isEqualTo(afterFirst);
	}

	@Test
	void recordExportRefusesASnapshotOfAnotherBriefingOrNoneStored() {
		this.lifecycle.clone(BRIEFING, HistoryLibrary.EVENT, "hist-copy", null);
		SnapshotRef copy = this.snapshots.capture("hist-copy");
		String hash = "0".repeat(64);
		assertThatThrownBy(() -> this.snapshots.recordExport(BRIEFING, copy, "pdf", "x.pdf", hash, 1, Instant.now()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("is of briefing 'hist-copy', not 'hist-briefing'");
		SnapshotRef unknown = new SnapshotRef("abcdefabcdef", "abcdefabcdef" + "0".repeat(52));
		assertThatThrownBy(() -> this.snapshots.recordExport(BRIEFING, unknown, "pdf", "x.pdf", hash, 1, Instant.now()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("is not in the library; capture it first");
		SnapshotRef mine = this.snapshots.capture(BRIEFING);
		assertThatThrownBy(() -> this.snapshots.recordExport(BRIEFING, mine, "pdf", "x.pdf", "not a hash", 1, Instant.now()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("is not a SHA-256");
		assertThat(this.snapshots.history(BRIEFING)).isEmpty();
	}

}
