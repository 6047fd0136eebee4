package org.briefdesk.briefing.history;

import java.util.List;

import org.briefdesk.system.BriefdeskException;
import org.springframework.stereotype.Service;

/**
 * What changed in a briefing since an export: the snapshot the export recorded against the
 * snapshot of the facts now ({@link SnapshotDiffer}).
 */
@Service
public class BriefingDiff {

	/**
	 * The changes since one export.
	 *
	 * @param briefingId the briefing
	 * @param since the export compared with
	 * @param now the snapshot of the facts now (not stored)
	 * @param changes what changed, in reading order; empty when nothing did
	 */
	public record Report(String briefingId, ExportRecord since, SnapshotRef now, List<Change> changes) {

		public Report {
			changes = List.copyOf(changes);
		}

	}

	private final BriefingSnapshots snapshots;

	BriefingDiff(BriefingSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	/**
	 * What changed since the briefing's last export, or since the export numbered {@code since}.
	 * @throws BriefdeskException when the briefing has no export yet, or {@code since} is not
	 * one of its exports
	 * @throws org.briefdesk.system.NotFoundException when there is no such briefing
	 */
	public Report since(String briefingId, Long since) {
		ExportRecord export = since == null ? last(briefingId) : this.snapshots.export(since)
			.filter(record -> record.briefingId().equals(briefingId))
			.orElseThrow(() -> new BriefdeskException("briefing " + briefingId + " has no export " + since
					+ "; `briefing history " + briefingId + "` lists its exports"));
		FactSnapshot now = this.snapshots.snapshotOf(briefingId);
		FactSnapshot then = this.snapshots.snapshot(export.snapshotId());
		List<Change> changes = then.sha256().equals(now.sha256()) ? List.of()
				: SnapshotDiffer.compare(then.document(), now.document());
		return new Report(briefingId, export, now.ref(), changes);
	}

	private ExportRecord last(String briefingId) {
		List<ExportRecord> history = this.snapshots.history(briefingId);
		if (history.isEmpty()) {
			throw new BriefdeskException("briefing " + briefingId + " has not been exported yet, so there is nothing "
					+ "to compare with; `export docx --briefing " + briefingId + "` or `export pdf` records an export");
		}
		return history.get(0);
	}

}
