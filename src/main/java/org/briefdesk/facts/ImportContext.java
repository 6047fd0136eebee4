package org.briefdesk.facts;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the kinds of entry of one import share while they are checked: the problems found so far,
 * whether existing entries may be replaced, and which ids exist, in the library or among the
 * entries checked earlier in the same import.
 */
public final class ImportContext {

	private final Problems problems;

	private final boolean updating;

	private final Function<FactKind, Set<String>> libraryIds;

	private final Map<FactKind, Set<String>> cachedLibraryIds = new EnumMap<>(FactKind.class);

	private final Map<String, Set<String>> declared = new HashMap<>();

	ImportContext(Problems problems, boolean updating, Function<FactKind, Set<String>> libraryIds) {
		this.problems = problems;
		this.updating = updating;
		this.libraryIds = libraryIds;
	}

	public Problems problems() {
		return this.problems;
	}

	/** Whether an entry whose id is already in the library replaces it ({@code data import --update}). */
	public boolean updating() {
		return this.updating;
	}

	/** Whether a fact exists in the library or is declared by this import. */
	public boolean factExists(FactKind kind, String id) {
		return isDeclared(kind.plural(), id) || libraryIds(kind).contains(id);
	}

	/** The ids of one kind stored in the library before this import. */
	public Set<String> libraryIds(FactKind kind) {
		return this.cachedLibraryIds.computeIfAbsent(kind, this.libraryIds);
	}

	/** Records that this import brings an entry with this id under a top-level key ({@code people}). */
	public void declare(String entryKey, String id) {
		this.declared.computeIfAbsent(entryKey, key -> new HashSet<>()).add(id);
	}

	public boolean isDeclared(String entryKey, String id) {
		return this.declared.getOrDefault(entryKey, Set.of()).contains(id);
	}

	/** The lookup the fact rules use during this import. */
	FactRules.Lookup lookup() {
		return this::factExists;
	}

}
