package org.briefdesk.facts;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;

/**
 * One section of the library's data files: a top-level key of an import file
 * ({@code people:}), the file {@code data/<key>.yaml} of the sample library and of an export.
 * The six kinds of fact are sections; another feature adds its own (the briefing feature:
 * {@code briefings:}) by declaring a bean of this type, and then takes part in import,
 * export and the first-start sample load, checked before anything is written and written
 * in the same transaction.
 * <p>
 * Sections run in {@link #getOrder() order}: the facts use 100-600, so a section that
 * refers to facts orders itself after them (1000 and up) and can ask the
 * {@link ImportContext} whether a fact exists in the library or in the same import.
 */
public interface LibraryEntries extends Ordered {

	/** The key of the section in a file and the base name of its file ({@code briefings}). */
	String key();

	/**
	 * Reads and checks the section's entries from every file of one import (empty when no
	 * file has the section), reporting each problem to {@code context.problems()} with the
	 * entry's file and line. Nothing may be written here.
	 * @return what to write if the import goes ahead
	 */
	Prepared prepare(List<DataNode.Mapping> entries, ImportContext context);

	/** The section's entries as plain values (maps, lists, strings, numbers, booleans), for an export. */
	List<Map<String, Object>> export();

	/** What a section will write once every section has been checked without a problem. */
	interface Prepared {

		/** How many entries will be written (for "imported 18 people"). */
		int count();

		/** Writes the entries; runs inside the import's transaction, after earlier sections were written. */
		void write();

	}

}
