package org.briefdesk.shell;

import static org.briefdesk.shell.FactPrompts.edited;
import static org.briefdesk.shell.FactPrompts.editedDate;
import static org.briefdesk.shell.FactPrompts.editedIds;
import static org.briefdesk.shell.FactPrompts.editedNumber;
import static org.briefdesk.shell.FactPrompts.optional;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Statistic;
import org.briefdesk.facts.StatisticEditions;
import org.briefdesk.facts.Versioned;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code stat list|show|add|edit|supersede|remove}: figures with their sources and newer editions. */
@Component
public class StatisticCommands {

	private static final String GROUP = "Statistics";

	private final FactViews views;

	private final ShellSession session;

	private final ObjectProvider<StatisticEditions> editions;

	StatisticCommands(FactViews views, ShellSession session, ObjectProvider<StatisticEditions> editions) {
		this.views = views;
		this.session = session;
		this.editions = editions;
	}

	@Command(name = "stat list", group = GROUP, description = "List the statistics with their sources",
			help = "Examples:\n  stat list\n  stat list --tag children\n  stat list --json")
	public void list(@Option(longName = "tag", description = "only the statistics with this topic tag") String tag, CommandContext context) {
		String wanted = optional(tag);
		this.views.list(context, FactKind.STATISTIC,
				fact -> wanted == null || ((Statistic) fact).tags().contains(wanted));
	}

	@Command(name = "stat show", group = GROUP, description = "Show one statistic",
			help = "Example:\n  stat show one-in-three-victims-child-2023", completionProvider = "statisticCompletion")
	public void show(@Argument(index = 0, description = "the statistic's id") String id, CommandContext context) {
		this.views.show(context, FactKind.STATISTIC, id);
	}

	@Command(name = "stat add", group = GROUP, description = "Add a statistic with its source",
			help = """
					Every figure needs a publisher and a source date. At the prompt missing
					--statement, --publisher and --source-date are asked for.

					Examples:
					  stat add --statement "One in three detected victims is a child." --publisher UNODC --source "Global Report on Trafficking in Persons" --source-date 2022 --tags victims,children
					  stat add --statement "More than 20 international organisations endorsed the joint Plan of Action." --qualifier "more than" --value 20 --unit organisations --publisher CBSS --source-date 2020-12 --excerpt "more than 20 international organisations, including the CBSS, reinforced the vital role of inter-agency partnership" """,
			completionProvider = "statisticCompletion")
	public void add(@Option(longName = "id", description = "the short id (default: from the statement)") String id,
			@Option(longName = "statement", description = "the sentence a pack prints (required)") String statement,
			@Option(longName = "qualifier", description = "words before the number: more than, about, at least") String qualifier,
			@Option(longName = "value", description = "the number, if there is one") String value,
			@Option(longName = "unit", description = "what the number counts") String unit,
			@Option(longName = "source", description = "the title of the publication") String source,
			@Option(longName = "publisher", description = "who published it (required)") String publisher,
			@Option(longName = "source-date", description = "when: YYYY, YYYY-MM or YYYY-MM-DD (required)") String sourceDate,
			@Option(longName = "url", description = "where to read it") String url,
			@Option(longName = "excerpt", description = "the source's sentence, word for word") String excerpt,
			@Option(longName = "tags", description = "topic tags, comma-separated") String tags,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			CommandContext context) {
		String command = "stat add";
		String text = FactPrompts.require(statement, "statement", "Statement", command, this.session, context);
		String by = FactPrompts.require(publisher, "publisher", "Publisher", command, this.session, context);
		String when = FactPrompts.require(sourceDate, "source-date", FactPrompts.dateQuestion("Source date"), command,
				this.session, context, PartialDate::parseWritten);
		Statistic added = this.views.library()
			.add(new Statistic(optional(id), text, optional(qualifier), FactPrompts.number("value", value),
					optional(unit), optional(source), by, FactPrompts.date("source-date", when), optional(url),
					optional(excerpt), FactPrompts.ids(tags), optional(notes)));
		Output.of(context).println("added statistic '" + added.id() + "'");
	}

