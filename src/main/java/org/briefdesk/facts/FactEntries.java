package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
		if (kind == FactKind.ORGANISATION) {
			checkNoParentCycle(entries, problems);
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

	@SuppressWarnings("unchecked")
	private void checkNoParentCycle(List<Entry<T>> entries, Problems problems) {
		Map<String, String> parents = new HashMap<>();
		for (Fact stored : this.repository.findAll()) {
			Organisation organisation = (Organisation) stored;
			parents.put(organisation.id(), organisation.parentId());
		}
		for (Entry<T> entry : entries) {
			if (entry.fact() != null) {
				Organisation organisation = (Organisation) entry.fact();
				parents.put(organisation.id(), organisation.parentId());
			}
		}
		for (Entry<T> entry : entries) {
			if (entry.fact() == null) {
				continue;
			}
			Set<String> visited = new HashSet<>();
			String current = entry.fact().id();
			while (current != null && visited.add(current)) {
				current = parents.get(current);
			}
			if (current != null && current.equals(entry.fact().id())) {
				problems.add(entry.mapping().file(), entry.mapping().lineOf("parent"),
						entry.what() + ": its 'parent' leads back to itself (" + String.join(" → ", visited) + ")");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void writeAll(List<T> facts, Set<String> inLibrary) {
		if (this.format.kind() == FactKind.ORGANISATION) {
			// Parents may come later in the same import: store every organisation without its
			// parent first, then set the parents.
			for (T fact : facts) {
				Organisation organisation = (Organisation) fact;
				T withoutParent = (T) new Organisation(organisation.id(), organisation.acronym(), organisation.name(),
						organisation.kind(), null, organisation.member(), organisation.memberSince(),
						organisation.url(), organisation.notes());
				store(withoutParent, inLibrary);
			}
			for (T fact : facts) {
				if (((Organisation) fact).parentId() != null) {
					this.repository.update(fact);
				}
			}
			return;
		}
		for (T fact : facts) {
			store(fact, inLibrary);
		}
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
