package org.briefdesk.shell;

import static org.briefdesk.shell.FactPrompts.edited;
import static org.briefdesk.shell.FactPrompts.editedDate;
import static org.briefdesk.shell.FactPrompts.editedIds;
import static org.briefdesk.shell.FactPrompts.editedTime;
import static org.briefdesk.shell.FactPrompts.ids;
import static org.briefdesk.shell.FactPrompts.optional;

import java.util.Optional;

import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.Chairpersonships;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Versioned;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code event list|show|add|edit|remove}: briefings, side events, meetings. */
@Component
public class EventCommands {

	private static final String GROUP = "Events";

	private final FactViews views;

	private final ShellSession session;

	private final ObjectProvider<Chairpersonships> chairs;

	EventCommands(FactViews views, ShellSession session, ObjectProvider<Chairpersonships> chairs) {
		this.views = views;
		this.session = session;
		this.chairs = chairs;
	}

	@Command(name = "event list", group = GROUP, description = "List the events, oldest first",
			help = "Examples:\n  event list\n  event list --series icat-briefings\n  event list --json")
	public void list(@Option(longName = "series", description = "only the events of this series") String series, CommandContext context) {
		String wanted = optional(series);
		this.views.list(context, FactKind.EVENT, fact -> wanted == null || wanted.equals(((Event) fact).series()));
	}

	@Command(name = "event show", group = GROUP, description = "Show one event",
			help = "Example:\n  event show icat-briefing-2023-10-03", completionProvider = "eventCompletion")
	public void show(@Argument(index = 0, description = "the event's id") String id, CommandContext context) {
		this.views.show(context, FactKind.EVENT, id);
	}

	@Command(name = "event add", group = GROUP, description = "Add an event",
			help = """
					The id is made from the title and date unless --id gives one. Lists of ids are
					comma-separated. Without --co-chairs the event gets the co-chairs valid on its date
					(`chair list --on DATE`); --co-chairs "" gives none. At the prompt missing --title and
					--date are asked for.

					Example:
					  event add --title "ICAT Briefing to Member States" --kind "briefing to Member States" --date 2025-06-12 --time 15:00 --time-zone Europe/Vienna --city Vienna --chair alena-kupchyna --hosts icat --co-chairs oas,unodc --series icat-briefings""",
			completionProvider = "eventCompletion")
	public void add(@Option(longName = "id", description = "the short id (default: from title and date)") String id,
			@Option(longName = "title", description = "the title (required)") String title,
			@Option(longName = "kind", description = "briefing to Member States, side event...") String kind,
			@Option(longName = "date", description = "YYYY-MM-DD, or YYYY-MM when the day is not known (required)") String date,
			@Option(longName = "time", description = "local start time, HH:MM") String time,
			@Option(longName = "end-time", description = "local end time, HH:MM") String endTime,
			@Option(longName = "time-zone", description = "e.g. Europe/Vienna") String timeZone,
			@Option(longName = "venue", description = "the building or platform") String venue,
			@Option(longName = "city", description = "the city") String city,
			@Option(longName = "country", description = "the country") String country,
			@Option(longName = "chair", description = "the id of the person chairing") String chair,
			@Option(longName = "moderator", description = "the id of the person moderating") String moderator,
			@Option(longName = "hosts", description = "ids of the host organisations, comma-separated") String hosts,
			@Option(longName = "co-chairs", description = "ids of the co-chairing organisations, comma-separated") String coChairs,
			@Option(longName = "speakers", description = "ids of the speakers in order, comma-separated") String speakers,
			@Option(longName = "on-the-margins-of", description = "the larger meeting it is held beside") String marginsOf,
			@Option(longName = "series", description = "the series it belongs to, e.g. icat-briefings") String series,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			CommandContext context) {
		String command = "event add";
		String eventTitle = FactPrompts.require(title, "title", "Title", command, this.session, context);
		String when = FactPrompts.require(date, "date", FactPrompts.dateQuestion("Date"), command, this.session, context,
				PartialDate::parseWritten);
		Event event = new Event(optional(id), eventTitle, optional(kind), FactPrompts.date("date", when),
				FactPrompts.time("time", time), FactPrompts.time("end-time", endTime), optional(timeZone),
				optional(venue), optional(city), optional(country), optional(chair), optional(moderator), ids(hosts),
				ids(coChairs), ids(speakers), optional(marginsOf), optional(series), optional(notes));
		// Without --co-chairs the event gets those valid on its date; --co-chairs "" gives none.
		Optional<Chairpersonship> holding = coChairs == null
				? this.chairs.getObject().holdingOn(event.date()) : Optional.empty();
		if (holding.isPresent()) {
			event = Chairpersonships.withCoChairs(event, holding.get().organisationIds());
		}
		Event added = this.views.library().add(event);
		Output.of(context).println("added event '" + added.id() + "'" + holding
			.map(c -> " with the co-chairs valid on " + added.date().toDisplayString() + ": "
					+ String.join(", ", c.organisationIds()) + " (`chair show " + c.id() + "`)")
			.orElse(""));
	}

