package org.briefdesk.team;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of one thing, each given as the plain values of its data
 * file (field name to text, number, list or map): "value 27 → 31; source-date 2022 → 2024;
 * notes". Short values are shown on both sides, long ones (a biography, a list) by their
 * field's name only, so that a log line stays a line.
 */
public final class Differences {

	/** Values longer than this are named, not shown. */
	static final int SHOWN_LENGTH = 40;

	private Differences() {
	}

	/** The fields that differ, in the order of {@code after} (then those only {@code before} has); empty when none. */
	public static List<String> between(Map<String, ?> before, Map<String, ?> after) {
		Set<String> keys = new LinkedHashSet<>(after.keySet());
		keys.addAll(before.keySet());
		List<String> changed = new ArrayList<>();
		for (String key : keys) {
			String was = text(before.get(key));
			String now = text(after.get(key));
			if (Objects.equals(was, now)) {
				continue;
			}
			boolean shown = (was == null || was.length() <= SHOWN_LENGTH) && (now == null || now.length() <= SHOWN_LENGTH)
					&& !(before.get(key) instanceof Iterable<?>) && !(after.get(key) instanceof Iterable<?>);
			changed.add(shown ? key + " " + (was == null ? "(none)" : was) + " → " + (now == null ? "(none)" : now) : key);
		}
		return changed;
	}

	/** A value as compared: numbers without trailing zeros (31.0 is 31), empty text and empty lists as absent. */
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal number) {
			return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Iterable<?> list && !list.iterator().hasNext()) {
			return null;
		}
		if (value instanceof Map<?, ?> map && map.isEmpty()) {
			return null;
		}
		String text = value.toString();
		return text.isEmpty() ? null : text;
	}

}
