package org.briefdesk.facts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each kind of fact is written as data: the keys of its YAML entries, CSV columns and
 * JSON objects (the same everywhere), reading an entry into a record and writing a record
 * out. Keys are lower-case words joined by hyphens, like the command options.
 *
 * @param <T> the kind of fact
 */
public abstract class FactFormat<T extends Fact> {

	public static final FactFormat<Organisation> ORGANISATION = new FactFormat<>(FactKind.ORGANISATION,
			List.of("id", "acronym", "name", "kind", "parent", "member", "member-since", "url", "notes")) {

		@Override
		Organisation read(DataNode.Mapping m, Problems p) {
			String what = what(m, p);
			Boolean member = m.bool("member", p);
			PartialDate since = m.date("member-since", p);
			return new Organisation(m.text("id", p), m.text("acronym", p), m.requiredText("name", what, p),
					m.text("kind", p), m.text("parent", p), member != null ? member : since != null, since,
					m.text("url", p), m.text("notes", p));
		}

		@Override
		public Map<String, Object> write(Organisation o) {
			Map<String, Object> map = new LinkedHashMap<>();
			put(map, "id", o.id());
			put(map, "acronym", o.acronym());
			put(map, "name", o.name());
			put(map, "kind", o.kind());
			put(map, "parent", o.parentId());
			map.put("member", o.member());
			put(map, "member-since", o.memberSince());
			put(map, "url", o.url());
			put(map, "notes", o.notes());
			return map;
		}

		@Override
		String idSource(Organisation o) {
			return o.acronym() != null && !o.acronym().isBlank() ? o.acronym() : o.name();
		}

		@Override
		Organisation withId(Organisation o, String id) {
			return o.withId(id);
		}

	};

	public static final FactFormat<Person> PERSON = new FactFormat<>(FactKind.PERSON,
			List.of("id", "honorific", "name", "title", "organisation", "email", "bio", "notes")) {

		@Override
		Person read(DataNode.Mapping m, Problems p) {
			String what = what(m, p);
			return new Person(m.text("id", p), m.text("honorific", p), m.requiredText("name", what, p),
					m.text("title", p), m.text("organisation", p), m.text("email", p), m.text("bio", p),
					m.text("notes", p));
		}

		@Override
		public Map<String, Object> write(Person o) {
			Map<String, Object> map = new LinkedHashMap<>();
			put(map, "id", o.id());
			put(map, "honorific", o.honorific());
			put(map, "name", o.name());
			put(map, "title", o.title());
			put(map, "organisation", o.organisationId());
			put(map, "email", o.email());
			put(map, "bio", o.bio());
			put(map, "notes", o.notes());
			return map;
		}

		@Override
		String idSource(Person o) {
			return o.name();
		}

		@Override
		Person withId(Person o, String id) {
			return o.withId(id);
		}

	};

	public static final FactFormat<PrioritySet> PRIORITY_SET = new FactFormat<>(FactKind.PRIORITY_SET,
			List.of("id", "title", "owners", "from", "until", "priorities", "source", "notes")) {

		@Override
		PrioritySet read(DataNode.Mapping m, Problems p) {
			String what = what(m, p);
			PartialDate from = m.date("from", p);
			if (from == null && !m.has("from")) {
				p.add(m.file(), m.lineOf("from"), what + " has no 'from' (the year or date it starts to hold)");
			}
			return new PrioritySet(m.text("id", p), m.requiredText("title", what, p), m.textList("owners", p), from,
					m.date("until", p), m.textList("priorities", p), m.text("source", p), m.text("notes", p));
		}

		@Override
		public Map<String, Object> write(PrioritySet o) {
			Map<String, Object> map = new LinkedHashMap<>();
			put(map, "id", o.id());
			put(map, "title", o.title());
			map.put("owners", o.ownerIds());
			put(map, "from", o.validFrom());
			put(map, "until", o.validUntil());
			map.put("priorities", o.priorities());
			put(map, "source", o.source());
			put(map, "notes", o.notes());
			return map;
		}

		@Override
		String idSource(PrioritySet o) {
			return o.title();
		}

		@Override
		PrioritySet withId(PrioritySet o, String id) {
			return o.withId(id);
		}

	};

