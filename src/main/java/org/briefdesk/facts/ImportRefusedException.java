package org.briefdesk.facts;

import java.util.List;
import java.util.stream.Collectors;

import org.briefdesk.system.BriefdeskException;

/**
 * An import was refused and changed nothing. The message names the problems, one a line
 * ({@code file:line: message}), after a first line that says so when there are several: the
 * first {@value #SHOWN} of them and how many more, so that a file of thousands of bad
 * records does not scroll its own first line off the screen. {@link #problems()} keeps them all.
 */
public class ImportRefusedException extends BriefdeskException {

	/** How many problems the message names. */
	static final int SHOWN = 20;

	private final List<Problem> problems;

	public ImportRefusedException(List<Problem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems) {
		if (problems.size() == 1) {
			return problems.get(0) + "; nothing was imported";
		}
		String shown = problems.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("\n"));
		int more = problems.size() - SHOWN;
		return "nothing was imported; " + problems.size() + " problems" + (more > 0 ? " (the first " + SHOWN + " below)" : "")
				+ ":\n" + shown + (more > 0 ? "\n… and " + more + " more; fix these and import again to see the rest" : "");
	}

}
