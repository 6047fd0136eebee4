package org.briefdesk.shell;

/**
 * Where a command's standard output goes, as {@link OutputPolicy} found it: a terminal of
 * some width, with colour or without, or a pipe or a file (no width: nothing is wrapped).
 *
 * @param terminal whether a person reads it on a terminal
 * @param width the terminal's columns (0 when not a terminal)
 * @param colour whether colour may be used (a terminal, and {@code NO_COLOR} not set)
 */
public record Screen(boolean terminal, int width, boolean colour) {

	/** A pipe or a file: tab-separated rows, no colour. */
	public static final Screen PIPE = new Screen(false, 0, false);

	/** A terminal's width when it does not say (a dumb terminal, an unset {@code COLUMNS}). */
	public static final int DEFAULT_WIDTH = 80;

	public Screen {
		width = terminal ? (width > 0 ? width : DEFAULT_WIDTH) : 0;
		colour = terminal && colour;
	}

}
