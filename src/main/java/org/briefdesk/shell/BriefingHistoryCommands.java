package org.briefdesk.shell;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.briefing.history.BriefingDiff;
import org.briefdesk.briefing.history.BriefingSnapshots;
import org.briefdesk.briefing.history.Change;
import org.briefdesk.briefing.history.ExportRecord;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code briefing history} and {@code briefing diff}: what was exported, and what changed since. */
@Component
public class BriefingHistoryCommands {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final ObjectProvider<BriefingSnapshots> snapshots;

	private final ObjectProvider<BriefingDiff> diff;

	private final BriefingTarget target;

	public BriefingHistoryCommands(ObjectProvider<BriefingSnapshots> snapshots, ObjectProvider<BriefingDiff> diff,
			BriefingTarget target) {
		this.snapshots = snapshots;
		this.diff = diff;
		this.target = target;
	}

	@Command(name = "briefing history", group = BriefingCommands.GROUP, completionProvider = BriefingCommands.COMPLETION,
			description = "List a briefing's exports, newest first: when, format, file, hashes",
			help = """
					Arguments:
					  ID   the briefing; the one in use when not given

					Every `export docx` and `export pdf` (and every batch export) is recorded with the
					SHA-256 of the file written and the snapshot of the facts it was made from (the same
					facts exported twice share one snapshot). EXPORT, the first column, is what
					`briefing diff --since` takes.

					Examples:
					  briefing history icat-briefing-2023
					  briefing history icat-briefing-2023 --json""")
	public void history(@Argument(index = 0, description = "the briefing") String id,
			@Option(longName = "briefing", description = "the briefing (instead of the argument)") String briefing,
			CommandContext context) {
		String briefingId = this.target.resolve(id, briefing);
		List<ExportRecord> exports = this.snapshots.getObject().history(briefingId);
		Output out = Output.of(context);
		if (out.json()) {
			out.printJson(exports.stream().map(BriefingHistoryCommands::json).toList());
			return;
		}
		List<List<String>> rows = exports.stream()
			.map(e -> FactViews.row(Long.toString(e.id()), when(e.exportedAt()), e.format(), e.fileName(),
					e.shortHash(), e.snapshotId()))
			.toList();
		out.table(List.of("Export", "When", "Format", "File", "Hash", "Snapshot"), rows,
				"Briefing " + briefingId + " has not been exported yet; `export docx --briefing " + briefingId
						+ "` exports it.");
	}

	@Command(name = "briefing diff", group = BriefingCommands.GROUP, completionProvider = BriefingCommands.COMPLETION,
			description = "Say what changed in a briefing's facts since its last export (or --since EXPORT)",
			help = """
					Arguments:
					  ID   the briefing; the one in use when not given

					Compares the snapshot of the facts the export used with the library now: panelists
					added or removed and their roles, people's titles and organisations, figures added,
					removed, changed (value, unit, source, date) or superseded by a newer edition, the
					chair's priorities and the co-chairs, the event, quotes, the programme and the text
					(purpose, talking points, logistics). With --json each change has part, change
					(added, removed, changed, moved, superseded), id, field, before, after and message.
					A briefing never exported is a failure (exit 1); changes or none, exit 0.

					Examples:
					  briefing diff icat-briefing-2023
					  briefing diff icat-briefing-2023 --since 3 --json""")
	public void diff(@Argument(index = 0, description = "the briefing") String id,
			@Option(longName = "briefing", description = "the briefing (instead of the argument)") String briefing,
			@Option(longName = "since", description = "the export to compare with, as `briefing history` numbers it (default: the last)") String since,
			CommandContext context) {
		String briefingId = this.target.resolve(id, briefing);
		BriefingDiff.Report report = this.diff.getObject().since(briefingId, exportNumber(since));
		Output out = Output.of(context);
		ExportRecord export = report.since();
		if (out.json()) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("briefing", report.briefingId());
			document.put("since", json(export));
			document.put("snapshot-now", report.now().id());
			List<Map<String, Object>> changes = new ArrayList<>();
			for (Change change : report.changes()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("part", change.part());
				entry.put("change", change.change());
				entry.put("id", change.id());
				entry.put("field", change.field());
				entry.put("before", change.before());
				entry.put("after", change.after());
				entry.put("message", change.message());
				changes.add(entry);
			}
			document.put("changes", changes);
			out.printJson(document);
			return;
		}
		String sinceWhat = "export " + export.id() + " (" + when(export.exportedAt()) + ")";
		if (report.changes().isEmpty()) {
			out.println("nothing changed since " + sinceWhat);
			return;
		}
		out.println(BriefingCommands.count(report.changes().size(), "change") + " in briefing " + briefingId
				+ " since " + sinceWhat + ", " + export.format() + " " + export.fileName() + ":");
		for (Change change : report.changes()) {
			out.println("  " + change.message());
		}
	}

	private static Long exportNumber(String since) {
		if (since == null || since.isBlank()) {
			return null;
		}
		try {
			long number = Long.parseLong(since.strip());
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException notANumber) {
			// said below
		}
		throw new UsageException("--since takes an export's number, not '" + since
				+ "'; `briefing history ID` lists them in its first column");
	}

	private static Map<String, Object> json(ExportRecord export) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("export", export.id());
		entry.put("briefing", export.briefingId());
		entry.put("when", export.exportedAt().toString());
		entry.put("format", export.format());
		entry.put("file", export.fileName());
		entry.put("sha256", export.sha256());
		entry.put("size", export.size());
		entry.put("snapshot", export.snapshotId());
		return entry;
	}

	private static String when(Instant instant) {
		return WHEN.format(instant);
	}

}
