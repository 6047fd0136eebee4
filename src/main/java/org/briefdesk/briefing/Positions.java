package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.briefdesk.system.BriefdeskException;

/**
 * Insert, remove and move in the ordered lists of a briefing, with positions counted from 1
 * as users see them, and one clear line when a position is off the list.
 */
final class Positions {

	private Positions() {
	}

	/** Inserts at position {@code at} (1 = first); null or one past the end appends. */
	static <T> List<T> insert(List<T> list, T item, Integer at, String noun) {
		List<T> changed = new ArrayList<>(list);
		if (at == null) {
			changed.add(item);
			return changed;
		}
		if (at < 1 || at > list.size() + 1) {
			throw new BriefdeskException("position " + at + " is not in the list of " + plural(noun) + "; use 1 to "
					+ (list.size() + 1));
		}
		changed.add(at - 1, item);
		return changed;
	}

	static <T> List<T> remove(List<T> list, int position) {
		List<T> changed = new ArrayList<>(list);
		changed.remove(position - 1);
		return changed;
	}

	/** Moves the element at {@code from} so that it ends up at position {@code to}. */
	static <T> List<T> move(List<T> list, int from, int to, String noun) {
		if (to < 1 || to > list.size()) {
			throw new BriefdeskException("position " + to + " is not in the list of " + plural(noun) + "; use 1 to "
					+ list.size());
		}
		List<T> changed = new ArrayList<>(list);
		T item = changed.remove(from - 1);
		changed.add(to - 1, item);
		return changed;
	}

	/** Checks that {@code position} is in the list and returns it. */
	static int check(List<?> list, int position, String noun) {
		if (position < 1 || position > list.size()) {
			throw new BriefdeskException(list.isEmpty() ? "there are no " + plural(noun) + " yet"
					: "there is no " + noun + " " + position + "; use 1 to " + list.size());
		}
		return position;
	}

	/**
	 * The position of an element named by its position ("2") or its id ("mukundi-mutasa";
	 * the first when it is there twice).
	 */
	static <T> int find(List<T> list, String reference, Function<T, String> id, String noun, String notFound) {
		String wanted = reference == null ? "" : reference.strip();
		if (wanted.matches("\\d{1,4}")) {
			return check(list, Integer.parseInt(wanted), noun);
		}
		for (int i = 0; i < list.size(); i++) {
			if (id.apply(list.get(i)).equals(wanted)) {
				return i + 1;
			}
		}
		throw new BriefdeskException(notFound);
	}

	private static String plural(String noun) {
		return noun.endsWith("s") ? noun + "es" : noun + "s";
	}

}
