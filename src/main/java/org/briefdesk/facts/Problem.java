package org.briefdesk.facts;

/**
 * One thing wrong with data being imported, where it is: {@code people.yaml:14: ...}.
 *
 * @param file the file as the user named it
 * @param line the line, counted from 1 (0 when the problem is the file as a whole)
 * @param message what is wrong and, where it helps, what to write instead
 */
public record Problem(String file, int line, String message) {

	/**
	 * A message quotes the data it is about ("no person 'm.⏎x'"): a line break or another
	 * control character in a value is shown escaped, so that a problem stays one line.
	 */
	public Problem {
		message = org.briefdesk.system.VisibleText.of(message);
	}

	@Override
	public String toString() {
		return this.line > 0 ? this.file + ":" + this.line + ": " + this.message : this.file + ": " + this.message;
	}

}
