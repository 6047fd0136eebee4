package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.BriefingChecks;
import org.briefdesk.briefing.BriefingContents;
import org.briefdesk.briefing.BriefingEntries;
import org.briefdesk.briefing.BriefingLayout;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingLifecycle.NewBriefing;
import org.briefdesk.briefing.BriefingPackModels;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.Finding;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.Panelist;
import org.briefdesk.briefing.SectionKind;
import org.briefdesk.briefing.TextKind;
import org.briefdesk.render.preview.BriefingPreview;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.DisplayWidth;
import org.briefdesk.system.UsageException;
import org.briefdesk.system.VisibleText;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Commands on whole briefings: new (guided at the prompt, options everywhere), list, show,
 * use, edit, remove, clone, preview and check. The parts of a briefing have their own
 * commands in {@link BriefingPartCommands}.
 */
@Component
public class BriefingCommands {

	static final String GROUP = "Briefings";

	static final String COMPLETION = "briefingCompletion";

	/** The preview's width when it is not shown on a terminal (a pipe, a file) and no --width is given. */
	private static final int PROSE_WIDTH = 100;

	private final ObjectProvider<BriefingQueries> briefings;

	private final ObjectProvider<BriefingLifecycle> lifecycle;

	private final ObjectProvider<BriefingChecks> checks;

	private final ObjectProvider<BriefingPackModels> models;

	private final BriefingTarget target;

	private final ShellSession session;

	private final BriefingGuide guide;

	private final ObjectProvider<Terminal> terminal;

	private final Prompts prompts;

	public BriefingCommands(ObjectProvider<BriefingQueries> briefings, ObjectProvider<BriefingLifecycle> lifecycle,
			ObjectProvider<BriefingChecks> checks, ObjectProvider<BriefingPackModels> models, BriefingTarget target, ShellSession session, BriefingGuide guide,
			ObjectProvider<Terminal> terminal, Prompts prompts) {
		this.briefings = briefings;
		this.lifecycle = lifecycle;
		this.checks = checks;
		this.models = models;
		this.target = target;
		this.session = session;
		this.guide = guide;
		this.terminal = terminal;
		this.prompts = prompts;
	}

