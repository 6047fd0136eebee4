package org.briefdesk.briefing;

/**
 * One thing {@code briefing check} found.
 *
 * @param severity error or warning
 * @param where the part of the briefing, as a user finds it: "key figures #2 (one-in-three)", "event"
 * @param message what is wrong and, where it helps, what to type to fix it
 * @param rule the id of the rule that found it ({@code unsourced-figure}), for scripts
 */
public record Finding(Severity severity, String where, String message, String rule) {

	public static Finding error(String rule, String where, String message) {
		return new Finding(Severity.ERROR, where, message, rule);
	}

	public static Finding warning(String rule, String where, String message) {
		return new Finding(Severity.WARNING, where, message, rule);
	}

}