	@Command(name = "stat edit", group = GROUP, description = "Change a statistic's fields",
			help = """
					Only the options given change; an empty value ("") clears a field.

					Example:
					  stat edit icat-31-organizations-2023 --url https://icat.un.org""",
			completionProvider = "statisticCompletion")
	public void edit(@Argument(index = 0, description = "the statistic's id") String id,
			@Option(longName = "statement", description = "the sentence a pack prints") String statement,
			@Option(longName = "qualifier", description = "words before the number: more than, about, at least") String qualifier,
			@Option(longName = "value", description = "the number") String value,
			@Option(longName = "unit", description = "what the number counts") String unit,
			@Option(longName = "source", description = "the title of the publication") String source,
			@Option(longName = "publisher", description = "who published it") String publisher,
			@Option(longName = "source-date", description = "when: YYYY, YYYY-MM or YYYY-MM-DD") String sourceDate,
			@Option(longName = "url", description = "where to read it") String url,
			@Option(longName = "excerpt", description = "the source's sentence, word for word") String excerpt,
			@Option(longName = "tags", description = "topic tags, comma-separated (replace the list)") String tags,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			@Option(longName = "if-version", description = FactViews.IF_VERSION) String ifVersion,
			CommandContext context) {
		Versioned<Statistic> read = this.views.read(FactKind.STATISTIC, id);
		Statistic s = read.fact();
		if (statement == null && qualifier == null && value == null && unit == null && source == null
				&& publisher == null && sourceDate == null && url == null && excerpt == null && tags == null
				&& notes == null) {
			throw new UsageException("nothing to change; give an option, e.g. `stat edit " + s.id() + " --url ...`");
		}
		this.views.library()
			.update(new Statistic(s.id(), edited(statement, s.statement()), edited(qualifier, s.qualifier()),
					editedNumber("value", value, s.value()), edited(unit, s.unit()), edited(source, s.source()),
					edited(publisher, s.publisher()), editedDate("source-date", sourceDate, s.sourceDate()),
					edited(url, s.url()), edited(excerpt, s.excerpt()), editedIds(tags, s.tags()),
					edited(notes, s.notes()), s.supersededBy()), FactViews.readVersion(read, ifVersion));
		Output.of(context).println("changed statistic '" + s.id() + "'");
	}

	@Command(name = "stat supersede", group = GROUP, description = "Link a figure to its newer edition",
			help = """
					Arguments:
					  OLD   the statistic that is out of date
					  NEW   its newer edition

					A briefing that still uses OLD is then warned (`briefing check`, and each export) and
					told NEW, once NEW was published by the event's date. --none takes the link away.

					Examples:
					  stat supersede icat-24-entities-2019 icat-31-organizations-2023
					  stat supersede icat-24-entities-2019 --none""",
			completionProvider = "statisticCompletion")
	public void supersede(@Argument(index = 0, description = "the older statistic") String older,
			@Argument(index = 1, description = "its newer edition") String newer,
			@Option(longName = "none", description = "take the link to a newer edition away", defaultValue = "false") boolean none,
			CommandContext context) {
		String olderId = FactViews.requireId(FactKind.STATISTIC, older);
		if (none) {
			if (newer != null && !newer.isBlank()) {
				throw new UsageException("give NEW or --none, not both");
			}
			this.editions.getObject().unlink(olderId);
			Output.of(context).println("statistic '" + olderId + "' is superseded by no newer edition now");
			return;
		}
		if (newer == null || newer.isBlank()) {
			throw new UsageException("give the newer edition: `stat supersede " + olderId
					+ " NEW` (`stat list` shows the ids), or --none to take the link away");
		}
		Statistic changed = this.editions.getObject().supersede(olderId, newer.strip());
		Output.of(context).println("statistic '" + changed.id() + "' is superseded by '" + changed.supersededBy()
				+ "'; briefings that use it are warned");
	}

	@Command(name = "stat remove", group = GROUP, description = "Remove a statistic nothing refers to",
			help = "Example:\n  stat remove trafficking-affects-millions-2024", completionProvider = "statisticCompletion")
	public void remove(@Argument(index = 0, description = "the statistic's id") String id, CommandContext context) {
		this.views.remove(context, FactKind.STATISTIC, id);
	}

}
