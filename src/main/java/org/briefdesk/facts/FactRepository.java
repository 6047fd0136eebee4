package org.briefdesk.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores the facts of one kind. Writes keep the search index in step; they take part in the
 * caller's transaction. Reads return whole facts, ordered lists included.
 *
 * @param <T> the kind of fact
 */
public interface FactRepository<T extends Fact> {

	FactKind kind();

	Optional<T> findById(String id);

	/** Every fact of the kind, in the order a list shows them (by name, title or date). */
	List<T> findAll();

	boolean exists(String id);

	Set<String> ids();

	int count();

	/** Which version of the fact is stored, and who made it when; empty when there is none. */
	Optional<org.briefdesk.team.Revision> revision(String id);

	/** Stores a new fact at version 1. */
	void insert(T fact);

	/**
	 * Replaces the stored fact with the same id, whatever its version (an import with
	 * {@code --update}).
	 * @return false when the stored fact was equal already (nothing written, no new version)
	 */
	boolean update(T fact);

	/**
	 * Replaces the stored fact with the same id if it is still at {@code readVersion}, the
	 * version the change was made from.
	 * @return false when the stored fact was equal already (nothing written, no new version)
	 * @throws org.briefdesk.team.StaleEditException when someone changed it since, naming who and what
	 */
	boolean update(T fact, int readVersion);

	void delete(String id);

}
