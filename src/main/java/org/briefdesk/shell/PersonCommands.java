package org.briefdesk.shell;

import static org.briefdesk.shell.FactPrompts.edited;
import static org.briefdesk.shell.FactPrompts.optional;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.Versioned;
import org.briefdesk.system.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code person list|show|add|edit|remove}: the people of the library. */
@Component
public class PersonCommands {

	private static final String GROUP = "People";

	private final FactViews views;

	private final ShellSession session;

	PersonCommands(FactViews views, ShellSession session) {
		this.views = views;
		this.session = session;
	}

	@Command(name = "person list", group = GROUP, description = "List the people",
			help = "Examples:\n  person list\n  person list --organisation unodc\n  person list --json",
			completionProvider = "personCompletion")
	public void list(@Option(longName = "organisation", description = "only the people of this organisation (id)") String organisation, CommandContext context) {
		String wanted = optional(organisation);
		this.views.list(context, FactKind.PERSON,
				fact -> wanted == null || wanted.equals(((Person) fact).organisationId()));
	}

	@Command(name = "person show", group = GROUP, description = "Show one person",
			help = "Examples:\n  person show valiant-richey\n  person show tea-machaidze --json",
			completionProvider = "personCompletion")
	public void show(@Argument(index = 0, description = "the person's id") String id, CommandContext context) {
		this.views.show(context, FactKind.PERSON, id);
	}

	@Command(name = "person add", group = GROUP, description = "Add a person",
			help = """
					The id is made from the name unless --id gives one. At the prompt a missing
					--name is asked for.

					Example:
					  person add --honorific "H.E. Ambassador" --name "Alena Kupchyna" --title "Permanent Representative of the Republic of Belarus in Vienna\"""",
			completionProvider = "personCompletion")
	public void add(@Option(longName = "id", description = "the short id (default: from the name)") String id,
			@Option(longName = "honorific", description = "Mr., Ms, Dr., H.E. Ambassador...") String honorific,
			@Option(longName = "name", description = "the name as the person writes it (required; asked at the prompt)") String name,
			@Option(longName = "title", description = "the position") String title,
			@Option(longName = "organisation", description = "the id of the organisation") String organisation,
			@Option(longName = "email", description = "the e-mail address, for invitations") String email,
			@Option(longName = "bio", description = "a short biography") String bio,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			CommandContext context) {
		String fullName = FactPrompts.require(name, "name", "Name", "person add", this.session, context);
		Person added = this.views.library()
			.add(new Person(optional(id), optional(honorific), fullName, optional(title), optional(organisation),
					optional(email), optional(bio), optional(notes)));
		Output.of(context).println("added person '" + added.id() + "'");
	}

	@Command(name = "person edit", group = GROUP, description = "Change a person's fields",
			help = """
					Only the options given change; an empty value ("") clears a field.

					Examples:
					  person edit gehrke --email gehrke@example.org
					  person edit valiant-richey --title "Special Representative" """,
			completionProvider = "personCompletion")
	public void edit(@Argument(index = 0, description = "the person's id") String id,
			@Option(longName = "honorific", description = "Mr., Ms, Dr., H.E. Ambassador...") String honorific,
			@Option(longName = "name", description = "the name") String name,
			@Option(longName = "title", description = "the position") String title,
			@Option(longName = "organisation", description = "the id of the organisation") String organisation,
			@Option(longName = "email", description = "the e-mail address") String email,
			@Option(longName = "bio", description = "a short biography") String bio,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			@Option(longName = "if-version", description = FactViews.IF_VERSION) String ifVersion,
			CommandContext context) {
		Versioned<Person> read = this.views.read(FactKind.PERSON, id);
		Person p = read.fact();
		if (honorific == null && name == null && title == null && organisation == null && email == null && bio == null
				&& notes == null) {
			throw new UsageException("nothing to change; give an option, e.g. `person edit " + p.id() + " --title ...`");
		}
		this.views.library()
			.update(new Person(p.id(), edited(honorific, p.honorific()), edited(name, p.name()),
					edited(title, p.title()), edited(organisation, p.organisationId()), edited(email, p.email()),
					edited(bio, p.bio()), edited(notes, p.notes())), FactViews.readVersion(read, ifVersion));
		Output.of(context).println("changed person '" + p.id() + "'");
	}

	@Command(name = "person remove", group = GROUP, description = "Remove a person nothing refers to",
			help = "Example:\n  person remove gehrke", completionProvider = "personCompletion")
	public void remove(@Argument(index = 0, description = "the person's id") String id, CommandContext context) {
		this.views.remove(context, FactKind.PERSON, id);
	}

}