	@Command(name = "briefing new", group = GROUP, completionProvider = COMPLETION,
			description = "Create a briefing for an event (guided at the prompt; options in scripts)",
			help = """
					At the interactive prompt, `briefing new` asks for what the options leave open: the
					event (or a new one: title, date, venue), the briefing's id (proposed from the event's,
					ENTER takes it), title, layout, panelists one at a time with their roles (the panel
					reads in the order picked), chair's priorities, key figures, quotes and purpose; then
					it asks to confirm. Ctrl-C at any question cancels and creates nothing. In one-shot mode and scripts --event is required and the rest defaults:
					the title is the event's, the layout full, the panel the event's chair, moderator
					and speakers (give --panelist to choose), no priorities, no figures.

					Layouts: full (every section), short, programme, speaker (`briefing layouts`).
					Roles: chair, co-chair, moderator, speaker, discussant.

					Examples:
					  briefing new
					  briefing new --event icat-briefing-2023-10-03 --layout short
					  briefing new --event icat-briefing-2023-10-03 --id vienna-2023 --title "Briefing to Member States" \\
					      --panelist mukundi-mutasa:speaker --panelist hanna-antonova:co-chair,tea-machaidze:co-chair \\
					      --priorities oas-unodc-priorities-2025 --figures one-in-three-victims-child-2023""")
	public void create(@Option(longName = "event", description = "the event it is for (TAB completes)") String event,
			@Option(longName = "id", description = "its id; derived from the event when not given") String id,
			@Option(longName = "title", description = "title of the pack; the event's title when not given") String title,
			@Option(longName = "subtitle", description = "a line under the title") String subtitle,
			@Option(longName = "issued-by", description = "who issues the pack, e.g. \"ICAT Secretariat\"") String issuedBy,
			@Option(longName = "layout", description = "full, short, programme or speaker (default full)") String layout,
			@Option(longName = "panelist", description = "PERSON:ROLE, repeated or comma-separated; `none` for an empty panel") String panelist,
			@Option(longName = "priorities", description = "the priority set shown as the chair's priorities") String priorities,
			@Option(longName = "figures", description = "key figures: statistic ids, comma-separated") String figures,
			@Option(longName = "quotes", description = "quote ids, comma-separated") String quotes,
			@Option(longName = "purpose", description = "a first paragraph of purpose and background") String purpose,
			CommandContext context) {
		boolean panelGiven = BriefingTarget.given(context, "panelist");
		NewBriefing request = new NewBriefing(id, event, title, subtitle, issuedBy,
				layout == null ? null : parseLayout(layout), panelGiven ? parsePanel(context) : null, priorities,
				BriefingTarget.given(context, "figures") ? BriefingTarget.values(context, "figures") : null,
				BriefingTarget.given(context, "quotes") ? BriefingTarget.values(context, "quotes") : null,
				purpose == null ? null : List.of(purpose), null, null);
		Briefing briefing;
		Output out = Output.of(context);
		if (this.session.isInteractive()) {
			BriefingLifecycle lifecycle = this.lifecycle.getObject();
			BriefingQueries queries = this.briefings.getObject();
			Optional<BriefingGuide.Plan> guided = this.guide.complete(request, panelGiven, queries,
					new BriefingGuide.Ids() {
						@Override
						public boolean briefingExists(String briefingId) {
							return queries.exists(briefingId);
						}

						@Override
						public String proposedBriefingId(String eventId) {
							return lifecycle.proposedId(eventId);
						}
					});
			if (guided.isEmpty()) {
				out.println("Cancelled: no briefing created.");
				return;
			}
			BriefingGuide.Plan plan = guided.get();
			briefing = plan.newEvent().isPresent() ? lifecycle.createWithEvent(plan.newEvent().get(), plan.briefing())
					: lifecycle.create(plan.briefing());
			if (plan.newEvent().isPresent()) {
				out.println("Added event " + briefing.eventId() + ".");
			}
		}
		else if (event == null || event.isBlank()) {
			throw new UsageException("missing option --event for 'briefing new'; `event list` shows the ids "
					+ "(at the interactive prompt `briefing new` asks for it)");
		}
		else {
			briefing = this.lifecycle.getObject().create(request);
		}
		this.session.useBriefing(briefing.id());
		out.println("Created briefing " + briefing.id() + " for event " + briefing.eventId() + ": "
				+ briefing.sections().size() + " sections, " + count(briefing.panelists().size(), "panelist") + ", "
				+ count(briefing.figureIds().size(), "key figure") + ".");
		if (this.session.isInteractive()) {
			out.println("It is now in use (the prompt shows it); `briefing preview` shows it, `briefing check` checks it.");
		}
	}

	@Command(name = "briefing layouts", group = GROUP, description = "List the section layouts a new briefing can start from")
	public void layouts(CommandContext context) {
		List<List<String>> rows = new ArrayList<>();
		for (BriefingLayout layout : BriefingLayout.values()) {
			rows.add(List.of(layout.key(), String.join(", ", layout.sections().stream().map(SectionKind::key).toList())));
		}
		Output out = Output.of(context);
		if (out.json()) {
			List<Map<String, Object>> layouts = new ArrayList<>();
			for (BriefingLayout layout : BriefingLayout.values()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("layout", layout.key());
				entry.put("sections", layout.sections().stream().map(SectionKind::key).toList());
				layouts.add(entry);
			}
			out.printJson(layouts);
			return;
		}
		out.table(List.of("Layout", "Sections"), rows, "");
	}

