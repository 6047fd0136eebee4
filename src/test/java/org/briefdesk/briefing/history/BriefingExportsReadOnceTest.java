package org.briefdesk.briefing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;

import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingParts;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * An export reads its briefing from the library once: the pack printed, the snapshot its record
 * keeps and the warnings it prints are the same facts (a colleague's edit between two readings
 * could otherwise make the record describe a pack that was never printed), and a one-shot
 * export does not pay for three readings.
 */
@BriefdeskTest
class BriefingExportsReadOnceTest {

	@MockitoSpyBean
	BriefingQueries briefings;

	@Autowired
	BriefingExports exports;

	@Autowired
	BriefingSnapshots snapshots;

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

	@Test
	void aWordExportReadsItsBriefingOnceForThePackItsRecordAndItsWarnings() {
		BriefingExports.Exported exported = this.exports.docx(HistoryLibrary.BRIEFING, null,
				this.folder.resolve("pack.docx"), false);

		verify(this.briefings, times(1)).contents(HistoryLibrary.BRIEFING);
		assertThat(exported.record().snapshotId()).isEqualTo(this.snapshots.snapshotOf(HistoryLibrary.BRIEFING).id());
	}

	@Test
	void aPdfExportReadsItsBriefingOnceForThePackItsRecordAndItsWarnings() {
		BriefingExports.Exported exported = this.exports.pdf(HistoryLibrary.BRIEFING, null,
				this.folder.resolve("pack.pdf"), false);

		verify(this.briefings, times(1)).contents(HistoryLibrary.BRIEFING);
		assertThat(exported.record().snapshotId()).isEqualTo(this.snapshots.snapshotOf(HistoryLibrary.BRIEFING).id());
	}

}
