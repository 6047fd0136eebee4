package org.briefdesk.shell;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.briefdesk.facts.Chairpersonship;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.Fact;
import org.briefdesk.facts.FactFormat;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;
import org.briefdesk.facts.Versioned;
import org.briefdesk.team.ChangeLog;
import org.briefdesk.team.Revision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/**
 * What the fact nouns print the same way, through {@link Output}: {@code list} as a table
 * or JSON, {@code show} as key-value lines or JSON, {@code remove}. The library is reached through providers, so
 * that building the commands at start-up opens no database.
 */
@Component
class FactViews {

	private final ObjectProvider<FactLibrary> library;

	private final ObjectProvider<FactRepositories> repositories;

	FactViews(ObjectProvider<FactLibrary> library, ObjectProvider<FactRepositories> repositories) {
		this.library = library;
		this.repositories = repositories;
	}

	FactLibrary library() {
		return this.library.getObject();
	}

	/** The description of every edit's {@code --if-version}. */
	static final String IF_VERSION = "refuse the change unless the stored version is this one (as `show` printed it)";

	<T extends Fact> T get(FactKind kind, String id) {
		return library().get(kind, requireId(kind, id));
	}

	/** The fact with the version it is read at, which the edit then hands back. */
	<T extends Fact> Versioned<T> read(FactKind kind, String id) {
		return library().read(kind, requireId(kind, id));
	}

