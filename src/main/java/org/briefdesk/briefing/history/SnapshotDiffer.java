package org.briefdesk.briefing.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.briefdesk.facts.FactFormat;

/**
 * Compares two snapshot documents ({@link FactSnapshot#document()}) and says what changed,
 * part by part: the briefing's own title, its sections, the event and the co-chairs the pack
 * names, the panel (who, in which role, in which order), the people and organisations it
 * names (every field: title, organisation, name...), the chair's priorities (the set chosen,
 * and each priority), the figures (which, and every field: value, unit, source, date; and a
 * newer edition, {@value #SUPERSEDED_BY}), the quotes, the programme and the free text. A pure
 * function of the two documents: nothing is read from the library.
 */
final class SnapshotDiffer {

	/**
	 * The key of a statistic that names its newer edition. Statistics gain it with
	 * {@code stat supersede}; once {@link FactFormat#STATISTIC} writes it, every snapshot holds
	 * it and a figure that gained one since the export is reported as superseded.
	 */
	static final String SUPERSEDED_BY = "superseded-by";

	private static final int SHOWN_TEXT = 60;

	private final Map<String, Object> before;

	private final Map<String, Object> after;

	private final List<Change> changes = new ArrayList<>();

	private SnapshotDiffer(Map<String, Object> before, Map<String, Object> after) {
		this.before = before;
		this.after = after;
	}

	/** What changed from {@code before} (a recorded snapshot) to {@code after} (the facts now), in reading order. */
	static List<Change> compare(Map<String, Object> before, Map<String, Object> after) {
		SnapshotDiffer differ = new SnapshotDiffer(before, after);
		differ.briefing();
		differ.sections();
		differ.event();
		differ.coChairs();
		differ.panel();
		differ.people();
		differ.organisations();
		differ.priorities();
		differ.figures();
		differ.quotes();
		differ.programme();
		for (String text : List.of("purpose", "talking-points", "logistics")) {
			differ.paragraphs(text);
		}
		return List.copyOf(differ.changes);
	}

	// ---- the parts

	/** The briefing's own title, subtitle and issuer; its other keys are parts of their own. */
	private void briefing() {
		List<String> own = List.of("title", "subtitle", "issued-by");
		fields("briefing", "", "briefing", only(map(this.before, "briefing"), own), only(map(this.after, "briefing"), own),
				own, Set.of(), Shower.PLAIN);
	}

	private void sections() {
		members("sections", list(map(this.before, "briefing"), "sections"), list(map(this.after, "briefing"), "sections"),
				(doc, id) -> id, "section");
	}

	private void event() {
		Map<String, Object> was = map(this.before, "event");
		Map<String, Object> now = map(this.after, "event");
		Object wasId = was.get("id");
		Object nowId = now.get("id");
		if (!Objects.equals(wasId, nowId)) {
			add("event", "changed", "", "id", wasId, nowId,
					"event: the briefing is now for event " + nowId + " (was " + wasId + ")");
		}
		Shower names = (doc, key, value) -> switch (key) {
			case "chair", "moderator", "speakers" -> names(value, id -> personName(doc, id));
			case "hosts" -> names(value, id -> organisationName(doc, id));
			default -> show(value);
		};
		fields("event", text(nowId), "event " + nowId, was, now, FactFormat.EVENT.keys(), Set.of("id", "co-chairs"),
				names);
	}

	private void coChairs() {
		List<Object> was = list(this.before, "co-chairs");
		List<Object> now = list(this.after, "co-chairs");
		if (!was.equals(now)) {
			add("co-chairs", "changed", "", "co-chairs", was, now,
					"co-chairs: " + names(was, id -> organisationName(this.before, id)) + " → "
							+ names(now, id -> organisationName(this.after, id)));
		}
	}

	private void panel() {
		Map<String, String> was = panel(this.before);
		Map<String, String> now = panel(this.after);
		now.forEach((person, role) -> {
			if (!was.containsKey(person)) {
				add("panel", "added", person, "", null, role,
						"panel: " + personName(this.after, person) + " added as " + role);
			}
		});
		was.forEach((person, role) -> {
			if (!now.containsKey(person)) {
				add("panel", "removed", person, "", role, null,
						"panel: " + personName(this.before, person) + " removed (was " + role + ")");
			}
			else if (!role.equals(now.get(person))) {
				add("panel", "changed", person, "role", role, now.get(person),
						"panel: " + personName(this.after, person) + " is now " + now.get(person) + " (was " + role + ")");
			}
		});
		order("panel", new ArrayList<>(was.keySet()), new ArrayList<>(now.keySet()), id -> personName(this.after, id));
	}

