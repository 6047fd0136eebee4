package org.briefdesk.shell;

import static org.briefdesk.shell.FactPrompts.edited;
import static org.briefdesk.shell.FactPrompts.editedDate;
import static org.briefdesk.shell.FactPrompts.editedIds;
import static org.briefdesk.shell.FactPrompts.optional;

import org.briefdesk.facts.ChairRole;
import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.system.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code chair list|show|add|edit|remove}: who chairs or co-chairs the coordination body,
 * and for which period. An event's co-chairs default to the chairpersonship valid on its date.
 */
@Component
public class ChairCommands {

	private static final String GROUP = "Chairs";

	private final FactViews views;

	private final ShellSession session;

	ChairCommands(FactViews views, ShellSession session) {
		this.views = views;
		this.session = session;
	}

	@Command(name = "chair list", group = GROUP, description = "List the chairpersonships, oldest first",
			help = """
					With --on, only the chairpersonship that holds on that date (a month or a year counts
					as each of its days; of two that overlap, the one that started last).

					Examples:
					  chair list
					  chair list --on 2025-06-11
					  chair list --json""")
	public void list(@Option(longName = "on", description = "only the one valid on this date") String on,
			CommandContext context) {
		PartialDate date = FactPrompts.date("on", on);
		if (date == null) {
			this.views.list(context, FactKind.CHAIRPERSONSHIP, fact -> true);
			return;
		}
		java.util.List<Chairpersonship> all = this.views.library()
			.list(FactKind.CHAIRPERSONSHIP)
			.stream()
			.map(Chairpersonship.class::cast)
			.toList();
		String holding = Chairpersonship.holdingOn(all, date).map(Chairpersonship::id).orElse(null);
		this.views.list(context, FactKind.CHAIRPERSONSHIP, fact -> fact.id().equals(holding));
	}

	@Command(name = "chair show", group = GROUP, description = "Show one chairpersonship",
			help = "Example:\n  chair show oas-unodc-2025", completionProvider = "chairCompletion")
	public void show(@Argument(index = 0, description = "the chairpersonship's id") String id, CommandContext context) {
		this.views.show(context, FactKind.CHAIRPERSONSHIP, id);
	}

	@Command(name = "chair add", group = GROUP, description = "Add a chairpersonship: who chairs, from when, until when",
			help = """
					Co-chairs are two or more organisations, a chair one. Without --until it holds from
					--from on. At the prompt missing --organisations and --from are asked for.

					Examples:
					  chair add --role co-chair --organisations oas,unodc --from 2025 --source "OAS press release E-099/24"
					  chair add --role co-chair --organisations iom,osrsg-vac --from 2023 --until 2023""",
			completionProvider = "chairCompletion")
	public void add(@Option(longName = "id", description = "the short id (default: from the organisations and --from)") String id,
			@Option(longName = "role", description = "co-chair or chair", defaultValue = "co-chair") String role,
			@Option(longName = "organisations", description = "ids of the organisations, comma-separated, in order (required)") String organisations,
			@Option(longName = "from", description = "start of the period: YYYY, YYYY-MM or YYYY-MM-DD (required)") String from,
			@Option(longName = "until", description = "end of the period, inclusive") String until,
			@Option(longName = "source", description = "where it is said") String source,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			CommandContext context) {
		String command = "chair add";
		ChairRole chairRole = role(role);
		String holders = FactPrompts.require(organisations, "organisations", "Organisations (ids, comma-separated)",
				command, this.session, context);
		String start = FactPrompts.require(from, "from", FactPrompts.dateQuestion("Valid from"), command, this.session,
				context, PartialDate::parseWritten);
		Chairpersonship added = this.views.library()
			.add(new Chairpersonship(optional(id), chairRole, FactPrompts.ids(holders), FactPrompts.date("from", start),
					FactPrompts.date("until", until), optional(source), optional(notes)));
		Output.of(context).println("added chairpersonship '" + added.id() + "' (" + added.label() + ")");
	}

	@Command(name = "chair edit", group = GROUP, description = "Change a chairpersonship's fields",
			help = """
					Only the options given change; --organisations replaces the list; an empty value ("")
					clears a field.

					Example:
					  chair edit oas-unodc-2025 --until 2026""",
			completionProvider = "chairCompletion")
	public void edit(@Argument(index = 0, description = "the chairpersonship's id") String id,
			@Option(longName = "role", description = "co-chair or chair") String role,
			@Option(longName = "organisations", description = "ids of the organisations, comma-separated") String organisations,
			@Option(longName = "from", description = "start of the period") String from,
			@Option(longName = "until", description = "end of the period, inclusive") String until,
			@Option(longName = "source", description = "where it is said") String source,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			CommandContext context) {
		Chairpersonship c = this.views.get(FactKind.CHAIRPERSONSHIP, id);
		if (role == null && organisations == null && from == null && until == null && source == null && notes == null) {
			throw new UsageException("nothing to change; give an option, e.g. `chair edit " + c.id() + " --until 2026`");
		}
		this.views.library()
			.update(new Chairpersonship(c.id(), role == null ? c.role() : role(role),
					editedIds(organisations, c.organisationIds()), editedDate("from", from, c.validFrom()),
					editedDate("until", until, c.validUntil()), edited(source, c.source()), edited(notes, c.notes())));
		Output.of(context).println("changed chairpersonship '" + c.id() + "'");
	}

	@Command(name = "chair remove", group = GROUP, description = "Remove a chairpersonship",
			help = "Example:\n  chair remove oas-unodc-2025", completionProvider = "chairCompletion")
	public void remove(@Argument(index = 0, description = "the chairpersonship's id") String id, CommandContext context) {
		this.views.remove(context, FactKind.CHAIRPERSONSHIP, id);
	}

	private static ChairRole role(String role) {
		return ChairRole.parse(role)
			.orElseThrow(() -> new UsageException("no role '" + role + "'; use one of " + ChairRole.keys()));
	}

}
