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

	void insert(T fact);

	/** Replaces the stored fact with the same id. */
	void update(T fact);

	void delete(String id);

}
