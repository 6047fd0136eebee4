package org.briefdesk.shell;

import static org.briefdesk.shell.FactPrompts.edited;
import static org.briefdesk.shell.FactPrompts.editedDate;
import static org.briefdesk.shell.FactPrompts.optional;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Versioned;
import org.briefdesk.system.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code quote list|show|add|edit|remove}: who said what, when and where. */
@Component
public class QuoteCommands {

	private static final String GROUP = "Quotes";

	private final FactViews views;

	private final ShellSession session;

	QuoteCommands(FactViews views, ShellSession session) {
		this.views = views;
		this.session = session;
	}

	@Command(name = "quote list", group = GROUP, description = "List the quotes",
			help = "Examples:\n  quote list\n  quote list --person valiant-richey\n  quote list --json",
			completionProvider = "quoteCompletion")
	public void list(@Option(longName = "person", description = "only what this person said (id)") String person, CommandContext context) {
		String wanted = optional(person);
		this.views.list(context, FactKind.QUOTE,
				fact -> wanted == null || wanted.equals(((Quote) fact).personId()));
	}

	@Command(name = "quote show", group = GROUP, description = "Show one quote in full",
			help = "Example:\n  quote show tea-machaidze-2023-2", completionProvider = "quoteCompletion")
	public void show(@Argument(index = 0, description = "the quote's id") String id, CommandContext context) {
		this.views.show(context, FactKind.QUOTE, id);
	}

	@Command(name = "quote add", group = GROUP, description = "Add a quote",
			help = """
					The id is made from the person and the year unless --id gives one. At the
					prompt missing --person, --text and --date are asked for.

					Example:
					  quote add --person ghada-waly --date 2020-12-15 --event icat-principals-2020-12-15 --text "Coordinated responses are needed." """,
			completionProvider = "quoteCompletion")
	public void add(@Option(longName = "id", description = "the short id (default: person and year)") String id,
			@Option(longName = "person", description = "the id of the person who said it (required)") String person,
			@Option(longName = "text", description = "the words, without quotation marks (required)") String text,
			@Option(longName = "date", description = "when: YYYY-MM-DD, YYYY-MM or YYYY (required)") String date,
			@Option(longName = "occasion", description = "where or at what") String occasion,
			@Option(longName = "event", description = "the id of the event it was said at") String event,
			@Option(longName = "source", description = "the title of the publication that reports it") String source,
			@Option(longName = "publisher", description = "who published it") String publisher,
			@Option(longName = "source-date", description = "when it was published: YYYY, YYYY-MM or YYYY-MM-DD") String sourceDate,
			@Option(longName = "url", description = "where to read it") String url,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			CommandContext context) {
		String command = "quote add";
		String who = FactPrompts.require(person, "person", "Person (id)", command, this.session, context,
				answer -> this.views.get(FactKind.PERSON, answer));
		String words = FactPrompts.require(text, "text", "Words", command, this.session, context);
		String when = FactPrompts.require(date, "date", FactPrompts.dateQuestion("Date"), command, this.session, context,
				PartialDate::parseWritten);
		Quote added = this.views.library()
			.add(new Quote(optional(id), who, words, FactPrompts.date("date", when), optional(occasion),
					optional(event), optional(source), optional(publisher), FactPrompts.date("source-date", sourceDate),
					optional(url), optional(notes)));
		Output.of(context).println("added quote '" + added.id() + "'");
	}

	@Command(name = "quote edit", group = GROUP, description = "Change a quote's fields",
			help = """
					Only the options given change; an empty value ("") clears a field.

					Example:
					  quote edit gehrke-2018 --occasion "ICAT briefing, Vienna" """,
			completionProvider = "quoteCompletion")
	public void edit(@Argument(index = 0, description = "the quote's id") String id,
			@Option(longName = "person", description = "the id of the person who said it") String person,
			@Option(longName = "text", description = "the words") String text,
			@Option(longName = "date", description = "when") String date,
			@Option(longName = "occasion", description = "where or at what") String occasion,
			@Option(longName = "event", description = "the id of the event it was said at") String event,
			@Option(longName = "source", description = "the title of the publication that reports it") String source,
			@Option(longName = "publisher", description = "who published it") String publisher,
			@Option(longName = "source-date", description = "when it was published: YYYY, YYYY-MM or YYYY-MM-DD") String sourceDate,
			@Option(longName = "url", description = "where to read it") String url,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			@Option(longName = "if-version", description = FactViews.IF_VERSION) String ifVersion,
			CommandContext context) {
		Versioned<Quote> read = this.views.read(FactKind.QUOTE, id);
		Quote q = read.fact();
		if (person == null && text == null && date == null && occasion == null && event == null && source == null
				&& publisher == null && sourceDate == null && url == null && notes == null) {
			throw new UsageException("nothing to change; give an option, e.g. `quote edit " + q.id() + " --occasion ...`");
		}
		this.views.library()
			.update(new Quote(q.id(), edited(person, q.personId()), edited(text, q.text()),
					editedDate("date", date, q.date()), edited(occasion, q.occasion()), edited(event, q.eventId()),
					edited(source, q.source()), edited(publisher, q.publisher()),
					editedDate("source-date", sourceDate, q.sourceDate()), edited(url, q.url()),
					edited(notes, q.notes())), FactViews.readVersion(read, ifVersion));
		Output.of(context).println("changed quote '" + q.id() + "'");
	}

	@Command(name = "quote remove", group = GROUP, description = "Remove a quote nothing refers to",
			help = "Example:\n  quote remove gehrke-2018", completionProvider = "quoteCompletion")
	public void remove(@Argument(index = 0, description = "the quote's id") String id, CommandContext context) {
		this.views.remove(context, FactKind.QUOTE, id);
	}

}
