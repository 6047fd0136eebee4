package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.briefing.ReviewMark;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.series.RollForward;
import org.briefdesk.series.RollForwardPlan;
import org.briefdesk.series.RollForwardResult;
import org.briefdesk.series.SeriesQueries;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Recurring meetings: {@code series list}, {@code series show S}, and {@code event next},
 * which rolls a series forward to its next meeting (see {@link RollForward}).
 */
@Component
public class SeriesCommands {

	private static final String GROUP = "Series";

	private final ObjectProvider<SeriesQueries> series;

	private final ObjectProvider<RollForward> rollForward;

	private final ShellSession session;

	SeriesCommands(ObjectProvider<SeriesQueries> series, ObjectProvider<RollForward> rollForward, ShellSession session) {
		this.series = series;
		this.rollForward = rollForward;
		this.session = session;
	}

	@Command(name = "series list", group = GROUP, description = "List the series of recurring meetings",
			help = "A series is the id that recurring events share (`event add --series ID`).\n\nExamples:\n  series list\n  series list --json")
	public void list(CommandContext context) {
		List<SeriesQueries.Summary> all = this.series.getObject().list();
		Output out = Output.of(context);
		if (out.json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (SeriesQueries.Summary summary : all) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", summary.id());
				row.put("events", summary.events());
				row.put("first", text(summary.first()));
				row.put("last", text(summary.last()));
				row.put("last-event", summary.lastEventId());
				rows.add(row);
			}
			out.printJson(rows);
			return;
		}
		List<List<String>> rows = all.stream()
			.map(s -> FactViews.row(s.id(), Integer.toString(s.events()), text(s.first()), text(s.last()),
					s.lastEventId()))
			.toList();
		out.table(List.of("ID", "EVENTS", "FIRST", "LAST", "LAST EVENT"), rows,
				"no series yet; `event add --series ID` or `event edit EVENT --series ID` starts one");
	}

	@Command(name = "series show", group = GROUP, description = "Show a series: its meetings in order, who co-chaired each, their briefings",
			help = """
					Co-chairs marked * are not named by the event: they are those of the chairpersonship
					valid on its date (`chair list`).

					Examples:
					  series show icat-briefings
					  series show icat-briefings --json""", completionProvider = "seriesCompletion")
	public void show(@Argument(index = 0, description = "the series id") String id, CommandContext context) {
		if (id == null || id.isBlank()) {
			throw new UsageException("give the id of the series, e.g. `series show icat-briefings`; `series list` shows them");
		}
		List<SeriesQueries.Meeting> meetings = this.series.getObject().show(id.strip());
		Output out = Output.of(context);
		if (out.json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (SeriesQueries.Meeting meeting : meetings) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("event", meeting.event().id());
				row.put("date", text(meeting.event().date()));
				row.put("title", meeting.event().title());
				row.put("co-chairs", meeting.coChairIds());
				row.put("chairpersonship", meeting.chairpersonship() == null ? null : meeting.chairpersonship().id());
				row.put("briefings", meeting.briefingIds());
				rows.add(row);
			}
			out.printJson(rows);
			return;
		}
		List<List<String>> rows = meetings.stream()
			.map(m -> FactViews.row(text(m.event().date()), m.event().id(),
					String.join(", ", m.coChairIds()) + (m.chairpersonship() == null ? "" : " *"),
					String.join(", ", m.briefingIds())))
			.toList();
		out.println("Series " + id.strip() + ": " + meetings.size() + (meetings.size() == 1 ? " meeting" : " meetings"));
		out.table(List.of("DATE", "EVENT", "CO-CHAIRS", "BRIEFINGS"), rows, "");
	}

	@Command(name = "event next", group = "Events",
			description = "Roll a series forward: the next meeting, with the co-chairs, priorities and briefing for its date",
			help = """
					Makes an event like the last one of the series (title, kind, place, hosts, and what it
					is held on the margins of, its session number moved on) on --date, co-chaired by the
					chairpersonship valid then, and a clone of the last briefing of the series with the
					priority set valid then and each figure's newest edition. Every part copied from last
					time is marked for review: `briefing check` lists the marks until `briefing review
					confirm PART`. --dry-run prints what would be copied, changed and marked, and writes
					nothing.

					Examples:
					  event next --series icat-briefings --date 2025-10-08 --dry-run
					  event next --series icat-briefings --date "8 October 2025" --id icat-briefing-2025-10-08""",
			completionProvider = "seriesCompletion")
	public void next(@Option(longName = "series", required = true, description = "the series to roll forward") String seriesId,
			@Option(longName = "date", required = true, description = "the date of the next meeting: YYYY-MM-DD, or as written") String date,
			@Option(longName = "id", description = "the new event's id (default: the last one's with the new date)") String id,
			@Option(longName = "dry-run", description = "print what would be done and write nothing", defaultValue = "false") boolean dryRun,
			CommandContext context) {
		PartialDate when = FactPrompts.date("date", date);
		if (when == null) {
			throw new UsageException("--date: give the date of the next meeting, e.g. --date 2025-10-08");
		}
		RollForward.NextEvent request = new RollForward.NextEvent(seriesId, when, FactPrompts.optional(id));
		Output out = Output.of(context);
		if (dryRun) {
			RollForwardPlan plan = this.rollForward.getObject().plan(request);
			print(out, plan, true);
			out.println("Dry run: nothing was written; the same command without --dry-run makes "
					+ (plan.briefing() == null ? "the event." : "the event and the briefing."));
			return;
		}
		RollForwardResult result = this.rollForward.getObject().rollForward(request);
		print(out, result.plan(), false);
		if (result.briefingId() == null) {
			out.println("Made event " + result.eventId() + ".");
			return;
		}
		if (this.session.isInteractive()) {
			this.session.useBriefing(result.briefingId());
		}
		out.println("Made event " + result.eventId() + " and briefing " + result.briefingId() + "; `briefing check "
				+ result.briefingId() + "` lists the " + result.marks().size() + " parts to review, `briefing review confirm PART --briefing "
				+ result.briefingId() + "` confirms one." + (this.session.isInteractive() ? " It is now in use." : ""));
	}

	private static void print(Output out, RollForwardPlan plan, boolean dryRun) {
		out.println("Series " + plan.seriesId() + ", next meeting on " + plan.date().toDisplayString() + ", from "
				+ plan.lastEvent().id()
				+ (plan.lastBriefing() == null ? "" : " and briefing " + plan.lastBriefing().id())
				+ (dryRun ? " (dry run)" : ""));
		out.println((dryRun ? "Would make" : "Makes") + " event " + plan.event().id()
				+ (plan.briefing() == null ? "" : " and briefing " + plan.briefing().id()) + ".");
		out.println("Changed:");
		for (RollForwardPlan.Change change : plan.changed()) {
			out.println("  " + change.what() + ": " + orNone(change.from()) + " \u2192 " + orNone(change.to()));
		}
		out.println("Copied:");
		for (String copied : plan.copied()) {
			out.println("  " + copied);
		}
		if (!plan.marks().isEmpty()) {
			out.println("Marked for review (" + plan.marks().size() + "):");
			for (ReviewMark mark : plan.marks()) {
				out.println("  " + mark.part().key() + ": " + mark.reason());
			}
		}
		for (String note : plan.notes()) {
			out.println("Note: " + note);
		}
	}

	private static String orNone(String text) {
		return text == null || text.isBlank() ? "(none)" : text;
	}

	private static String text(PartialDate date) {
		return date == null ? "" : date.toString();
	}

}
