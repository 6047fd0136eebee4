package org.briefdesk.shell;

import static org.briefdesk.shell.FactPrompts.date;
import static org.briefdesk.shell.FactPrompts.edited;
import static org.briefdesk.shell.FactPrompts.editedDate;
import static org.briefdesk.shell.FactPrompts.optional;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.Versioned;
import org.briefdesk.system.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code org list|show|add|edit|remove}: the organisations of the library. */
@Component
public class OrganisationCommands {

	private static final String GROUP = "Organisations";

	private final FactViews views;

	private final ShellSession session;

	OrganisationCommands(FactViews views, ShellSession session) {
		this.views = views;
		this.session = session;
	}

	@Command(name = "org list", group = GROUP, description = "List the organisations",
			help = "Examples:\n  org list\n  org list --json")
	public void list(CommandContext context) {
		this.views.list(context, FactKind.ORGANISATION, fact -> true);
	}

	@Command(name = "org show", group = GROUP, description = "Show one organisation",
			help = "Examples:\n  org show unodc\n  org show cbss --json", completionProvider = "organisationCompletion")
	public void show(@Argument(index = 0, description = "the organisation's id") String id, CommandContext context) {
		this.views.show(context, FactKind.ORGANISATION, id);
	}

	@Command(name = "org add", group = GROUP, description = "Add an organisation",
			help = """
					The id is made from the acronym (or the name) unless --id gives one. At the
					prompt a missing --name is asked for.

					Examples:
					  org add --acronym UNICEF --name "United Nations Children's Fund" --kind "UN entity" --member
					  org add --name "Ministry of Interior of Austria" --kind government""",
			completionProvider = "organisationCompletion")
	public void add(@Option(longName = "id", description = "the short id (default: from the acronym or name)") String id,
			@Option(longName = "acronym", description = "the acronym, e.g. UNODC") String acronym,
			@Option(longName = "name", description = "the full name (required; asked at the prompt)") String name,
			@Option(longName = "kind", description = "what it is: UN entity, regional organisation, government...") String kind,
			@Option(longName = "parent", description = "the id of the organisation it is part of") String parent,
			@Option(longName = "member", description = "it is a member of the coordination body") boolean member,
			@Option(longName = "member-since", description = "since when: YYYY, YYYY-MM or YYYY-MM-DD") String memberSince,
			@Option(longName = "url", description = "its web site") String url,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			CommandContext context) {
		String fullName = FactPrompts.require(name, "name", "Name", "org add", this.session, context);
		var since = date("member-since", memberSince);
		Organisation added = this.views.library()
			.add(new Organisation(optional(id), optional(acronym), fullName, optional(kind), optional(parent),
					member || since != null, since, optional(url), optional(notes)));
		Output.of(context).println("added organisation '" + added.id() + "'");
	}

	@Command(name = "org edit", group = GROUP, description = "Change an organisation's fields",
			help = """
					Only the options given change; an empty value ("") clears a field.

					Examples:
					  org edit cbss --url https://cbss.org
					  org edit unhcr --notes \"\"""", completionProvider = "organisationCompletion")
	public void edit(@Argument(index = 0, description = "the organisation's id") String id,
			@Option(longName = "acronym", description = "the acronym") String acronym,
			@Option(longName = "name", description = "the full name") String name,
			@Option(longName = "kind", description = "what it is") String kind,
			@Option(longName = "parent", description = "the id of the organisation it is part of") String parent,
			@Option(longName = "member", description = "true or false: a member of the coordination body") Boolean member,
			@Option(longName = "member-since", description = "since when: YYYY, YYYY-MM or YYYY-MM-DD") String memberSince,
			@Option(longName = "url", description = "its web site") String url,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			@Option(longName = "if-version", description = FactViews.IF_VERSION) String ifVersion,
			CommandContext context) {
		Versioned<Organisation> read = this.views.read(FactKind.ORGANISATION, id);
		Organisation o = read.fact();
		if (acronym == null && name == null && kind == null && parent == null && member == null && memberSince == null
				&& url == null && notes == null) {
			throw new UsageException("nothing to change; give an option, e.g. `org edit " + o.id() + " --name ...`");
		}
		Organisation changed = new Organisation(o.id(), edited(acronym, o.acronym()), edited(name, o.name()),
				edited(kind, o.kind()), edited(parent, o.parentId()), member != null ? member : o.member(),
				editedDate("member-since", memberSince, o.memberSince()), edited(url, o.url()), edited(notes, o.notes()));
		this.views.library().update(changed, FactViews.readVersion(read, ifVersion));
		Output.of(context).println("changed organisation '" + o.id() + "'");
	}

	@Command(name = "org remove", group = GROUP, description = "Remove an organisation nothing refers to",
			help = "Example:\n  org remove un-procurement-network", completionProvider = "organisationCompletion")
	public void remove(@Argument(index = 0, description = "the organisation's id") String id, CommandContext context) {
		this.views.remove(context, FactKind.ORGANISATION, id);
	}

}