	public static final FactFormat<Statistic> STATISTIC = new FactFormat<>(FactKind.STATISTIC, List.of("id",
			"statement", "qualifier", "value", "unit", "source", "publisher", "source-date", "url", "excerpt", "tags",
			"notes", "superseded-by")) {

		@Override
		Statistic read(DataNode.Mapping m, Problems p) {
			String what = what(m, p);
			PartialDate sourceDate = m.date("source-date", p);
			if (sourceDate == null && !m.has("source-date")) {
				p.add(m.file(), m.lineOf("source-date"),
						what + " has no 'source-date' (when its source was published: YYYY-MM-DD, YYYY-MM or YYYY)");
			}
			return new Statistic(m.text("id", p), m.requiredText("statement", what, p), m.text("qualifier", p),
					m.number("value", p), m.text("unit", p), m.text("source", p), m.text("publisher", p), sourceDate,
					m.text("url", p), m.text("excerpt", p), m.textList("tags", p), m.text("notes", p),
					m.text("superseded-by", p));
		}

		@Override
		public Map<String, Object> write(Statistic o) {
			Map<String, Object> map = new LinkedHashMap<>();
			put(map, "id", o.id());
			put(map, "statement", o.statement());
			put(map, "qualifier", o.qualifier());
			put(map, "value", o.value());
			put(map, "unit", o.unit());
			put(map, "source", o.source());
			put(map, "publisher", o.publisher());
			put(map, "source-date", o.sourceDate());
			put(map, "url", o.url());
			put(map, "excerpt", o.excerpt());
			map.put("tags", o.tags());
			put(map, "notes", o.notes());
			put(map, "superseded-by", o.supersededBy());
			return map;
		}

		@Override
		String idSource(Statistic o) {
			return o.statement();
		}

		@Override
		Statistic withId(Statistic o, String id) {
			return o.withId(id);
		}

	};

	public static final FactFormat<Quote> QUOTE = new FactFormat<>(FactKind.QUOTE,
			List.of("id", "person", "text", "date", "occasion", "event", "source", "publisher", "source-date", "url",
					"notes")) {

		@Override
		Quote read(DataNode.Mapping m, Problems p) {
			String what = what(m, p);
			PartialDate date = m.date("date", p);
			if (date == null && !m.has("date")) {
				p.add(m.file(), m.lineOf("date"), what + " has no 'date' (when it was said)");
			}
			return new Quote(m.text("id", p), m.requiredText("person", what, p), m.requiredText("text", what, p), date,
					m.text("occasion", p), m.text("event", p), m.text("source", p), m.text("publisher", p),
					m.date("source-date", p), m.text("url", p), m.text("notes", p));
		}

		@Override
		public Map<String, Object> write(Quote o) {
			Map<String, Object> map = new LinkedHashMap<>();
			put(map, "id", o.id());
			put(map, "person", o.personId());
			put(map, "text", o.text());
			put(map, "date", o.date());
			put(map, "occasion", o.occasion());
			put(map, "event", o.eventId());
			put(map, "source", o.source());
			put(map, "publisher", o.publisher());
			put(map, "source-date", o.sourceDate());
			put(map, "url", o.url());
			put(map, "notes", o.notes());
			return map;
		}

		@Override
		String idSource(Quote o) {
			return (o.personId() == null ? "quote" : o.personId()) + (o.date() == null ? "" : " " + o.date().year());
		}

		@Override
		Quote withId(Quote o, String id) {
			return o.withId(id);
		}

	};

	public static final FactFormat<Event> EVENT = new FactFormat<>(FactKind.EVENT,
			List.of("id", "title", "kind", "date", "time", "end-time", "time-zone", "venue", "city", "country",
					"chair", "moderator", "hosts", "co-chairs", "speakers", "on-the-margins-of", "series", "notes")) {

		@Override
		Event read(DataNode.Mapping m, Problems p) {
			String what = what(m, p);
			PartialDate date = m.date("date", p);
			if (date == null && !m.has("date")) {
				p.add(m.file(), m.lineOf("date"), what + " has no 'date' (YYYY-MM-DD, or YYYY-MM when the day is not known)");
			}
			return new Event(m.text("id", p), m.requiredText("title", what, p), m.text("kind", p), date,
					m.time("time", p), m.time("end-time", p), m.text("time-zone", p), m.text("venue", p),
					m.text("city", p), m.text("country", p), m.text("chair", p), m.text("moderator", p),
					m.textList("hosts", p), m.textList("co-chairs", p), m.textList("speakers", p),
					m.text("on-the-margins-of", p), m.text("series", p), m.text("notes", p));
		}

		@Override
		public Map<String, Object> write(Event o) {
			Map<String, Object> map = new LinkedHashMap<>();
			put(map, "id", o.id());
			put(map, "title", o.title());
			put(map, "kind", o.kind());
			put(map, "date", o.date());
			put(map, "time", o.startTime());
			put(map, "end-time", o.endTime());
			put(map, "time-zone", o.timeZone());
			put(map, "venue", o.venue());
			put(map, "city", o.city());
			put(map, "country", o.country());
			put(map, "chair", o.chairId());
			put(map, "moderator", o.moderatorId());
			map.put("hosts", o.hostIds());
			map.put("co-chairs", o.coChairIds());
			map.put("speakers", o.speakerIds());
			put(map, "on-the-margins-of", o.marginsOf());
			put(map, "series", o.series());
			put(map, "notes", o.notes());
			return map;
		}

		@Override
		String idSource(Event o) {
			return o.title();
		}

		@Override
		PartialDate idDate(Event o) {
			return o.date();
		}

		@Override
		Event withId(Event o, String id) {
			return o.withId(id);
		}

	};

