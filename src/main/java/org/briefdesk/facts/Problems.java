package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while checking an import, so that all of them are reported at once. */
public final class Problems {

	private final List<Problem> found = new ArrayList<>();

	public void add(String file, int line, String message) {
		this.found.add(new Problem(file, line, message));
	}

	/** A problem at a node: the node's file and line. */
	public void add(DataNode node, String message) {
		add(node.file(), node.line(), message);
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	public int size() {
		return this.found.size();
	}

	/** The problems by file and line. */
	public List<Problem> list() {
		return this.found.stream()
			.sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
			.distinct()
			.toList();
	}

}
