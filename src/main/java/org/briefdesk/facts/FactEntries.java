package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The import and export of one kind of fact: reads the entries with its {@link FactFormat},
 * derives missing ids, refuses duplicate ids, checks the {@link FactRules} against the
 * library and the rest of the import, and writes inserts and updates through the
 * repository.
 */
class FactEntries<T extends Fact> implements LibraryEntries {

	private final FactFormat<T> format;

	private final FactRepository<T> repository;

	private final int order;

	FactEntries(FactFormat<T> format, FactRepository<T> repository, int order) {
		this.format = format;
		this.repository = repository;
		this.order = order;
	}

	@Override
	public String key() {
		return this.format.kind().plural();
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	private record Entry<T>(DataNode.Mapping mapping, T fact, String what) {
	}

	@Override
	public Prepared prepare(List<DataNode.Mapping> mappings, ImportContext context) {
		FactKind kind = this.format.kind();
		Problems problems = context.problems();
		Set<String> inLibrary = context.libraryIds(kind);
		Map<String, DataNode.Mapping> seen = new HashMap<>();
		List<Entry<T>> entries = new ArrayList<>();
		List<DataNode.Mapping> withoutId = new ArrayList<>();
		List<T> withoutIdFacts = new ArrayList<>();
		for (DataNode.Mapping mapping : mappings) {
			int before = problems.size();
			mapping.allowOnly(this.format.keys(), kind.noun(), problems);
			T fact = this.format.read(mapping, problems);
			boolean readCleanly = problems.size() == before;
			if (fact.id() == null) {
				withoutId.add(mapping);
				withoutIdFacts.add(readCleanly ? fact : null);
				continue;
			}
			String what = kind.noun() + " '" + fact.id() + "'";
			String idProblem = FactRules.checkId(fact.id());
			if (idProblem != null) {
				problems.add(mapping.file(), mapping.lineOf("id"), idProblem);
				continue;
			}
			DataNode.Mapping earlier = seen.putIfAbsent(fact.id(), mapping);
			if (earlier != null) {
				problems.add(mapping.file(), mapping.lineOf("id"), "duplicate id: " + what + " is also at "
						+ earlier.file() + ":" + earlier.lineOf("id"));
				continue;
			}
			if (inLibrary.contains(fact.id()) && !context.updating()) {
				problems.add(mapping.file(), mapping.lineOf("id"), what
						+ " is already in the library; give another id, or import with --update to replace it");
			}
			context.declare(key(), fact.id());
			entries.add(new Entry<>(mapping, readCleanly ? fact : null, what));
		}
		// Ids are derived after the given ones are known, so that a derived id never takes a given one.
		for (int i = 0; i < withoutId.size(); i++) {
			T fact = withoutIdFacts.get(i);
			if (fact == null) {
				continue;
			}
			String id = FactIds.derive(kind, this.format.idSource(fact), this.format.idDate(fact), Map.of(),
					candidate -> inLibrary.contains(candidate) || context.isDeclared(key(), candidate));
			context.declare(key(), id);
			entries.add(new Entry<>(withoutId.get(i), this.format.withId(fact, id), kind.noun() + " '" + id + "'"));
		}
		List<T> facts = new ArrayList<>();
		for (Entry<T> entry : entries) {
			if (entry.fact() == null) {
				continue;
			}
			for (FactRules.Violation violation : FactRules.check(entry.fact(), context.lookup())) {
				problems.add(entry.mapping().file(), entry.mapping().lineOf(violation.field()),
						entry.what() + ": " + violation.message());
			}
			facts.add(entry.fact());
		}
		SelfReference<T> link = selfReference(kind);
		if (link != null) {
			checkNoCycle(entries, problems, link);
		}
		return new Prepared() {

			@Override
			public int count() {
				return facts.size();
			}

			@Override
			public void write() {
				writeAll(facts, inLibrary);
			}

		};
	}

	/**
	 * A reference from a fact to another of its own kind (an organisation's parent, a
	 * statistic's newer edition): it may name a fact that comes later in the same import, so
	 * such facts are stored without it first and given it after; and it must not lead back
	 * to the fact.
	 *
	 * @param key the key of the reference, for messages
	 * @param target the id it names, or null
	 * @param without the fact without it
	 * @param loop how a loop is reported, after "its 'key' "
	 */
	private record SelfReference<T>(String key, Function<T, String> target, String loop) {
	}

	@SuppressWarnings("unchecked")
	private static <T extends Fact> SelfReference<T> selfReference(FactKind kind) {
		return switch (kind) {
			case ORGANISATION -> (SelfReference<T>) new SelfReference<Organisation>("parent", Organisation::parentId,
					"leads back to itself");
			case STATISTIC -> (SelfReference<T>) new SelfReference<Statistic>("superseded-by", Statistic::supersededBy,
					"leads back to itself: an edition cannot be newer than itself");
			default -> null;
		};
	}

	private void checkNoCycle(List<Entry<T>> entries, Problems problems, SelfReference<T> link) {
		Map<String, String> targets = new HashMap<>();
		for (T stored : this.repository.findAll()) {
			targets.put(stored.id(), link.target().apply(stored));
		}
		for (Entry<T> entry : entries) {
			if (entry.fact() != null) {
				targets.put(entry.fact().id(), link.target().apply(entry.fact()));
			}
		}
		for (Entry<T> entry : entries) {
			if (entry.fact() == null) {
				continue;
			}
			Set<String> visited = new LinkedHashSet<>();
			String current = entry.fact().id();
			while (current != null && visited.add(current)) {
				current = targets.get(current);
			}
			if (current != null && current.equals(entry.fact().id())) {
				problems.add(entry.mapping().file(), entry.mapping().lineOf(link.key()), entry.what() + ": its '"
						+ link.key() + "' " + link.loop() + " (" + String.join(" → ", visited) + ")");
			}
		}
	}

	private void writeAll(List<T> facts, Set<String> inLibrary) {
		SelfReference<T> link = selfReference(this.format.kind());
		List<T> ordered = link == null ? facts : targetsFirst(facts, link);
		for (T fact : ordered) {
			store(fact, inLibrary);
		}
	}

	/**
	 * The facts in an order where the fact a reference names (an organisation's parent, the
	 * newer edition of a statistic), when it comes in the same import, is written before the
	 * fact that names it; so each fact is written once, whole, and makes one version and one
	 * line of the change log (the checks refused circles already).
	 */
	private List<T> targetsFirst(List<T> facts, SelfReference<T> link) {
		Map<String, T> waiting = new java.util.LinkedHashMap<>();
		facts.forEach(fact -> waiting.put(fact.id(), fact));
		List<T> ordered = new ArrayList<>();
		while (!waiting.isEmpty()) {
			int before = waiting.size();
			for (java.util.Iterator<T> it = waiting.values().iterator(); it.hasNext();) {
				T fact = it.next();
				String target = link.target().apply(fact);
				if (target == null || target.equals(fact.id()) || !waiting.containsKey(target)) {
					ordered.add(fact);
					it.remove();
				}
			}
			if (waiting.size() == before) {
				throw new IllegalStateException(this.format.kind().plural() + " whose '" + link.key()
						+ "' leads back to them: " + waiting.keySet());
			}
		}
		return ordered;
	}

	private void store(T fact, Set<String> inLibrary) {
		if (inLibrary.contains(fact.id())) {
			this.repository.update(fact);
		}
		else {
			this.repository.insert(fact);
		}
	}

	@Override
	public List<Map<String, Object>> export() {
		return this.repository.findAll().stream().map(this.format::write).toList();
	}

}
