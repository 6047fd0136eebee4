package org.briefdesk.facts;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;

/**
 * One kind of entry of the library's data files: a top-level key of an import file
 * ({@code people:}) with its list of entries, and the file {@code data/<key>.yaml} of the
 * sample library and of an export. The kinds of fact are such kinds; another feature
 * adds its own (the briefing feature: {@code briefings:}) by declaring a bean of this type,
 * and then takes part in import, export and the first-start sample load, checked before
 * anything is written and written in the same transaction. (Called "entries", not
 * "sections": a section is a part of a briefing.)
 * <p>
 * Kinds run in {@link #getOrder() order}: the facts use 100-600, so one whose entries
 * refer to facts orders itself after them (1000 and up) and can ask the
 * {@link ImportContext} whether a fact exists in the library or in the same import.
 */
public interface LibraryEntries extends Ordered {

	/** The top-level key in a file and the base name of its file ({@code briefings}). */
	String key();

	/**
	 * Reads and checks this key's entries from every file of one import (empty when no
	 * file has the key), reporting each problem to {@code context.problems()} with the
	 * entry's file and line. Nothing may be written here.
	 * @return what to write if the import goes ahead
	 */
	Prepared prepare(List<DataNode.Mapping> entries, ImportContext context);

	/** The entries as plain values (maps, lists, strings, numbers, booleans), for an export. */
	List<Map<String, Object>> export();

	/** What will be written once every kind of entry has been checked without a problem. */
	interface Prepared {

		/** How many entries will be written (for "imported 18 people"). */
		int count();

		/** Writes the entries; runs inside the import's transaction, after the kinds ordered before it were written. */
		void write();

	}

}
