package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.briefing.BriefingReviews;
import org.briefdesk.briefing.ReviewMark;
import org.briefdesk.briefing.ReviewPart;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code briefing review list|confirm}: the parts of a rolled-forward briefing marked for
 * review, and confirming them once they are right.
 */
@Component
public class BriefingReviewCommands {

	private static final String GROUP = BriefingCommands.GROUP;

	private final ObjectProvider<BriefingReviews> reviews;

	private final BriefingTarget target;

	BriefingReviewCommands(ObjectProvider<BriefingReviews> reviews, BriefingTarget target) {
		this.reviews = reviews;
		this.target = target;
	}

	@Command(name = "briefing review list", group = GROUP, completionProvider = BriefingCommands.COMPLETION,
			description = "List the parts marked for review (by `event next`), open and confirmed",
			help = """
					Arguments:
					  ID   the briefing; the one in use when not given

					Examples:
					  briefing review list icat-briefing-2025
					  briefing review list --briefing icat-briefing-2025 --json""")
	public void list(@Arguments List<String> words,
			@Option(longName = "briefing", description = "the briefing (instead of the argument)") String briefing,
			CommandContext context) {
		String argument = words == null || words.isEmpty() ? null : words.get(0);
		if (words != null && words.size() > 1) {
			throw new UsageException("give one briefing, not " + words.size());
		}
		String id = this.target.resolve(argument, briefing);
		List<ReviewMark> marks = this.reviews.getObject().list(id);
		Output out = Output.of(context);
		if (out.json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (ReviewMark mark : marks) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("part", mark.part().key());
				row.put("status", mark.confirmed() ? "confirmed" : "open");
				row.put("reason", mark.reason());
				row.put("marked", mark.markedAt() == null ? null : mark.markedAt() + "Z");
				row.put("confirmed", mark.confirmedAt() == null ? null : mark.confirmedAt() + "Z");
				rows.add(row);
			}
			out.printJson(rows);
			return;
		}
		List<List<String>> rows = marks.stream()
			.map(mark -> FactViews.row(mark.part().key(),
					mark.confirmed() ? "confirmed " + mark.confirmedAt().toLocalDate() : "open", mark.reason()))
			.toList();
		out.table(List.of("PART", "STATUS", "WHY"), rows, "briefing " + id + " has no parts marked for review");
		long open = marks.stream().filter(mark -> !mark.confirmed()).count();
		if (!marks.isEmpty()) {
			out.println("Briefing " + id + ": " + open + " of " + marks.size() + " open"
					+ (open > 0 ? "; `briefing review confirm PART --briefing " + id + "` once a part is right" : "."));
		}
	}

	@Command(name = "briefing review confirm", group = GROUP, completionProvider = BriefingCommands.COMPLETION,
			description = "Confirm parts marked for review: they are right for the new meeting",
			help = """
					Arguments:
					  PART   one or more of title, event, purpose, programme, panelists, priorities,
					         figures, quotes, talking-points, logistics

					`briefing check` stops warning about a part once it is confirmed; `briefing review list`
					still shows it, with when. --all confirms every open part.

					Examples:
					  briefing review confirm priorities --briefing icat-briefing-2025
					  briefing review confirm title purpose --briefing icat-briefing-2025
					  briefing review confirm --all --briefing icat-briefing-2025""")
	public void confirm(@Arguments List<String> parts,
			@Option(longName = "all", description = "confirm every open part", defaultValue = "false") boolean all,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing,
			CommandContext context) {
		List<ReviewPart> chosen = new ArrayList<>();
		for (String part : parts == null ? List.<String>of() : parts) {
			chosen.add(ReviewPart.parse(part)
				.orElseThrow(() -> new UsageException("no part '" + part + "'; use one of " + ReviewPart.keys())));
		}
		if (chosen.isEmpty() && !all) {
			throw new UsageException("which part? give one or more of " + ReviewPart.keys() + ", or --all");
		}
		if (!chosen.isEmpty() && all) {
			throw new UsageException("give parts or --all, not both");
		}
		String id = this.target.resolve(briefing);
		List<ReviewMark> confirmed = this.reviews.getObject().confirm(id, chosen);
		long open = this.reviews.getObject().marks(id).stream().filter(mark -> !mark.confirmed()).count();
		Output.of(context)
			.println((confirmed.isEmpty() ? "Nothing left to confirm"
					: "Confirmed " + String.join(", ", confirmed.stream().map(m -> m.part().key()).toList()))
					+ " for briefing " + id + "; " + open + (open == 1 ? " part" : " parts") + " still to review.");
	}

}
