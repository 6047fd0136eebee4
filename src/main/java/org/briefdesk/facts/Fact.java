package org.briefdesk.facts;

/** What every fact has: its kind, the short id people type, and a one-line label for lists. */
public sealed interface Fact permits Organisation, Person, PrioritySet, Statistic, Quote, Event,
		Chairpersonship {

	String id();

	FactKind factKind();

	/** How the fact is named in a list or a message: a name, a title, a statement. */
	String label();

}
