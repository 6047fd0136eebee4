package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.NotFoundException;
import org.briefdesk.team.Revision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds, changes and removes single facts, with the same rules as an import: an id derived
 * from the name when none is given, every field checked, references that must exist, and no
 * removal while anything (a fact, or another feature's data) uses the fact.
 */
@Service
public class FactLibrary {

	private final FactRepositories repositories;

	private final List<FactReferenceFinder> referenceFinders;

	private final TransactionTemplate transactions;

	public FactLibrary(FactRepositories repositories, List<FactReferenceFinder> referenceFinders,
			PlatformTransactionManager transactionManager) {
		this.repositories = repositories;
		this.referenceFinders = List.copyOf(referenceFinders);
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The fact, or a {@link NotFoundException} saying which list shows the ids. */
	public <T extends Fact> T get(FactKind kind, String id) {
		FactRepository<T> repository = this.repositories.of(kind);
		return repository.findById(id).orElseThrow(() -> notFound(kind, id));
	}

	/**
	 * The fact with the version it is at: the version first, so that a change made between
	 * the two reads makes the later edit stale (refused), never silently lost.
	 */
	public <T extends Fact> Versioned<T> read(FactKind kind, String id) {
		FactRepository<T> repository = this.repositories.of(kind);
		Revision revision = repository.revision(id).orElseThrow(() -> notFound(kind, id));
		T fact = repository.findById(id).orElseThrow(() -> notFound(kind, id));
		return new Versioned<>(fact, revision);
	}

	public List<? extends Fact> list(FactKind kind) {
		return this.repositories.of(kind).findAll();
	}

	/**
	 * Stores a new fact. A null id is derived from the fact's name; a given one must be free.
	 * @return the fact as stored (with its id)
	 */
	public <T extends Fact> T add(T fact) {
		return this.transactions.execute(status -> {
			FactKind kind = fact.factKind();
			FactRepository<T> repository = this.repositories.of(kind);
			@SuppressWarnings("unchecked")
			FactFormat<T> format = (FactFormat<T>) FactFormat.of(kind);
			T stored = fact;
			if (fact.id() == null || fact.id().isBlank()) {
				Set<String> taken = repository.ids();
				Map<String, String> acronyms = FactIds.acronymsByName(
						this.repositories.<Organisation>of(FactKind.ORGANISATION).findAll());
				stored = format.withId(fact, FactIds.derive(kind, format.idSource(fact), format.idDate(fact), acronyms,
						taken::contains));
			}
			else if (repository.exists(fact.id())) {
				throw new BriefdeskException("there is already a " + kind.noun() + " '" + fact.id() + "'; give another --id, or `"
						+ kind.command() + " edit " + fact.id() + "` to change it");
			}
			check(stored);
			repository.insert(stored);
			return stored;
		});
	}

	/** Replaces a stored fact with a changed one (same id), whatever version is stored. */
	public <T extends Fact> T update(T fact) {
		return write(fact, null);
	}

	/**
	 * Replaces a stored fact with a changed one made from version {@code readVersion}; refused
	 * (nothing written) when someone changed it since, with who and what.
	 */
	public <T extends Fact> T update(T fact, int readVersion) {
		return write(fact, readVersion);
	}

	private <T extends Fact> T write(T fact, Integer readVersion) {
		return this.transactions.execute(status -> {
			FactKind kind = fact.factKind();
			FactRepository<T> repository = this.repositories.of(kind);
			if (!repository.exists(fact.id())) {
				throw notFound(kind, fact.id());
			}
			check(fact);
			if (fact instanceof Organisation organisation) {
				checkNoParentCycle(organisation);
			}
			if (readVersion == null) {
				repository.update(fact);
			}
			else {
				repository.update(fact, readVersion);
			}
			return fact;
		});
	}

	/** Removes a fact that nothing uses; otherwise refuses, naming each use. */
	public void remove(FactKind kind, String id) {
		this.transactions.executeWithoutResult(status -> {
			FactRepository<?> repository = this.repositories.of(kind);
			if (!repository.exists(id)) {
				throw notFound(kind, id);
			}
			List<String> uses = referencesTo(kind, id);
			if (!uses.isEmpty()) {
				int shown = Math.min(uses.size(), 8);
				throw new BriefdeskException(kind.noun() + " '" + id + "' is used by " + String.join(", ", uses.subList(0, shown))
						+ (uses.size() > shown ? " and " + (uses.size() - shown) + " more" : "")
						+ "; change or remove those first");
			}
			repository.delete(id);
		});
	}

	/** Every use of a fact, by facts and by other features. */
	public List<String> referencesTo(FactKind kind, String id) {
		List<String> uses = new ArrayList<>();
		for (FactReferenceFinder finder : this.referenceFinders) {
			uses.addAll(finder.referencesTo(kind, id));
		}
		return uses;
	}

	private void check(Fact fact) {
		List<FactRules.Violation> violations = FactRules.check(fact,
				(kind, id) -> this.repositories.of(kind).exists(id));
		if (!violations.isEmpty()) {
			throw new BriefdeskException(fact.factKind().noun() + " '" + fact.id() + "': "
					+ violations.stream().map(FactRules.Violation::message).collect(Collectors.joining("; ")));
		}
	}

	private void checkNoParentCycle(Organisation organisation) {
		Set<String> visited = new HashSet<>();
		visited.add(organisation.id());
		String current = organisation.parentId();
		FactRepository<Organisation> organisations = this.repositories.of(FactKind.ORGANISATION);
		while (current != null) {
			if (!visited.add(current)) {
				throw new BriefdeskException("organisation '" + organisation.id() + "': parent '"
						+ organisation.parentId() + "' is part of it already; an organisation cannot be part of itself");
			}
			current = organisations.findById(current).map(Organisation::parentId).orElse(null);
		}
	}

	private static NotFoundException notFound(FactKind kind, String id) {
		return new NotFoundException("no " + kind.noun() + " '" + id + "'; `" + kind.command() + " list` shows the ids");
	}

}
