package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactRules;

/**
 * The facts a briefing refers to, and the rule that each of them exists, in one place for
 * every way a briefing is stored: the commands check against the library, an import against
 * the library and the facts of the same import (as {@link FactRules} does for facts). The
 * caller says how a missing fact reads: a command as one line with the list to look in, an
 * import with the file and line of the key.
 */
public final class BriefingRules {

	/**
	 * One fact a briefing refers to.
	 *
	 * @param key the key of the data files that holds the id: {@code event}, {@code panelists},
	 * {@code programme}, {@code priorities}, {@code figures} or {@code quotes}
	 * @param position for {@code panelists} and {@code programme}, the entry (from 1) that holds
	 * it; 0 for the others
	 * @param kind what kind of fact it names
	 * @param id the id as the briefing holds it
	 */
	public record Reference(String key, int position, FactKind kind, String id) {
	}

	private BriefingRules() {
	}

	/**
	 * Every fact the briefing refers to, in the order they are checked and reported: the
	 * event, the panel, the programme's speakers, the priority set, the figures, the quotes.
	 * An id that is not given (null) is no reference.
	 */
	public static List<Reference> references(Briefing briefing) {
		List<Reference> references = new ArrayList<>();
		add(references, "event", 0, FactKind.EVENT, briefing.eventId());
		for (int i = 0; i < briefing.panelists().size(); i++) {
			add(references, "panelists", i + 1, FactKind.PERSON, briefing.panelists().get(i).personId());
		}
		for (int i = 0; i < briefing.programme().size(); i++) {
			for (String speaker : briefing.programme().get(i).speakerIds()) {
				add(references, "programme", i + 1, FactKind.PERSON, speaker);
			}
		}
		add(references, "priorities", 0, FactKind.PRIORITY_SET, briefing.prioritySetId());
		briefing.figureIds().forEach(id -> add(references, "figures", 0, FactKind.STATISTIC, id));
		briefing.quoteIds().forEach(id -> add(references, "quotes", 0, FactKind.QUOTE, id));
		return references;
	}

	/** The references whose fact does not exist, in the order of {@link #references(Briefing)}. */
	public static List<Reference> missing(Briefing briefing, FactRules.Lookup lookup) {
		return references(briefing).stream().filter(r -> !lookup.exists(r.kind(), r.id())).toList();
	}

	/** How a command says that a fact is not there: "no person 'x'; `person list` shows the ids". */
	public static String notInLibrary(FactKind kind, String id) {
		return "no " + kind.noun() + " '" + id + "'; `" + kind.command() + " list` shows the ids";
	}

	/** How a command says that an id was not given at all. */
	public static String notGiven(FactKind kind) {
		return "no " + kind.noun() + " given; `" + kind.command() + " list` shows the ids";
	}

	/** How an import says that a fact is not there, after "briefing 'x': ". */
	public static String notInImport(Reference reference) {
		return "no " + reference.kind().noun() + " '" + reference.id() + "' in the library or in this import";
	}

	private static void add(List<Reference> references, String key, int position, FactKind kind, String id) {
		if (id != null) {
			references.add(new Reference(key, position, kind, id));
		}
	}

}