	private void people() {
		Map<String, Object> was = map(this.before, "people");
		Map<String, Object> now = map(this.after, "people");
		Shower organisations = (doc, key, value) -> key.equals("organisation")
				? names(value, id -> organisationName(doc, id)) : show(value);
		for (String id : common(was.keySet(), now.keySet())) {
			fields("people", id, "person " + personName(this.after, id) + " (" + id + ")", map(was, id), map(now, id),
					FactFormat.PERSON.keys(), Set.of("id"), organisations);
		}
	}

	private void organisations() {
		Map<String, Object> was = map(this.before, "organisations");
		Map<String, Object> now = map(this.after, "organisations");
		for (String id : common(was.keySet(), now.keySet())) {
			fields("organisations", id, "organisation " + id, map(was, id), map(now, id),
					FactFormat.ORGANISATION.keys(), Set.of("id"), Shower.PLAIN);
		}
	}

	private void priorities() {
		Object wasId = map(this.before, "briefing").get("priorities");
		Object nowId = map(this.after, "briefing").get("priorities");
		if (!Objects.equals(wasId, nowId)) {
			add("priorities", "changed", text(nowId), "priorities", wasId, nowId,
					"priorities: " + prioritySet(this.before) + " → " + prioritySet(this.after));
			return;
		}
		Map<String, Object> was = map(this.before, "priority-set");
		Map<String, Object> now = map(this.after, "priority-set");
		if (wasId == null || was.isEmpty() || now.isEmpty()) {
			return;
		}
		String label = "priorities " + wasId;
		fields("priorities", text(wasId), label, was, now, FactFormat.PRIORITY_SET.keys(), Set.of("id", "priorities"),
				(doc, key, value) -> key.equals("owners") ? names(value, id -> organisationName(doc, id)) : show(value));
		texts("priorities", label + ": priority", list(was, "priorities"), list(now, "priorities"));
	}

	private void figures() {
		members("figures", list(map(this.before, "briefing"), "figures"), list(map(this.after, "briefing"), "figures"),
				(doc, id) -> id + " (" + shortText(text(map(map(doc, "statistics"), id).get("statement"))) + ")", "figure");
		Map<String, Object> was = map(this.before, "statistics");
		Map<String, Object> now = map(this.after, "statistics");
		for (String id : common(was.keySet(), now.keySet())) {
			Object wasNewer = map(was, id).get(SUPERSEDED_BY);
			Object newer = map(now, id).get(SUPERSEDED_BY);
			if (newer != null && !newer.equals(wasNewer)) {
				add("figures", "superseded", id, SUPERSEDED_BY, wasNewer, newer, "figure " + id + " is superseded by "
						+ newer + "; `stat show " + newer + "` shows the newer figure");
			}
			Set<String> skip = newer != null ? Set.of("id", SUPERSEDED_BY) : Set.of("id");
			fields("figures", id, "figure " + id, map(was, id), map(now, id), FactFormat.STATISTIC.keys(), skip,
					Shower.PLAIN);
		}
	}

	private void quotes() {
		members("quotes", list(map(this.before, "briefing"), "quotes"), list(map(this.after, "briefing"), "quotes"),
				(doc, id) -> id + " (" + shortText(text(map(map(doc, "quotes"), id).get("text"))) + ")", "quote");
		Map<String, Object> was = map(this.before, "quotes");
		Map<String, Object> now = map(this.after, "quotes");
		for (String id : common(was.keySet(), now.keySet())) {
			fields("quotes", id, "quote " + id, map(was, id), map(now, id), FactFormat.QUOTE.keys(), Set.of("id"),
					(doc, key, value) -> key.equals("person") ? names(value, p -> personName(doc, p)) : show(value));
		}
	}

	private void programme() {
		List<Object> was = list(map(this.before, "briefing"), "programme");
		List<Object> now = list(map(this.after, "briefing"), "programme");
		Shower speakers = (doc, key, value) -> key.equals("speakers") ? names(value, id -> personName(doc, id))
				: show(value);
		for (Step step : Step.pair(was, now)) {
			switch (step.kind()) {
				case ADDED -> add("programme", "added", Integer.toString(step.after() + 1), "", null, now.get(step.after()),
						"programme: item " + (step.after() + 1) + " added: " + item(now.get(step.after())));
				case REMOVED -> add("programme", "removed", Integer.toString(step.before() + 1), "",
						was.get(step.before()), null,
						"programme: item " + (step.before() + 1) + " removed: " + item(was.get(step.before())));
				case EDITED -> {
					Map<String, Object> wasItem = asMap(was.get(step.before()));
					Map<String, Object> nowItem = asMap(now.get(step.after()));
					fields("programme", Integer.toString(step.after() + 1),
							"programme: item " + (step.after() + 1) + " " + item(nowItem), wasItem, nowItem,
							List.of("time", "item", "speakers", "note"), Set.of(), speakers);
				}
				default -> {
				}
			}
		}
	}