	/**
	 * The version an edit is made from: the one it read, or the one {@code --if-version}
	 * names (a version seen earlier, by {@code show}).
	 */
	static int readVersion(Versioned<?> read, String ifVersion) {
		if (ifVersion == null || ifVersion.isBlank()) {
			return read.version();
		}
		try {
			int version = Integer.parseInt(ifVersion.strip());
			if (version >= 1) {
				return version;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		throw new org.briefdesk.system.UsageException(
				"--if-version: '" + ifVersion + "' is not a version; give the number `show` printed, e.g. --if-version 3");
	}

	static String requireId(FactKind kind, String id) {
		if (id == null || id.isBlank()) {
			throw new org.briefdesk.system.UsageException("give the id of the " + kind.noun() + ", e.g. `" + kind.command()
					+ " show ID`; `" + kind.command() + " list` shows the ids");
		}
		return id.strip();
	}

	void list(CommandContext context, FactKind kind, java.util.function.Predicate<Fact> filter) {
		List<? extends Fact> facts = library().list(kind).stream().filter(filter).toList();
		Output out = Output.of(context);
		if (out.json()) {
			FactFormat<?> format = FactFormat.of(kind);
			out.printJson(facts.stream().map(format::writeFact).toList());
			return;
		}
		Labels labels = new Labels();
		List<List<String>> rows = new ArrayList<>();
		List<String> headers;
		switch (kind) {
			case ORGANISATION -> {
				headers = List.of("ID", "ACRONYM", "NAME", "KIND");
				facts.forEach(fact -> {
					Organisation o = (Organisation) fact;
					rows.add(row(o.id(), o.acronym(), o.name(), o.kind()));
				});
			}
			case PERSON -> {
				headers = List.of("ID", "NAME", "TITLE", "ORGANISATION");
				facts.forEach(fact -> {
					Person p = (Person) fact;
					rows.add(row(p.id(), p.formalName(), p.title(), labels.organisation(p.organisationId())));
				});
			}
			case PRIORITY_SET -> {
				headers = List.of("ID", "TITLE", "OWNERS", "PERIOD", "PRIORITIES");
				facts.forEach(fact -> {
					PrioritySet s = (PrioritySet) fact;
					rows.add(row(s.id(), s.title(),
							s.ownerIds().stream().map(labels::organisation).collect(Collectors.joining(", ")),
							s.period(), Integer.toString(s.priorities().size())));
				});
			}
			case STATISTIC -> {
				headers = List.of("ID", "STATEMENT", "PUBLISHER", "DATE");
				facts.forEach(fact -> {
					Statistic s = (Statistic) fact;
					rows.add(row(s.id(), s.statement(), s.publisher() != null ? s.publisher() : s.source(),
							s.sourceDate().toString()));
				});
			}
			case QUOTE -> {
				headers = List.of("ID", "PERSON", "DATE", "WORDS");
				facts.forEach(fact -> {
					Quote q = (Quote) fact;
					rows.add(row(q.id(), labels.person(q.personId()), q.date().toString(), q.label()));
				});
			}
			case CHAIRPERSONSHIP -> {
				headers = List.of("ID", "ROLE", "ORGANISATIONS", "PERIOD");
				facts.forEach(fact -> {
					Chairpersonship c = (Chairpersonship) fact;
					rows.add(row(c.id(), c.role().plural(),
							c.organisationIds().stream().map(labels::organisation).collect(Collectors.joining(", ")),
							c.period()));
				});
			}
			default -> {
				headers = List.of("ID", "DATE", "TITLE", "CITY", "SERIES");
				facts.forEach(fact -> {
					Event e = (Event) fact;
					rows.add(row(e.id(), e.date().toString(), e.title(), e.city(), e.series()));
				});
			}
		}
		out.table(headers, rows, "no " + FactKind.values()[kind.ordinal()].plural()
				+ " found; `" + kind.command() + " add` adds one");
	}

	void show(CommandContext context, FactKind kind, String id) {
		Versioned<Fact> read = read(kind, id);
		Fact fact = read.fact();
		Output out = Output.of(context);
		Map<String, Object> fields = FactFormat.of(kind).writeFact(fact);
		if (out.json()) {
			Map<String, Object> withVersion = new java.util.LinkedHashMap<>(fields);
			withVersion.put("version", read.version());
			if (read.revision().changedBy() != null) {
				withVersion.put("changed-by", read.revision().changedBy());
				withVersion.put("changed-at", read.revision().changedAt().toString() + "Z");
			}
			out.printJson(withVersion);
			return;
		}
		Labels labels = new Labels();
		List<Map.Entry<String, Object>> lines = new ArrayList<>();
		fields.forEach((key, value) -> {
			if (key.equals("id")) {
				return;
			}
			Object shown = value;
			if (value instanceof List<?> list) {
				if (list.isEmpty()) {
					return;
				}
				Function<String, String> label = referenceLabel(kind, key, labels);
				List<String> items = list.stream().map(Object::toString).map(label).toList();
				shown = key.equals("priorities") ? new Output.NumberedList(items) : String.join(", ", items);
			}
			else if (value instanceof String text) {
				shown = referenceLabel(kind, key, labels).apply(text);
			}
			lines.add(new AbstractMap.SimpleEntry<>(key, shown));
		});
		List<String> uses = library().referencesTo(kind, fact.id());
		if (!uses.isEmpty()) {
			lines.add(new AbstractMap.SimpleEntry<>("used by", String.join(", ", uses)));
		}
		Revision revision = read.revision();
		lines.add(new AbstractMap.SimpleEntry<>("version", revision.version() + (revision.changedBy() == null ? ""
				: ", by " + revision.changedBy() + " at " + ChangeLog.shown(revision.changedAt()))));
		out.record(kind.noun() + " " + fact.id(), lines);
	}

	void remove(CommandContext context, FactKind kind, String id) {
		String wanted = requireId(kind, id);
		library().remove(kind, wanted);
		Output.of(context).println("removed " + kind.noun() + " '" + wanted + "'");
	}

	/** A table row; a missing value is an empty cell. */
	static List<String> row(String... cells) {
		List<String> row = new ArrayList<>();
		for (String cell : cells) {
			row.add(cell == null ? "" : cell);
		}
		return row;
	}

	private static Function<String, String> referenceLabel(FactKind kind, String key, Labels labels) {
		boolean organisation = (kind == FactKind.PERSON && key.equals("organisation"))
				|| (kind == FactKind.ORGANISATION && key.equals("parent")) || key.equals("owners")
				|| key.equals("hosts") || key.equals("co-chairs") || key.equals("organisations");
		boolean person = (kind == FactKind.QUOTE && key.equals("person")) || key.equals("chair")
				|| key.equals("moderator") || key.equals("speakers");
		if (organisation) {
			return id -> id + " (" + labels.organisation(id) + ")";
		}
		if (person) {
			return id -> id + " (" + labels.person(id) + ")";
		}
		if (kind == FactKind.QUOTE && key.equals("event")) {
			return id -> id + " (" + labels.event(id) + ")";
		}
		return Function.identity();
	}

	/** Names for ids in one listing, each looked up once. */
	private final class Labels {

		private Map<String, String> organisations;

		private Map<String, String> people;

		private Map<String, String> events;

		String organisation(String id) {
			if (id == null) {
				return "";
			}
			if (this.organisations == null) {
				this.organisations = labels(FactKind.ORGANISATION, fact -> ((Organisation) fact).shortName());
			}
			return this.organisations.getOrDefault(id, id);
		}

		String person(String id) {
			if (this.people == null) {
				this.people = labels(FactKind.PERSON, Fact::label);
			}
			return this.people.getOrDefault(id, id);
		}

		String event(String id) {
			if (this.events == null) {
				this.events = labels(FactKind.EVENT, fact -> ((Event) fact).date() + " " + fact.label());
			}
			return this.events.getOrDefault(id, id);
		}

		private Map<String, String> labels(FactKind kind, Function<Fact, String> label) {
			return FactViews.this.repositories.getObject()
				.of(kind)
				.findAll()
				.stream()
				.collect(Collectors.toMap(Fact::id, label, (a, b) -> a));
		}

	}

}
