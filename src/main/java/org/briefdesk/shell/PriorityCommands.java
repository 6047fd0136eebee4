package org.briefdesk.shell;

import static org.briefdesk.shell.FactPrompts.edited;
import static org.briefdesk.shell.FactPrompts.editedDate;
import static org.briefdesk.shell.FactPrompts.editedIds;
import static org.briefdesk.shell.FactPrompts.optional;

import java.util.List;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Versioned;
import org.briefdesk.system.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code priorities list|show|add|edit|remove}: ordered priority sets with owners and period. */
@Component
public class PriorityCommands {

	private static final String GROUP = "Priorities";

	private final FactViews views;

	private final ShellSession session;

	PriorityCommands(FactViews views, ShellSession session) {
		this.views = views;
		this.session = session;
	}

	@Command(name = "priorities list", group = GROUP, description = "List the priority sets",
			help = "Examples:\n  priorities list\n  priorities list --json")
	public void list(CommandContext context) {
		this.views.list(context, FactKind.PRIORITY_SET, fact -> true);
	}

	@Command(name = "priorities show", group = GROUP, description = "Show one priority set, its priorities in order",
			help = "Example:\n  priorities show oas-unodc-priorities-2025", completionProvider = "prioritiesCompletion")
	public void show(@Argument(index = 0, description = "the priority set's id") String id, CommandContext context) {
		this.views.show(context, FactKind.PRIORITY_SET, id);
	}

	@Command(name = "priorities add", group = GROUP, description = "Add a priority set",
			help = """
					Priorities are given in order, separated by |. At the prompt missing --title,
					--from and --items are asked for.

					Example:
					  priorities add --title "ICAT co-chairs' priorities" --owners iom,osrsg-vac --from 2023 --until 2023 --items "Data and research | Survivor engagement" """,
			completionProvider = "prioritiesCompletion")
	public void add(@Option(longName = "id", description = "the short id (default: from the title)") String id,
			@Option(longName = "title", description = "what the set is called (required)") String title,
			@Option(longName = "owners", description = "ids of the owning organisations, comma-separated") String owners,
			@Option(longName = "from", description = "start of the period: YYYY, YYYY-MM or YYYY-MM-DD (required)") String from,
			@Option(longName = "until", description = "end of the period, inclusive") String until,
			@Option(longName = "items", description = "the priorities in order, separated by | (required)") String items,
			@Option(longName = "source", description = "where they are set out") String source,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			CommandContext context) {
		String command = "priorities add";
		String setTitle = FactPrompts.require(title, "title", "Title", command, this.session, context);
		String start = FactPrompts.require(from, "from", FactPrompts.dateQuestion("Valid from"), command, this.session,
				context, PartialDate::parseWritten);
		String list = FactPrompts.require(items, "items", "Priorities, in order, separated by |", command,
				this.session, context);
		PrioritySet added = this.views.library()
			.add(new PrioritySet(optional(id), setTitle, FactPrompts.ids(owners), FactPrompts.date("from", start),
					FactPrompts.date("until", until), FactPrompts.items(list), optional(source), optional(notes)));
		Output.of(context).println("added priority set '" + added.id() + "'");
	}

	@Command(name = "priorities edit", group = GROUP, description = "Change a priority set's fields",
			help = """
					Only the options given change; --items replaces the whole list; an empty value
					("") clears a field.

					Example:
					  priorities edit icat-priority-areas-2020 --until 2022""",
			completionProvider = "prioritiesCompletion")
	public void edit(@Argument(index = 0, description = "the priority set's id") String id,
			@Option(longName = "title", description = "what the set is called") String title,
			@Option(longName = "owners", description = "ids of the owning organisations, comma-separated") String owners,
			@Option(longName = "from", description = "start of the period") String from,
			@Option(longName = "until", description = "end of the period, inclusive") String until,
			@Option(longName = "items", description = "the priorities in order, separated by |") String items,
			@Option(longName = "source", description = "where they are set out") String source,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			@Option(longName = "if-version", description = FactViews.IF_VERSION) String ifVersion,
			CommandContext context) {
		Versioned<PrioritySet> read = this.views.read(FactKind.PRIORITY_SET, id);
		PrioritySet s = read.fact();
		if (title == null && owners == null && from == null && until == null && items == null && source == null
				&& notes == null) {
			throw new UsageException("nothing to change; give an option, e.g. `priorities edit " + s.id() + " --until 2025`");
		}
		List<String> priorities = items == null ? s.priorities() : FactPrompts.items(items);
		this.views.library()
			.update(new PrioritySet(s.id(), edited(title, s.title()), editedIds(owners, s.ownerIds()),
					editedDate("from", from, s.validFrom()), editedDate("until", until, s.validUntil()), priorities,
					edited(source, s.source()), edited(notes, s.notes())), FactViews.readVersion(read, ifVersion));
		Output.of(context).println("changed priority set '" + s.id() + "'");
	}

	@Command(name = "priorities remove", group = GROUP, description = "Remove a priority set nothing refers to",
			help = "Example:\n  priorities remove icat-priorities-2023", completionProvider = "prioritiesCompletion")
	public void remove(@Argument(index = 0, description = "the priority set's id") String id, CommandContext context) {
		this.views.remove(context, FactKind.PRIORITY_SET, id);
	}

}