	@Command(name = "event edit", group = GROUP, description = "Change an event's fields",
			help = """
					Only the options given change; a list option replaces the whole list; an empty
					value ("") clears a field.

					Example:
					  event edit icat-briefing-2023-10-03 --time 10:00 --speakers mukundi-mutasa,hanna-antonova""",
			completionProvider = "eventCompletion")
	public void edit(@Argument(index = 0, description = "the event's id") String id,
			@Option(longName = "title", description = "the title") String title,
			@Option(longName = "kind", description = "briefing to Member States, side event...") String kind,
			@Option(longName = "date", description = "YYYY-MM-DD, or YYYY-MM") String date,
			@Option(longName = "time", description = "local start time, HH:MM") String time,
			@Option(longName = "end-time", description = "local end time, HH:MM") String endTime,
			@Option(longName = "time-zone", description = "e.g. Europe/Vienna") String timeZone,
			@Option(longName = "venue", description = "the building or platform") String venue,
			@Option(longName = "city", description = "the city") String city,
			@Option(longName = "country", description = "the country") String country,
			@Option(longName = "chair", description = "the id of the person chairing") String chair,
			@Option(longName = "moderator", description = "the id of the person moderating") String moderator,
			@Option(longName = "hosts", description = "ids of the host organisations, comma-separated") String hosts,
			@Option(longName = "co-chairs", description = "ids of the co-chairing organisations, comma-separated") String coChairs,
			@Option(longName = "speakers", description = "ids of the speakers in order, comma-separated") String speakers,
			@Option(longName = "on-the-margins-of", description = "the larger meeting it is held beside") String marginsOf,
			@Option(longName = "series", description = "the series it belongs to") String series,
			@Option(longName = "notes", description = "anything else worth keeping") String notes,
			@Option(longName = "if-version", description = FactViews.IF_VERSION) String ifVersion,
			CommandContext context) {
		Versioned<Event> read = this.views.read(FactKind.EVENT, id);
		Event e = read.fact();
		boolean nothing = java.util.stream.Stream.of(title, kind, date, time, endTime, timeZone, venue, city, country,
				chair, moderator, hosts, coChairs, speakers, marginsOf, series, notes).allMatch(java.util.Objects::isNull);
		if (nothing) {
			throw new UsageException("nothing to change; give an option, e.g. `event edit " + e.id() + " --venue ...`");
		}
		this.views.library()
			.update(new Event(e.id(), edited(title, e.title()), edited(kind, e.kind()),
					editedDate("date", date, e.date()), editedTime("time", time, e.startTime()),
					editedTime("end-time", endTime, e.endTime()), edited(timeZone, e.timeZone()),
					edited(venue, e.venue()), edited(city, e.city()), edited(country, e.country()),
					edited(chair, e.chairId()), edited(moderator, e.moderatorId()), editedIds(hosts, e.hostIds()),
					editedIds(coChairs, e.coChairIds()), editedIds(speakers, e.speakerIds()),
					edited(marginsOf, e.marginsOf()), edited(series, e.series()), edited(notes, e.notes())),
				FactViews.readVersion(read, ifVersion));
		Output.of(context).println("changed event '" + e.id() + "'");
	}

	@Command(name = "event remove", group = GROUP, description = "Remove an event nothing refers to",
			help = "Example:\n  event remove icat-representatives-2024-12", completionProvider = "eventCompletion")
	public void remove(@Argument(index = 0, description = "the event's id") String id, CommandContext context) {
		this.views.remove(context, FactKind.EVENT, id);
	}

}