	public static final FactFormat<Chairpersonship> CHAIRPERSONSHIP = new FactFormat<>(FactKind.CHAIRPERSONSHIP,
			List.of("id", "role", "organisations", "from", "until", "source", "notes")) {

		@Override
		Chairpersonship read(DataNode.Mapping m, Problems p) {
			String what = what(m, p);
			String roleText = m.requiredText("role", what, p);
			ChairRole role = null;
			if (roleText != null && !roleText.isBlank()) {
				role = ChairRole.parse(roleText).orElse(null);
				if (role == null) {
					p.add(m.file(), m.lineOf("role"),
							what + ": 'role' is '" + roleText.strip() + "'; write one of " + ChairRole.keys());
				}
			}
			PartialDate from = m.date("from", p);
			if (from == null && !m.has("from")) {
				p.add(m.file(), m.lineOf("from"), what + " has no 'from' (the year or date it starts to hold)");
			}
			return new Chairpersonship(m.text("id", p), role, m.textList("organisations", p), from, m.date("until", p),
					m.text("source", p), m.text("notes", p));
		}

		@Override
		public Map<String, Object> write(Chairpersonship o) {
			Map<String, Object> map = new LinkedHashMap<>();
			put(map, "id", o.id());
			put(map, "role", o.role() == null ? null : o.role().key());
			map.put("organisations", o.organisationIds());
			put(map, "from", o.validFrom());
			put(map, "until", o.validUntil());
			put(map, "source", o.source());
			put(map, "notes", o.notes());
			return map;
		}

		@Override
		String idSource(Chairpersonship o) {
			return String.join(" ", o.organisationIds());
		}

		@Override
		PartialDate idDate(Chairpersonship o) {
			return o.validFrom();
		}

		@Override
		Chairpersonship withId(Chairpersonship o, String id) {
			return o.withId(id);
		}

	};

	private final FactKind kind;

	private final List<String> keys;

	private FactFormat(FactKind kind, List<String> keys) {
		this.kind = kind;
		this.keys = keys;
	}

	public static FactFormat<?> of(FactKind kind) {
		return switch (kind) {
			case ORGANISATION -> ORGANISATION;
			case PERSON -> PERSON;
			case PRIORITY_SET -> PRIORITY_SET;
			case STATISTIC -> STATISTIC;
			case QUOTE -> QUOTE;
			case EVENT -> EVENT;
			case CHAIRPERSONSHIP -> CHAIRPERSONSHIP;
		};
	}

	public FactKind kind() {
		return this.kind;
	}

	/** The keys an entry may have, in the order they are written. */
	public List<String> keys() {
		return this.keys;
	}

	/** Reads an entry (its id may be missing: it is then derived); reports wrong types and missing fields. */
	abstract T read(DataNode.Mapping mapping, Problems problems);

	/** The fact as plain values (strings, numbers, booleans, lists), empty fields left out; lists always present. */
	public abstract Map<String, Object> write(T fact);

	/** Writes any fact of this format's kind. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> writeFact(Fact fact) {
		return write((T) fact);
	}

	/** The text an id is derived from when none is given. */
	abstract String idSource(T fact);

	/** The date a made id ends with (an event's), or null. */
	PartialDate idDate(T fact) {
		return null;
	}

	abstract T withId(T fact, String id);

	/** "person 'valiant-richey'" or "person 3 in the file": how messages name the entry. */
	String what(DataNode.Mapping mapping, Problems problems) {
		DataNode id = mapping.fields().get("id");
		if (id instanceof DataNode.Scalar scalar && !scalar.isNull()) {
			return this.kind.noun() + " '" + scalar.text().strip() + "'";
		}
		return "this " + this.kind.noun();
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value == null || value instanceof String text && text.isBlank()) {
			return;
		}
		if (value instanceof PartialDate || value instanceof java.time.LocalTime) {
			map.put(key, value.toString());
		}
		else if (value instanceof BigDecimal number) {
			BigDecimal plain = number.stripTrailingZeros();
			map.put(key, plain.scale() <= 0 ? (Object) plain.toBigInteger() : plain);
		}
		else {
			map.put(key, value);
		}
	}

}