	private void paragraphs(String text) {
		texts(text, text + (text.equals("talking-points") ? ": point" : ": paragraph"), list(map(this.before, "briefing"), text),
				list(map(this.after, "briefing"), text));
	}

	// ---- the ways parts change

	/** Every key of two versions of one thing whose value differs, in the data files' order. */
	private void fields(String part, String id, String label, Map<String, Object> was, Map<String, Object> now,
			List<String> order, Set<String> skip, Shower shower) {
		Set<String> keys = new LinkedHashSet<>(order);
		keys.addAll(new TreeSet<>(was.keySet()));
		keys.addAll(new TreeSet<>(now.keySet()));
		for (String key : keys) {
			if (skip.contains(key)) {
				continue;
			}
			Object a = was.get(key);
			Object b = now.get(key);
			if (!Objects.equals(a, b)) {
				add(part, "changed", id, key, a, b, label + ": " + key + " " + shower.show(this.before, key, a) + " → "
						+ shower.show(this.after, key, b));
			}
		}
	}

	/** Which items of an id list (figures, quotes, sections) were added or removed, and whether the rest moved. */
	private void members(String part, List<Object> was, List<Object> now, Namer namer, String noun) {
		for (Object id : now) {
			if (!was.contains(id)) {
				add(part, "added", text(id), "", null, id, part + ": " + noun + " " + namer.name(this.after, text(id)) + " added");
			}
		}
		for (Object id : was) {
			if (!now.contains(id)) {
				add(part, "removed", text(id), "", id, null,
						part + ": " + noun + " " + namer.name(this.before, text(id)) + " removed");
			}
		}
		order(part, was.stream().map(SnapshotDiffer::text).toList(), now.stream().map(SnapshotDiffer::text).toList(),
				id -> id);
	}

	/** One "moved" change when the items both versions have come in another order. */
	private void order(String part, List<String> was, List<String> now, Function<String, String> name) {
		List<String> keptBefore = was.stream().filter(now::contains).distinct().toList();
		List<String> keptNow = now.stream().filter(was::contains).distinct().toList();
		if (!keptBefore.equals(keptNow)) {
			add(part, "moved", "", "", keptBefore, keptNow, part + ": order changed: "
					+ String.join(", ", keptBefore.stream().map(name).toList()) + " → "
					+ String.join(", ", keptNow.stream().map(name).toList()));
		}
	}

	/** Paragraphs or priorities added, removed or edited, numbered as they are now (removed ones as they were). */
	private void texts(String part, String label, List<Object> was, List<Object> now) {
		for (Step step : Step.pair(was, now)) {
			switch (step.kind()) {
				case ADDED -> add(part, "added", Integer.toString(step.after() + 1), "", null, now.get(step.after()),
						label + " " + (step.after() + 1) + " added: " + show(now.get(step.after())));
				case REMOVED -> add(part, "removed", Integer.toString(step.before() + 1), "", was.get(step.before()),
						null, label + " " + (step.before() + 1) + " removed: " + show(was.get(step.before())));
				case EDITED -> add(part, "changed", Integer.toString(step.after() + 1), "text", was.get(step.before()),
						now.get(step.after()), label + " " + (step.after() + 1) + " edited: " + show(was.get(step.before()))
								+ " → " + show(now.get(step.after())));
				default -> {
				}
			}
		}
	}

	private void add(String part, String change, String id, String field, Object was, Object now, String message) {
		this.changes.add(new Change(part, change, id, field, was, now, message));
	}

	// ---- reading the documents

	private static Map<String, String> panel(Map<String, Object> document) {
		Map<String, String> panel = new LinkedHashMap<>();
		for (Object entry : list(map(document, "briefing"), "panelists")) {
			Map<String, Object> panelist = asMap(entry);
			panel.putIfAbsent(text(panelist.get("person")), text(panelist.get("role")));
		}
		return panel;
	}

	private static String prioritySet(Map<String, Object> document) {
		Object id = map(document, "briefing").get("priorities");
		if (id == null) {
			return "none";
		}
		Object title = map(document, "priority-set").get("title");
		return title == null ? text(id) : id + " (" + shortText(text(title)) + ")";
	}

	/** "Ms. Hanna Antonova", as the document names the person; the id when it does not. */
	private static String personName(Map<String, Object> document, String id) {
		Map<String, Object> person = map(map(document, "people"), id);
		if (person.isEmpty()) {
			return id;
		}
		String honorific = text(person.get("honorific"));
		String name = text(person.get("name"));
		return honorific.isEmpty() ? name : honorific + " " + name;
	}