	@Command(name = "briefing list", group = GROUP, description = "List the briefings",
			help = "Examples:\n  briefing list\n  briefing list --json")
	public void list(CommandContext context) {
		List<BriefingQueries.Listed> listed = this.briefings.getObject().list();
		Output out = Output.of(context);
		if (out.json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (BriefingQueries.Listed briefing : listed) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", briefing.id());
				row.put("title", briefing.title());
				row.put("event", briefing.eventId());
				row.put("date", briefing.eventDate());
				row.put("updated", briefing.updatedAt() == null ? null : briefing.updatedAt().toString() + "Z");
				rows.add(row);
			}
			out.printJson(rows);
			return;
		}
		// The briefing in use is marked on the screen only: in a pipe the first field is the id.
		String inUse = out.terminal() ? this.session.briefingInUse().orElse("") : "";
		List<List<String>> rows = listed.stream()
			.map(b -> FactViews.row((b.id().equals(inUse) ? "* " : "") + b.id(), b.eventDate(), b.title(), b.eventId()))
			.toList();
		out.table(List.of("Id", "Date", "Title", "Event"), rows, "No briefings yet; `briefing new` creates one.");
	}

	@Command(name = "briefing show", group = GROUP, completionProvider = COMPLETION,
			description = "Show a briefing's parts with their numbers and ids (for editing)",
			help = """
					Arguments:
					  ID   the briefing; the one in use when not given

					Lists each section with what it holds, numbered as the part commands count
					(`briefing panelist move 3 --to 1`). `briefing preview` shows the pack as it reads.

					Examples:
					  briefing show
					  briefing show icat-briefing-2023""")
	public void show(@Argument(index = 0, description = "the briefing") String id,
			@Option(longName = "briefing", description = "the briefing (instead of the argument)") String briefing,
			CommandContext context) {
		BriefingContents contents = this.briefings.getObject().contents(this.target.resolve(id, briefing));
		Output out = Output.of(context);
		if (out.json()) {
			out.printJson(BriefingEntries.write(contents.briefing()));
			return;
		}
		BriefingShowText.print(contents, out);
	}

	@Command(name = "briefing use", group = GROUP, completionProvider = COMPLETION,
			description = "Work on a briefing: the prompt shows it and later commands default to it",
			help = "Examples:\n  briefing use icat-briefing-2023\n  briefing panelist add valiant-richey --role speaker")
	public void use(@Argument(index = 0, description = "the briefing") String id, CommandContext context) {
		if (id == null || id.isBlank()) {
			throw new UsageException("`briefing use` needs a briefing id; `briefing list` shows them");
		}
		Briefing briefing = this.briefings.getObject().get(id);
		this.session.useBriefing(briefing.id());
		Output.of(context).println("Using briefing " + briefing.id() + ": " + briefing.title() + "."
				+ (this.session.isInteractive() ? "" : " (For the rest of this script; one-shot commands name --briefing.)"));
	}

	@Command(name = "briefing edit", group = GROUP, completionProvider = COMPLETION,
			description = "Change a briefing's title, subtitle, issuer or event",
			help = "Examples:\n  briefing edit --title \"ICAT: briefing to Member States\"\n  briefing edit --briefing vienna-2023 --subtitle \"\" --issued-by \"ICAT Secretariat\"")
	public void edit(@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing,
			@Option(longName = "title", description = "new title") String title,
			@Option(longName = "subtitle", description = "new subtitle (\"\" removes it)") String subtitle,
			@Option(longName = "issued-by", description = "who issues the pack") String issuedBy,
			@Option(longName = "event", description = "move the briefing to another event") String event,
			CommandContext context) {
		if (title == null && subtitle == null && issuedBy == null && event == null) {
			throw new UsageException("nothing to change; give --title, --subtitle, --issued-by or --event");
		}
		Briefing edited = this.lifecycle.getObject().edit(this.target.resolve(briefing), title, subtitle, issuedBy, event);
		Output.of(context).println("Changed briefing " + edited.id() + ": " + edited.title() + " (event "
				+ edited.eventId() + ").");
	}

	@Command(name = "briefing remove", group = GROUP, completionProvider = COMPLETION,
			description = "Remove a briefing (the facts it uses stay in the library)",
			help = "Example:\n  briefing remove icat-briefing-2023-draft")
	public void remove(@Argument(index = 0, description = "the briefing") String id,
			@Option(longName = "briefing", description = "the briefing (instead of the argument)") String briefing,
			CommandContext context) {
		String wanted = id != null && !id.isBlank() ? id : briefing;
		if (wanted == null || wanted.isBlank()) {
			throw new UsageException("`briefing remove` needs the briefing's id, even the one in use; `briefing list` shows them");
		}
		Briefing removed = this.lifecycle.getObject().remove(this.target.resolve(id, briefing));
		if (this.session.briefingInUse().filter(removed.id()::equals).isPresent()) {
			this.session.useBriefing(null);
		}
		Output.of(context).println("Removed briefing " + removed.id() + " (" + removed.title() + ").");
	}

	@Command(name = "briefing clone", group = GROUP, completionProvider = COMPLETION,
			description = "Copy a briefing onto another event (same sections, panel, figures and text)",
			help = """
					Arguments:
					  ID   the briefing to copy; the one in use when not given

					Recurring meetings build on this: clone last quarter's briefing onto this quarter's
					event, then `briefing check` shows what went stale.

					Examples:
					  briefing clone icat-briefing-2023 --event icat-representatives-2024-12
					  briefing clone icat-briefing-2023 --event icat-representatives-2024-12 --id icat-representatives-2024""")
	public void cloneBriefing(@Argument(index = 0, description = "the briefing to copy") String id,
			@Option(longName = "event", required = true, description = "the event of the copy") String event,
			@Option(longName = "id", description = "id of the copy; derived from the event when not given") String newId,
			@Option(longName = "title", description = "title of the copy; the original's when not given") String title,
			@Option(longName = "briefing", description = "the briefing to copy (instead of the argument)") String briefing,
			CommandContext context) {
		String original = this.target.resolve(id, briefing);
		Briefing copy = this.lifecycle.getObject().clone(original, event, newId, title);
		if (this.session.isInteractive()) {
			this.session.useBriefing(copy.id());
		}
		Output.of(context).println("Cloned briefing " + original + " onto event " + copy.eventId() + " as "
				+ copy.id() + ": " + copy.sections().size() + " sections, " + count(copy.panelists().size(), "panelist")
				+ ", " + count(copy.figureIds().size(), "key figure") + "."
				+ (this.session.isInteractive() ? " It is now in use." : ""));
	}

	@Command(name = "briefing preview", group = GROUP, completionProvider = COMPLETION,
			description = "Show the whole briefing as it will read (paged at the prompt)",
			help = """
					Arguments:
					  ID   the briefing; the one in use when not given

					Headings, wrapped paragraphs, the programme and the panel as tables, key figures with
					their note numbers and the numbered sources: the same content the Word and PDF
					exports print. At the prompt a preview longer than the screen is shown a page at
					a time (SPACE next page, ENTER next line, q quit).

					Examples:
					  briefing preview
					  briefing preview icat-briefing-2023 --width 80""")
	public void preview(@Argument(index = 0, description = "the briefing") String id,
			@Option(longName = "briefing", description = "the briefing (instead of the argument)") String briefing,
			@Option(longName = "width", description = "columns to wrap to; the terminal's width when not given") Integer width,
			CommandContext context) {
		if (width != null && (width < 40 || width > 1000)) {
			throw new UsageException("--width must be between 40 and 1000, not " + width);
		}
		Output out = Output.of(context);
		int columns = width != null ? width : out.terminal() ? out.width() : PROSE_WIDTH;
		BriefingContents contents = this.briefings.getObject().contents(this.target.resolve(id, briefing));
		String text = BriefingPreview.render(contents.briefing().sections(), this.models.getObject().build(contents),
				columns);
		if (this.session.isInteractive() && out.terminal() && text.lines().count() > screenRows() - 1) {
			out.flush();
			// The pager writes to the terminal itself: the text goes to it escaped, as through Output.
			this.prompts.page(VisibleText.keepingLines(text));
			return;
		}
		out.print(text);
	}

	@Command(name = "briefing check", group = GROUP, completionProvider = COMPLETION,
			description = "List what to fix before the pack goes out; exits 1 when there are errors",
			help = """
					Arguments:
					  ID   the briefing; the one in use when not given

					Errors: a figure without a source; a person on the panel twice; an event without a date;
					a character no PDF font has (a name in a script whose font is not installed).
					Warnings: a figure whose source is more than N years older than the event (--years, default
					from briefdesk.stale-figure-years, 5); a panelist without title or organisation; an event
					date not known to the day, or no venue; chair's priorities not valid on the event's date,
					co-chairs the event names that do not co-chair on its date (`chair list`), or a co-chair on the
					panel whose organisation is not among the event's co-chairs; a figure superseded by a newer
					edition out by the event's date (`stat supersede`); an empty section; a quote without a date;
					two sources that look like one document (same url, same publisher and date, or same title);
					each part of a rolled-forward briefing still to review (`briefing review list`).
					In one-shot mode and scripts the command exits 1 when there is an error (warnings alone: 0).

					Examples:
					  briefing check
					  briefing check icat-briefing-2023 --years 3""")
	public void check(@Argument(index = 0, description = "the briefing") String id,
			@Option(longName = "briefing", description = "the briefing (instead of the argument)") String briefing,
			@Option(longName = "years", description = "a figure older than this many years is stale") Integer years,
			CommandContext context) {
		BriefingChecks.Report report = this.checks.getObject().check(this.target.resolve(id, briefing), years);
		Output out = Output.of(context);
		if (out.json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Finding finding : report.findings()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("severity", finding.severity().label());
				row.put("where", finding.where());
				row.put("message", finding.message());
				row.put("rule", finding.rule());
				rows.add(row);
			}
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("briefing", report.briefingId());
			document.put("errors", report.errors());
			document.put("warnings", report.warnings());
			document.put("findings", rows);
			out.printJson(document);
		}
		else if (report.findings().isEmpty()) {
			out.println("Briefing " + report.briefingId() + ": no findings (figures older than "
					+ report.staleFigureYears() + " years count as stale).");
		}
		else {
			List<List<String>> rows = report.findings()
				.stream()
				.map(f -> List.of(f.severity().label(), f.where(), f.message()))
				.toList();
			out.table(List.of("Severity", "Where", "Finding"), rows, "");
			out.println("Briefing " + report.briefingId() + ": " + count((int) report.errors(), "error") + ", "
					+ count((int) report.warnings(), "warning") + " (figures older than " + report.staleFigureYears()
					+ " years count as stale).");
		}
		if (report.hasErrors()) {
			out.flush();
			throw new BriefdeskException("briefing " + report.briefingId() + " has "
					+ count((int) report.errors(), "error") + "; fix them before it goes out");
		}
	}

	// ---- parsing shared with the part commands

	static BriefingLayout parseLayout(String layout) {
		return BriefingLayout.parse(layout)
			.orElseThrow(() -> new UsageException("no layout '" + layout + "'; use one of " + BriefingLayout.keys()));
	}

	static PanelRole parseRole(String role) {
		return PanelRole.parse(role)
			.orElseThrow(() -> new UsageException("no role '" + role + "'; use one of " + PanelRole.keys()));
	}

	static SectionKind parseSection(String section) {
		if (section == null || section.isBlank()) {
			throw new UsageException("which section? use one of " + SectionKind.keys());
		}
		return SectionKind.parse(section)
			.orElseThrow(() -> new UsageException("no section '" + section + "'; use one of " + SectionKind.keys()));
	}

	static TextKind parseText(String kind) {
		if (kind == null || kind.isBlank()) {
			throw new UsageException("which text? use one of " + TextKind.keys());
		}
		return TextKind.parse(kind)
			.orElseThrow(() -> new UsageException("no text '" + kind + "'; use one of " + TextKind.keys()
					+ " (the other sections come from facts)"));
	}

	/** {@code --panelist person[:role]}, repeated or comma-separated; {@code none} for no panel. */
	static List<Panelist> parsePanel(CommandContext context) {
		List<Panelist> panel = new ArrayList<>();
		for (String value : BriefingTarget.values(context, "panelist")) {
			if (value.equalsIgnoreCase("none")) {
				continue;
			}
			int colon = value.indexOf(':');
			String person = colon < 0 ? value : value.substring(0, colon).strip();
			PanelRole role = colon < 0 ? PanelRole.SPEAKER : parseRole(value.substring(colon + 1));
			if (person.isEmpty()) {
				throw new UsageException("--panelist '" + value + "' names no person; write PERSON:ROLE, e.g. tea-machaidze:co-chair");
			}
			panel.add(new Panelist(person, role));
		}
		return panel;
	}

	// ---- output

	static String count(int n, String noun) {
		return n + " " + (n == 1 ? noun : noun + "s");
	}

	private int screenRows() {
		int rows = this.terminal.getObject().getHeight();
		return rows > 0 ? rows : Integer.MAX_VALUE;
	}

	static String shortText(String text, int columns) {
		String single = text.replace('\n', ' ');
		if (DisplayWidth.of(single) <= columns) {
			return single;
		}
		List<String> lines = DisplayWidth.wrap(single, columns - 1);
		return lines.get(0) + "…";
	}

}
