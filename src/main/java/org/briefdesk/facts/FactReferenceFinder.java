package org.briefdesk.facts;

import java.util.List;

/**
 * Tells where a fact is used, so that {@code remove} can refuse while it is. The library
 * answers for references between facts; another feature declares a bean of this type to
 * answer for its own (the briefing feature: "briefing 'x' (panelist)").
 */
@FunctionalInterface
public interface FactReferenceFinder {

	/**
	 * Every use of the fact, each as a short phrase naming the user and the role
	 * ({@code quote 'valiant-richey-2019' (speaker)}); empty when it is not used.
	 */
	List<String> referencesTo(FactKind kind, String id);

}