	/** "UNODC", as the document names the organisation; the id when it does not. */
	private static String organisationName(Map<String, Object> document, String id) {
		Map<String, Object> organisation = map(map(document, "organisations"), id);
		String acronym = text(organisation.get("acronym"));
		String name = text(organisation.get("name"));
		return !acronym.isEmpty() ? acronym : !name.isEmpty() ? name : id;
	}

	private static String item(Object item) {
		Map<String, Object> map = asMap(item);
		String time = text(map.get("time"));
		return (time.isEmpty() ? "" : time + " ") + show(map.get("item"));
	}

	private static Map<String, Object> only(Map<String, Object> map, List<String> keys) {
		Map<String, Object> kept = new LinkedHashMap<>();
		keys.stream().filter(map::containsKey).forEach(key -> kept.put(key, map.get(key)));
		return kept;
	}

	private static Set<String> common(Collection<String> a, Collection<String> b) {
		Set<String> common = new TreeSet<>(a);
		common.retainAll(b);
		return common;
	}

	static Map<String, Object> map(Map<String, Object> document, String key) {
		return asMap(document.get(key));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> map, String key) {
		return map.get(key) instanceof List<?> list ? (List<Object>) list : List.of();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	// ---- showing values

	/** A value as a message shows it: texts quoted and cut to one short line, lists joined, none as "none". */
	static String show(Object value) {
		if (value == null) {
			return "none";
		}
		if (value instanceof String text) {
			return "\"" + shortText(text) + "\"";
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "none" : String.join(", ", list.stream().map(SnapshotDiffer::plain).toList());
		}
		return value.toString();
	}

	private static String plain(Object value) {
		return value instanceof String text ? shortText(text) : show(value);
	}

	/** Ids shown by name: one, or a list joined with commas; none as "none". */
	private static String names(Object value, Function<String, String> name) {
		if (value == null) {
			return "none";
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "none" : String.join(", ", list.stream().map(id -> name.apply(text(id))).toList());
		}
		return name.apply(text(value));
	}

	private static String shortText(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.codePointCount(0, line.length()) <= SHOWN_TEXT ? line
				: line.substring(0, line.offsetByCodePoints(0, SHOWN_TEXT - 1)).stripTrailing() + "…";
	}

	/** How a field's value is shown; {@code document} is the version it comes from (for names). */
	@FunctionalInterface
	private interface Shower {

		Shower PLAIN = (document, key, value) -> SnapshotDiffer.show(value);

		String show(Map<String, Object> document, String key, Object value);

	}

	@FunctionalInterface
	private interface Namer {

		String name(Map<String, Object> document, String id);

	}

	/**
	 * One step from a list as it was to the list now: an item kept, added, removed, or edited
	 * (removed and added at the same place). Items kept are found as the longest common
	 * subsequence; between two kept items, the removed and added ones are paired in order as
	 * edits and the rest are removals or additions.
	 *
	 * @param before the index in the old list, or -1
	 * @param after the index in the new list, or -1
	 */
	private record Step(Kind kind, int before, int after) {

		enum Kind {
			KEPT, ADDED, REMOVED, EDITED
		}

		static List<Step> pair(List<Object> was, List<Object> now) {
			int n = was.size();
			int m = now.size();
			int[][] common = new int[n + 1][m + 1];
			for (int i = n - 1; i >= 0; i--) {
				for (int j = m - 1; j >= 0; j--) {
					common[i][j] = Objects.equals(was.get(i), now.get(j)) ? common[i + 1][j + 1] + 1
							: Math.max(common[i + 1][j], common[i][j + 1]);
				}
			}
			List<Step> steps = new ArrayList<>();
			List<Integer> removed = new ArrayList<>();
			List<Integer> added = new ArrayList<>();
			int i = 0;
			int j = 0;
			while (i < n || j < m) {
				if (i < n && j < m && Objects.equals(was.get(i), now.get(j))) {
					flush(steps, removed, added);
					steps.add(new Step(Kind.KEPT, i++, j++));
				}
				else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
					added.add(j++);
				}
				else {
					removed.add(i++);
				}
			}
			flush(steps, removed, added);
			return steps;
		}

		private static void flush(List<Step> steps, List<Integer> removed, List<Integer> added) {
			int edited = Math.min(removed.size(), added.size());
			for (int k = 0; k < edited; k++) {
				steps.add(new Step(Kind.EDITED, removed.get(k), added.get(k)));
			}
			for (int k = edited; k < removed.size(); k++) {
				steps.add(new Step(Kind.REMOVED, removed.get(k), -1));
			}
			for (int k = edited; k < added.size(); k++) {
				steps.add(new Step(Kind.ADDED, -1, added.get(k)));
			}
			removed.clear();
			added.clear();
		}

	}

}
