package org.briefdesk.facts;

import org.briefdesk.team.Revision;

/**
 * A fact as it was read, with the version it was read at: what an edit hands back so that a
 * change made meanwhile by someone else is refused instead of overwritten.
 *
 * @param fact the fact
 * @param revision its version, and who made it when
 */
public record Versioned<T extends Fact>(T fact, Revision revision) {

	public int version() {
		return this.revision.version();
	}

}
