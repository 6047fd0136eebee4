package org.briefdesk.system;

import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * How deep the lists and mappings of a YAML file nest, followed while its events stream by:
 * a hostile file nested thousands deep is refused at the line where it passes the limit,
 * before anything is built from it (SnakeYAML's own limit applies only when a tree is built,
 * and says no line).
 */
public final class YamlNesting {

	/** Far more than any file Briefdesk reads needs. */
	public static final int MAX = 32;

	private int depth;

	/** Follows one event; true when it opens a list or mapping deeper than {@link #MAX}. */
	public boolean tooDeep(Event event) {
		if (event instanceof CollectionStartEvent) {
			return ++this.depth > MAX;
		}
		if (event instanceof CollectionEndEvent) {
			this.depth--;
		}
		return false;
	}

	/** The problem to report at the event's line. */
	public static String problem(String whatNests) {
		return "nested more than " + MAX + " levels deep here; " + whatNests;
	}

}
